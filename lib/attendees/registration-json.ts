/**
 * One registration as the organiser API returns it (list and detail alike). The zod schema is the
 * contract: the OpenAPI document is generated from it, and the mapper is typed against it.
 */
import { z } from "zod";
import "zod-openapi";
import { toIsoWithOffset } from "../time/zoned";

const dateTime = z.iso.datetime({ offset: true });
const status = z.enum(["confirmed", "waitlisted", "cancelled"]);

export const organiserRegistrationSchema = z
  .object({
    id: z.string(),
    status,
    name: z.string(),
    email: z.string(),
    organisation: z.string().nullable(),
    jobTitle: z.string().nullable(),
    accessibilityNeeds: z.string().nullable(),
    dietaryRequirements: z.string().nullable(),
    answers: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.boolean()])).meta({ description: "Answers by question key (see `questions` of GET /api/conferences/{slug})." }),
    locale: z.enum(["de", "en"]),
    source: z.string().meta({ description: '"web" (form or public API) or "organiser" (added by an organiser).' }),
    checkInCode: z.string().nullable().meta({ description: "The code in the attendee's QR code; null unless confirmed." }),
    checkedInAt: dateTime.nullable(),
    consent: z.object({ at: dateTime, noticeVersion: z.string() }),
    anonymised: z.boolean().meta({ description: "Erased or past retention: personal fields are blank." }),
    createdAt: dateTime,
    updatedAt: dateTime,
    confirmedAt: dateTime.nullable(),
    waitlistedAt: dateTime.nullable(),
    cancelledAt: dateTime.nullable(),
    sessions: z.array(z.object({ id: z.string(), title: z.string(), status, waitlistedAt: dateTime.nullable() })).meta({ description: "The chosen sessions (cancelled choices are left out)." }),
  })
  .meta({ id: "OrganiserRegistration" });

export type OrganiserRegistrationJson = z.input<typeof organiserRegistrationSchema>;

export const organiserRegistrationInclude = {
  sessions: { where: { status: { not: "cancelled" as const } }, orderBy: { session: { startsAt: "asc" as const } }, include: { session: { select: { title: true, hostId: true } } } },
};

type Row = {
  id: string;
  status: string;
  name: string;
  email: string;
  organisation: string | null;
  jobTitle: string | null;
  accessibilityNeeds: string | null;
  dietaryRequirements: string | null;
  answers: unknown;
  locale: string;
  source: string;
  checkInCode: string;
  checkedInAt: Date | null;
  consentAt: Date;
  consentVersion: string;
  anonymisedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  confirmedAt: Date | null;
  waitlistedAt: Date | null;
  cancelledAt: Date | null;
  sessions: { sessionId: string; status: string; waitlistedAt: Date | null; session: { title: string; hostId: string } }[];
};

/** `readHostIds`: a partner host's members see only their own sessions among the chosen ones. */
export function organiserRegistrationJson(r: Row, timeZone: string, readHostIds: string[] | null): OrganiserRegistrationJson {
  const iso = (d: Date) => toIsoWithOffset(d, timeZone);
  const isoOrNull = (d: Date | null) => (d ? iso(d) : null);
  const answers = r.answers && typeof r.answers === "object" && !Array.isArray(r.answers) ? (r.answers as Record<string, string | string[] | boolean>) : {};
  const st = status.parse(r.status);
  return {
    id: r.id,
    status: st,
    name: r.name,
    email: r.email,
    organisation: r.organisation,
    jobTitle: r.jobTitle,
    accessibilityNeeds: r.accessibilityNeeds,
    dietaryRequirements: r.dietaryRequirements,
    answers,
    locale: r.locale === "en" ? "en" : "de",
    source: r.source,
    checkInCode: st === "confirmed" ? r.checkInCode : null,
    checkedInAt: isoOrNull(r.checkedInAt),
    consent: { at: iso(r.consentAt), noticeVersion: r.consentVersion },
    anonymised: r.anonymisedAt !== null,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
    confirmedAt: isoOrNull(r.confirmedAt),
    waitlistedAt: isoOrNull(r.waitlistedAt),
    cancelledAt: isoOrNull(r.cancelledAt),
    sessions: r.sessions
      .filter((s) => !readHostIds || readHostIds.includes(s.session.hostId))
      .map((s) => ({ id: s.sessionId, title: s.session.title, status: status.parse(s.status), waitlistedAt: isoOrNull(s.waitlistedAt) })),
  };
}
