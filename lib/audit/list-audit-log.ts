/**
 * The conference's audit log for anyone with a role on it: newest first, a page of 50 at a time,
 * optionally one entity type. Actors are shown by email; rows without a user were written on an
 * attendee's behalf or by the system. Entities are named where a name is cheap to look up.
 */
import { API_TOKEN_LABEL_PREFIX } from "../audit";
import { db, type Prisma } from "../db";
import { requireConferenceAccess } from "../hosts/permissions";
import { auditDiff, auditStrings, type FieldChange } from "./diff";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntry = {
  id: string;
  at: Date;
  actor: { kind: "user"; email: string } | { kind: "apiToken"; name: string } | { kind: "attendee" } | { kind: "system" };
  action: string;
  entityType: string;
  entityId: string;
  entityName: string | null;
  changes: FieldChange[];
};

export async function listAuditLog(options: { conferenceId: string; actor: { userId: string }; page?: number; entityType?: string }) {
  const access = await requireConferenceAccess(db, options.actor.userId, options.conferenceId, "read");
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const where: Prisma.AuditLogWhereInput = { conferenceId: options.conferenceId, ...(options.entityType ? { entityType: options.entityType } : {}) };
  const [conference, total, rows, types] = await Promise.all([
    db.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, select: { id: true, title: true, timeZone: true } }),
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
  const [names, tokenNames] = await Promise.all([entityNames(rows, options.conferenceId), apiTokenNames(rows, options.conferenceId)]);
  const nameOf = (id: string) => names.get(id);
  const entries: AuditEntry[] = rows.map((r) => ({
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
    entityType: r.entityType,
    entityId: r.entityId,
    entityName: names.get(r.entityId) ?? (r.entityType === "Conference" && r.entityId === conference.id ? conference.title : null),
    changes: auditDiff(r.before, r.after, nameOf),
  }));
  return {
    access,
    conference,
    entries,
    entityTypes: types.map((t) => t.entityType),
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    total,
  };
}

/** Names of the API tokens that acted on this page (rows labelled "api-token:<id>"), by label; only tokens scoped to this conference. */
async function apiTokenNames(rows: { actorLabel: string | null }[], conferenceId: string): Promise<Map<string, string>> {
  const ids = rows.flatMap((r) => (r.actorLabel?.startsWith(API_TOKEN_LABEL_PREFIX) ? [r.actorLabel.slice(API_TOKEN_LABEL_PREFIX.length)] : []));
  if (!ids.length) return new Map();
  const tokens = await db.apiToken.findMany({ where: { id: { in: [...new Set(ids)] }, conferences: { some: { conferenceId } } }, select: { id: true, name: true } });
  return new Map(tokens.map((t) => [`${API_TOKEN_LABEL_PREFIX}${t.id}`, t.name]));
}

/**
 * Names of the registrations, sessions and rooms on this page — the rows' entities and any ids
 * inside their before/after values (a promoted session, a new room) — in three queries, only within
 * this conference: an id planted in a value must not reveal another conference's names.
 */
async function entityNames(rows: { entityId: string; before: unknown; after: unknown }[], conferenceId: string): Promise<Map<string, string>> {
  const strings = new Set<string>();
  for (const r of rows) {
    strings.add(r.entityId);
    auditStrings(r.before, strings);
    auditStrings(r.after, strings);
  }
  // Ids are short tokens; skip subjects, bodies and other free text.
  const ids = [...strings].filter((s) => /^[A-Za-z0-9_-]{8,64}$/.test(s)).slice(0, 1000);
  const [registrations, sessions, rooms] = await Promise.all([
    db.registration.findMany({ where: { id: { in: ids }, conferenceId }, select: { id: true, name: true } }),
    db.session.findMany({ where: { id: { in: ids }, conferenceId }, select: { id: true, title: true } }),
    db.room.findMany({ where: { id: { in: ids }, conferenceId }, select: { id: true, name: true } }),
  ]);
  return new Map<string, string>([...registrations.map((r) => [r.id, r.name] as const), ...sessions.map((s) => [s.id, s.title] as const), ...rooms.map((r) => [r.id, r.name] as const)]);
}
