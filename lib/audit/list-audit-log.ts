/**
 * The conference's audit log for anyone with a role on it: newest first, a page of 50 at a time,
 * optionally one entity type, in the reader's language (lib/audit/format.ts): field labels,
 * translated values, times in the conference's zone, ids as names. Actors are shown by email; rows
 * without a user were written on an attendee's behalf or by the system.
 */
import "server-only";
import { API_TOKEN_LABEL_PREFIX } from "../audit";
import { db, type Prisma } from "../db";
import { requireConferenceAccess } from "../hosts/permissions";
import { getNamespaceTranslator, toLocale } from "../i18n-server";
import { auditStrings } from "./diff";
import { actionLabel, entityTypeLabel, readableChanges, recordedName, type AuditFormatContext, type ReadableChange } from "./format";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntry = {
  id: string;
  at: Date;
  actor: { kind: "user"; email: string } | { kind: "apiToken"; name: string } | { kind: "attendee" } | { kind: "system" };
  action: string;
  actionLabel: string;
  entityType: string;
  entityTypeLabel: string;
  entityId: string;
  entityName: string | null;
  changes: ReadableChange[];
};

type AuditRow = Prisma.AuditLogGetPayload<{ include: { actor: { select: { email: true } } } }>;

export async function listAuditLog(options: { conferenceId: string; actor: { userId: string }; page?: number; entityType?: string; locale?: string }) {
  const access = await requireConferenceAccess(db, options.actor.userId, options.conferenceId, "read");
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const where: Prisma.AuditLogWhereInput = { conferenceId: options.conferenceId, ...(options.entityType ? { entityType: options.entityType } : {}) };
  const [conference, total, rows, types] = await Promise.all([
    db.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, select: { id: true, title: true, titleEn: true, timeZone: true } }),
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { email: true } } },
    }),
    db.auditLog.groupBy({ by: ["entityType"], where: { conferenceId: options.conferenceId }, orderBy: { entityType: "asc" } }),
  ]);
  const locale = toLocale(options.locale);
  const [format, tokenNames] = await Promise.all([auditFormatContext(options.conferenceId, conference.timeZone, locale, rows), apiTokenNames(rows, options.conferenceId)]);
  const entries = rows.map((r) => toEntry(r, format, conference, tokenNames));
  return {
    access,
    conference,
    entries,
    entityTypes: types.map((t) => ({ value: t.entityType, label: entityTypeLabel(t.entityType, format.t) })),
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    total,
  };
}

/** One row in human terms (also used by the attendee detail view for a registration's history). */
export function toEntry(r: AuditRow, format: AuditFormatContext, conference: { id: string; title: string }, tokenNames: Map<string, string> = new Map()): AuditEntry {
  const hostOfLink = r.entityType === "ConferenceHost" ? format.nameOf?.(r.entityId.split(":")[1] ?? "") : undefined;
  return {
    id: r.id,
    at: r.at,
    actor: r.actor
      ? { kind: "user", email: r.actor.email }
      : tokenNames.has(r.actorLabel ?? "")
        ? { kind: "apiToken", name: tokenNames.get(r.actorLabel ?? "")! }
        : r.actorLabel === "attendee"
          ? { kind: "attendee" }
          : { kind: "system" },
    action: r.action,
    actionLabel: actionLabel(r.action, format.t),
    entityType: r.entityType,
    entityTypeLabel: entityTypeLabel(r.entityType, format.t),
    entityId: r.entityId,
    entityName: format.nameOf?.(r.entityId) ?? hostOfLink ?? (r.entityType === "Conference" && r.entityId === conference.id ? conference.title : null) ?? recordedName(r.before, r.after),
    changes: readableChanges(r, format),
  };
}

/** The translator, names and questions the formatter needs for these rows. */
export async function auditFormatContext(conferenceId: string, timeZone: string, locale: "de" | "en", rows: { entityId: string; before: unknown; after: unknown }[]): Promise<AuditFormatContext> {
  const [t, names, questions] = await Promise.all([
    getNamespaceTranslator(locale, "organiser.audit"),
    entityNames(rows, conferenceId),
    db.registrationQuestion.findMany({ where: { conferenceId }, select: { key: true, label: true, labelEn: true, options: true } }),
  ]);
  return { locale, timeZone, t, nameOf: (id) => names.get(id), questions };
}

/**
 * Names of the registrations, sessions, rooms, tracks, speakers and hosts on this page — the rows'
 * entities and any ids inside their before/after values (a promoted session, a new room) — only
 * within this conference: an id planted in a value must not reveal another conference's names.
 */
async function entityNames(rows: { entityId: string; before: unknown; after: unknown }[], conferenceId: string): Promise<Map<string, string>> {
  const strings = new Set<string>();
  for (const r of rows) {
    strings.add(r.entityId);
    for (const part of r.entityId.split(":")) strings.add(part);
    auditStrings(r.before, strings);
    auditStrings(r.after, strings);
  }
  // Ids are short tokens; skip subjects, bodies and other free text.
  const ids = [...strings].filter((s) => /^[A-Za-z0-9_-]{8,64}$/.test(s)).slice(0, 1000);
  if (!ids.length) return new Map();
  const inConference = { id: { in: ids }, conferenceId };
  const [registrations, sessions, rooms, tracks, speakers, hosts, questions] = await Promise.all([
    db.registration.findMany({ where: inConference, select: { id: true, name: true } }),
    db.session.findMany({ where: inConference, select: { id: true, title: true } }),
    db.room.findMany({ where: inConference, select: { id: true, name: true } }),
    db.track.findMany({ where: inConference, select: { id: true, name: true } }),
    db.speaker.findMany({ where: inConference, select: { id: true, name: true } }),
    db.conferenceHost.findMany({ where: { conferenceId, hostId: { in: ids } }, select: { host: { select: { id: true, shortName: true } } } }),
    db.registrationQuestion.findMany({ where: inConference, select: { id: true, label: true } }),
  ]);
  return new Map<string, string>([
    ...registrations.map((r) => [r.id, r.name] as const),
    ...sessions.map((s) => [s.id, s.title] as const),
    ...rooms.map((r) => [r.id, r.name] as const),
    ...tracks.map((t) => [t.id, t.name] as const),
    ...speakers.map((s) => [s.id, s.name] as const),
    ...hosts.map((h) => [h.host.id, h.host.shortName] as const),
    ...questions.map((q) => [q.id, q.label] as const),
  ]);
}

/** Names of the API tokens that acted on this page (rows labelled "api-token:<id>"), by label; only tokens scoped to this conference. */
async function apiTokenNames(rows: { actorLabel: string | null }[], conferenceId: string): Promise<Map<string, string>> {
  const ids = rows.flatMap((r) => (r.actorLabel?.startsWith(API_TOKEN_LABEL_PREFIX) ? [r.actorLabel.slice(API_TOKEN_LABEL_PREFIX.length)] : []));
  if (!ids.length) return new Map();
  const tokens = await db.apiToken.findMany({ where: { id: { in: [...new Set(ids)] }, conferences: { some: { conferenceId } } }, select: { id: true, name: true } });
  return new Map(tokens.map((t) => [`${API_TOKEN_LABEL_PREFIX}${t.id}`, t.name]));
}
