/**
 * Registers an attendee for a conference and the sessions they chose, in one transaction:
 * conference seat or waiting list, a seat or waiting-list place per session, the confirmation
 * email in the outbox and an audit row. A second registration with the same email creates nothing
 * and emails a further manage link (earlier links keep working); its answer tells nothing about the
 * registration. A cancelled registration does not block the address: registering again creates a
 * new one (the cancelled row is kept, its email key moved aside).
 */
import "server-only";
import { db } from "../db";
import { isUniqueViolation } from "../db-retry";
import { AppError } from "../errors";
import { refuse, type Refusal } from "../outcome";
import { toLocale, type Locale } from "../i18n-server";
import { enforce, RATE_LIMITS } from "../rate-limit";
import { builtInFields } from "./built-in-fields";
import { checkRegistration } from "./check-registration";
import { validationError } from "./errors";
import { registrationContext } from "./context";
import type { CreatedRegistration, SessionOutcome } from "./create-registrations";
import { writeRegistration } from "./registration-writer";
import { registrationWindow } from "./rules";
import { emailKey } from "./schema";
import { conferenceWaitlistPosition, sessionWaitlistPosition } from "./seats";

export type { SessionOutcome } from "./create-registrations";
export { newCheckInCode } from "./check-in-code";

/** For server callers (organisers see the existing registration); the public API tells an "existing" caller nothing of it. */
export type RegisterResult =
  | CreatedRegistration
  | {
      ok: true;
      kind: "existing";
      registration: { id: string; status: "confirmed" | "waitlisted"; waitlistPosition?: number };
      sessions: SessionOutcome[];
      manageToken?: undefined;
      feedToken?: undefined;
    };

export type RegisterOptions = {
  conferenceSlug: string;
  /**
   * The request's body as sent. The one use case that parses its own input: whether the answers
   * and sessions are valid depends on the conference's questions and sessions, and the form reports
   * every problem at once (checkRegistration), the fields' and the answers' together.
   */
  input: unknown;
  locale?: string;
  now?: Date;
  ip?: string | null;
  byOrganiser?: { userId: string };
};

/** Outside the registration window (organisers adding someone are not bound by it). */
export type RegistrationWindowRefusal = Refusal<"not_yet_open" | "closed">;

export async function registerAttendee(options: RegisterOptions & { byOrganiser: { userId: string } }): Promise<RegisterResult>;
export async function registerAttendee(options: RegisterOptions): Promise<RegisterResult | RegistrationWindowRefusal>;
export async function registerAttendee(options: RegisterOptions): Promise<RegisterResult | RegistrationWindowRefusal> {
  const now = options.now ?? new Date();
  const requestedLocale = toLocale(
    options.locale ?? (options.input && typeof options.input === "object" ? (options.input as { locale?: unknown }).locale : undefined),
  );

  let context = await registrationContext(options.conferenceSlug);
  // A session the cached copy does not know may have been scheduled a moment ago: ask the database.
  const sent = options.input && typeof options.input === "object" ? (options.input as { sessionIds?: unknown }).sessionIds : undefined;
  if (context && Array.isArray(sent) && sent.some((id) => typeof id === "string" && !context!.sessions.has(id))) context = await registrationContext(options.conferenceSlug, Date.now(), true);
  const conference = context?.conference;
  if (!conference || conference.status === "draft") throw new AppError("not_found", "Conference not found");
  if (!options.byOrganiser) {
    const window = registrationWindow(conference, now);
    if (window !== "open") return refuse(window);
    if (options.ip) await enforce(`register:ip:${options.ip}`, RATE_LIMITS.registrationPerIp());
  }

  const checked = checkRegistration(options.input, conference.questions, context!.sessions, builtInFields(conference));
  if (!checked.ok) throw await validationError(requestedLocale, checked.errors);
  const { input, answers, sessions } = checked;
  const locale: Locale = toLocale(input.locale ?? requestedLocale);
  const key = emailKey(input.email);

  let written;
  try {
    // Seats, places, tokens, mails and the audit row are written with the registrations arriving at the same time.
    written = await writeRegistration({ conference, input, answers, sessions, emailKey: key, locale, now, byOrganiser: options.byOrganiser });
  } catch (error) {
    // Registered a moment ago by another process (the unique (conference, email) index decided).
    if (!isUniqueViolation(error)) throw error;
    written = { kind: "existing" as const };
  }
  if (written.kind === "created") return written;
  return resendForExisting(conference.id, key, locale, now, options.byOrganiser ? null : key);
}

/** The repeat-registration path: no new row; a further manage link goes to the registered address. */
async function resendForExisting(conferenceId: string, key: string, locale: Locale, now: Date, rateKey: string | null): Promise<RegisterResult> {
  const existing = await db.registration.findUnique({
    where: { conferenceId_emailKey: { conferenceId, emailKey: key } },
    include: { sessions: { where: { status: { not: "cancelled" } } } },
  });
  // Cancelled rows give up their key before a new registration (releaseCancelledEmail), so this is an active one.
  if (!existing || existing.status === "cancelled") throw new AppError("conflict", "Registration changed concurrently; please retry");
  const { sendManageLink } = await import("./send-manage-link");
  await sendManageLink({ registrationId: existing.id, locale, now, rateKey });
  const sessions: SessionOutcome[] = [];
  for (const s of existing.sessions) {
    sessions.push(
      s.status === "confirmed"
        ? { id: s.sessionId, status: "confirmed" }
        : { id: s.sessionId, status: "waitlisted", waitlistPosition: await sessionWaitlistPosition(db, s) },
    );
  }
  const position = existing.status === "waitlisted" ? await conferenceWaitlistPosition(db, existing) : undefined;
  return { ok: true, kind: "existing", registration: { id: existing.id, status: existing.status, ...(position ? { waitlistPosition: position } : {}) }, sessions };
}
