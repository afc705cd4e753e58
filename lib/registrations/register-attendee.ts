/**
 * Registers an attendee for a conference and the sessions they chose, in one transaction:
 * conference seat or waiting list, a seat or waiting-list place per session, the confirmation
 * email in the outbox and an audit row. A second registration with the same email creates nothing
 * and emails a further manage link (earlier links keep working); its answer tells nothing about the
 * registration. A cancelled registration does not block the address: registering again creates a
 * new one (the cancelled row is kept, its email key moved aside).
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { writeAuditLog } from "../audit";
import { db, type Tx } from "../db";
import { isUniqueViolation, writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { toLocale, type Locale } from "../i18n-server";
import { enforce, RATE_LIMITS } from "../rate-limit";
import { enqueueAttendeeEmail } from "./attendee-email";
import { checkRegistration } from "./check-registration";
import { validationError } from "./errors";
import { registrationContext } from "./context";
import { conferenceInvite, deliverInvites, sessionInvite } from "./calendar-invites";
import { agendaFeedUrl, manageUrl, sessionLine } from "./payloads";
import { registrationWindow } from "./rules";
import { emailKey } from "./schema";
import { conferenceWaitlistPosition, lockSession, queueTime, sessionWaitlistPosition, takeConferenceSeat, takeSessionSeat } from "./seats";
import { issueFirstTokens } from "./link-tokens";
import { emitRegistrationEvent } from "../webhooks/emit";
import { publicConferenceChanged } from "../conferences/public-cache";

export type SessionOutcome = { id: string; status: "confirmed" | "waitlisted"; waitlistPosition?: number };

/** For server callers (organisers see the existing registration); the public API tells an "existing" caller nothing of it. */
export type RegisterResult = {
  kind: "created" | "existing";
  registration: { id: string; status: "confirmed" | "waitlisted"; waitlistPosition?: number };
  sessions: SessionOutcome[];
  /** Only for a new registration: the secret for its manage link (shown once, emailed). */
  manageToken?: string;
  /** Only for a new registration: the secret of its read-only calendar subscription (shown once, emailed). */
  feedToken?: string;
};

export type RegisterOptions = {
  conferenceSlug: string;
  input: unknown;
  locale?: string;
  now?: Date;
  ip?: string | null;
  byOrganiser?: { userId: string };
};

export function newCheckInCode(): string {
  // 10 characters from an alphabet without look-alikes: easy to type at the check-in desk.
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from(randomBytes(10), (b) => alphabet[b % alphabet.length]).join("");
}

export async function registerAttendee(options: RegisterOptions): Promise<RegisterResult> {
  const now = options.now ?? new Date();
  const requestedLocale = toLocale(
    options.locale ?? (options.input && typeof options.input === "object" ? (options.input as { locale?: unknown }).locale : undefined),
  );

  const context = await registrationContext(options.conferenceSlug);
  const conference = context?.conference;
  if (!conference || conference.status === "draft") throw new AppError("not_found", "Conference not found");
  if (!options.byOrganiser) {
    const window = registrationWindow(conference, now);
    if (window === "not_yet_open") throw new AppError("conflict", "Registration is not open yet", undefined, { reason: "not_yet_open" });
    if (window === "closed") throw new AppError("conflict", "Registration is closed", undefined, { reason: "closed" });
    if (options.ip) await enforce(`register:ip:${options.ip}`, RATE_LIMITS.registrationPerIp());
  }

  const checked = checkRegistration(options.input, conference.questions, context!.sessions);
  if (!checked.ok) throw await validationError(requestedLocale, checked.errors);
  const { input, answers, sessions, wanted } = checked;
  const locale: Locale = toLocale(input.locale ?? requestedLocale);

  const key = emailKey(input.email);
  try {
    return await writeTransaction(async (tx) => {
      publicConferenceChanged(tx, conference.id, { seatsOnly: true });
      await releaseCancelledEmail(tx, conference.id, key);
      const confirmed = conference.capacity === null ? true : await takeConferenceSeat(tx, conference.id);
      const waitlistedAt = confirmed ? null : await queueTime(tx, { conferenceId: conference.id });
      const registration = await tx.registration.create({
        data: {
          conferenceId: conference.id,
          name: input.name,
          email: input.email,
          emailKey: key,
          organisation: input.organisation,
          jobTitle: input.jobTitle,
          accessibilityNeeds: input.accessibilityNeeds,
          dietaryRequirements: input.dietaryRequirements,
          answers,
          locale,
          status: confirmed ? "confirmed" : "waitlisted",
          confirmedAt: confirmed ? now : null,
          waitlistedAt,
          consentAt: now,
          consentVersion: conference.privacyNoticeVersion,
          checkInCode: newCheckInCode(),
          source: options.byOrganiser ? "organiser" : "web",
        },
      });

      const { manage: token, feed: feedToken } = await issueFirstTokens(tx, registration.id, now);

      // Sessions in id order, so that concurrent registrations lock session rows in one order.
      const outcomes: SessionOutcome[] = [];
      for (const s of [...sessions].sort((a, b) => a.id.localeCompare(b.id))) {
        // An attendee waiting for the conference queues for sessions too, holding no seat yet.
        let seat = false;
        if (confirmed) seat = await takeSessionSeat(tx, s.id);
        else await lockSession(tx, s.id);
        const entry = await tx.sessionRegistration.create({
          data: {
            registrationId: registration.id,
            sessionId: s.id,
            status: seat ? "confirmed" : "waitlisted",
            confirmedAt: seat ? now : null,
            waitlistedAt: seat ? null : await queueTime(tx, { sessionId: s.id }),
          },
        });
        outcomes.push(seat ? { id: s.id, status: "confirmed" } : { id: s.id, status: "waitlisted", waitlistPosition: await sessionWaitlistPosition(tx, entry) });
      }
      outcomes.sort((a, b) => wanted.indexOf(a.id) - wanted.indexOf(b.id));
      const position = confirmed ? undefined : await conferenceWaitlistPosition(tx, registration);

      const held = sessions.filter((s) => outcomes.find((o) => o.id === s.id)?.status === "confirmed");
      const attendee = { name: registration.name, email: registration.email };
      // The confirmation carries the conference's invite; each session's follows in a message of its own.
      await deliverInvites(tx, {
        recipient: { id: registration.id, ...attendee, locale },
        conference,
        firstDelivery: true,
        items: confirmed ? [conferenceInvite(conference, attendee, "REQUEST", locale), ...held.map((s) => sessionInvite(s, conference, attendee, "REQUEST", locale))] : [],
        primary: (parts) =>
          enqueueAttendeeEmail(tx, {
            kind: "registration-received",
            registration,
            conference,
            locale,
            payload: {
              manageUrl: manageUrl(token, locale),
              agendaFeedUrl: agendaFeedUrl(feedToken),
              status: confirmed ? "confirmed" : "waitlisted",
              waitlistPosition: position ?? null,
              checkInCode: registration.checkInCode,
              sessions: sessions.map((s) => {
                const o = outcomes.find((x) => x.id === s.id)!;
                return sessionLine(s, o.status, o.waitlistPosition ?? null, locale);
              }),
              ...parts,
            },
          }),
      });
      await writeAuditLog(tx, {
        actor: options.byOrganiser ?? "attendee",
        conferenceId: conference.id,
        entityType: "Registration",
        entityId: registration.id,
        action: "registration.create",
        after: { status: registration.status, sessions: outcomes },
      });
      await emitRegistrationEvent(tx, { type: "registration.created", conferenceId: conference.id, registrationId: registration.id, now });
      return {
        kind: "created" as const,
        registration: { id: registration.id, status: confirmed ? ("confirmed" as const) : ("waitlisted" as const), ...(position ? { waitlistPosition: position } : {}) },
        sessions: outcomes,
        manageToken: token,
        feedToken,
      };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return resendForExisting(conference.id, key, locale, now, options.byOrganiser ? null : key);
  }
}

/**
 * A cancelled registration keeps its row (history, audit) but gives up the address: its email key
 * gets the row's id appended, so the unique (conference, email) slot is free for a new registration.
 */
async function releaseCancelledEmail(tx: Tx, conferenceId: string, key: string) {
  const cancelled = await tx.registration.findFirst({ where: { conferenceId, emailKey: key, status: "cancelled" }, select: { id: true } });
  if (cancelled) await tx.registration.update({ where: { id: cancelled.id }, data: { emailKey: `${key}#cancelled-${cancelled.id}` } });
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
  return { kind: "existing", registration: { id: existing.id, status: existing.status, ...(position ? { waitlistPosition: position } : {}) }, sessions };
}
