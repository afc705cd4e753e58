/**
 * New registrations written together, in one transaction: the body of the registration writer
 * (registration-writer.ts), which collects the registrations that arrive while a transaction runs
 * and writes them as one batch. Every step is one statement for the whole batch — one insert of the
 * registrations, one of their tokens, one of their session places, mails, calendar deliveries and
 * audit rows — not one per registration, because each statement costs the same fixed work in the
 * ORM whatever its number of rows (bench/README.md, "Where the time goes").
 *
 * Seats are taken per conference and session under its row lock (a write, so SQLite's write lock
 * and PostgreSQL's row lock), in id order: first conferences, then sessions, as the other use cases
 * do. Within a batch, the registrations that came first get the free seats first; the rest join the
 * waiting list in that order, behind everyone already on it.
 */
import "server-only";
import { writeAuditLogs } from "../audit";
import { loadUidDomain } from "../calendar/uid-domain";
import { publicConferenceChanged } from "../conferences/public-cache";
import type { Tx } from "../db";
import { insertRows } from "../db-insert";
import { newId } from "../ids";
import type { Locale } from "../i18n-server";
import { enqueueEmails, type EnqueueEmail } from "../mail/enqueue";
import type { EmailKind, Invite } from "../mail/messages";
import { emitRegistrationEvents } from "../webhooks/emit";
import { attendeeEmail } from "./attendee-email";
import { conferenceInvite, firstInvite, inviteMail, sessionInvite } from "./calendar-invites";
import { issueFirstTokens } from "./link-tokens";
import { agendaFeedUrl, manageUrl, sessionLine, type ConferenceForMail, type SessionForMail } from "./payloads";
import type { AnswerValue } from "./rules";
import type { RegistrationInput } from "./schema";
import { newCheckInCode } from "./check-in-code";
import { lockSession } from "./seats";

export type SessionOutcome = { id: string; status: "confirmed" | "waitlisted"; waitlistPosition?: number };

/** A registration that passed every check that needs no lock: ready to be written. */
export type NewRegistration = {
  conference: ConferenceForMail & { capacity: number | null; privacyNoticeVersion: string };
  input: RegistrationInput;
  answers: Record<string, AnswerValue>;
  /** The chosen sessions, in the order the attendee listed them. */
  sessions: SessionForMail[];
  emailKey: string;
  locale: Locale;
  now: Date;
  byOrganiser?: { userId: string };
};

export type CreatedRegistration = {
  ok: true;
  kind: "created";
  registration: { id: string; status: "confirmed" | "waitlisted"; waitlistPosition?: number };
  sessions: SessionOutcome[];
  /** The secret of the manage link (shown once, emailed; stored only as a hash). */
  manageToken: string;
  /** The secret of the read-only calendar subscription (shown once, emailed). */
  feedToken: string;
};

/** "existing": the address is already registered for the conference (or earlier in the same batch): nothing written. */
export type Written = CreatedRegistration | { kind: "existing" };

type Place = { confirmed: boolean; waitlistedAt: Date | null; position?: number };

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function createRegistrations(tx: Tx, items: NewRegistration[]): Promise<Written[]> {
  const written: Written[] = new Array(items.length);
  const conferences = [...new Set(items.map((i) => i.conference.id))].sort(byId);
  for (const id of conferences) publicConferenceChanged(tx, id, { seatsOnly: true });

  // 1. An address registered already (or twice in this batch) creates nothing. A cancelled
  // registration keeps its row but gives up the address: its key gets the row's id appended.
  const known = await tx.registration.findMany({
    where: { OR: conferences.map((conferenceId) => ({ conferenceId, emailKey: { in: [...new Set(items.filter((i) => i.conference.id === conferenceId).map((i) => i.emailKey))] } })) },
    select: { id: true, conferenceId: true, emailKey: true, status: true },
  });
  const taken = new Set<string>();
  for (const row of known) {
    if (row.status === "cancelled") await tx.registration.update({ where: { id: row.id }, data: { emailKey: `${row.emailKey}#cancelled-${row.id}` } });
    else taken.add(`${row.conferenceId}\n${row.emailKey}`);
  }
  const fresh: number[] = [];
  items.forEach((item, i) => {
    const key = `${item.conference.id}\n${item.emailKey}`;
    if (taken.has(key)) written[i] = { kind: "existing" };
    else {
      taken.add(key);
      fresh.push(i);
    }
  });
  if (!fresh.length) return written;

  // 2. Conference seats, then the conference's waiting list.
  const place = new Map<number, Place>();
  for (const conferenceId of conferences) {
    const mine = fresh.filter((i) => items[i].conference.id === conferenceId);
    if (!mine.length) continue;
    let granted = mine.length;
    if (items[mine[0]].conference.capacity !== null) {
      const row = await tx.conference.update({ where: { id: conferenceId }, data: { seatsTaken: { increment: 0 } }, select: { seatsTaken: true, capacity: true } });
      granted = row.capacity === null ? mine.length : Math.min(mine.length, Math.max(0, row.capacity - row.seatsTaken));
      if (granted) await tx.conference.update({ where: { id: conferenceId }, data: { seatsTaken: { increment: granted } } });
    }
    mine.slice(0, granted).forEach((i) => place.set(i, { confirmed: true, waitlistedAt: null }));
    const waiting = mine.slice(granted);
    if (waiting.length) {
      const list = await tx.registration.aggregate({ where: { conferenceId, status: "waitlisted" }, _count: { _all: true }, _max: { waitlistedAt: true } });
      queue(waiting, list._count._all, list._max.waitlistedAt).forEach((p, j) => place.set(waiting[j], p));
    }
  }

  // 3. The registrations and their first manage and feed tokens.
  const ids = new Map(fresh.map((i) => [i, newId()]));
  const codes = new Map(fresh.map((i) => [i, newCheckInCode()]));
  const stamp = new Date();
  await insertRows(
    tx,
    "Registration",
    fresh.map((i) => {
      const { input, conference, now } = items[i];
      const p = place.get(i)!;
      return {
        id: ids.get(i)!,
        conferenceId: conference.id,
        name: input.name,
        email: input.email,
        emailKey: items[i].emailKey,
        organisation: input.organisation ?? null,
        jobTitle: input.jobTitle ?? null,
        accessibilityNeeds: input.accessibilityNeeds ?? null,
        dietaryRequirements: input.dietaryRequirements ?? null,
        answers: items[i].answers,
        locale: items[i].locale,
        status: p.confirmed ? ("confirmed" as const) : ("waitlisted" as const),
        confirmedAt: p.confirmed ? now : null,
        waitlistedAt: p.waitlistedAt,
        cancelledAt: null,
        consentAt: now,
        consentVersion: conference.privacyNoticeVersion,
        checkInCode: codes.get(i)!,
        checkedInAt: null,
        checkedInBy: null,
        broadcastOptOutAt: null,
        source: items[i].byOrganiser ? "organiser" : "web",
        anonymisedAt: null,
        badgePrintedAt: null,
        createdAt: stamp,
        updatedAt: stamp,
      };
    }),
  );
  const tokens = new Map((await issueFirstTokens(tx, fresh.map((i) => ids.get(i)!), stamp)).map((t, j) => [fresh[j], t]));

  // 4. Session seats: an attendee with a conference seat takes one if free; one waiting for the
  // conference queues for its sessions too, holding no seat yet.
  const sessionPlace = new Map<string, Place>(); // `${item}\n${sessionId}`
  const sessionIds = [...new Set(fresh.flatMap((i) => items[i].sessions.map((s) => s.id)))].sort(byId);
  for (const sessionId of sessionIds) {
    const wanting = fresh.filter((i) => items[i].sessions.some((s) => s.id === sessionId));
    const seeking = wanting.filter((i) => place.get(i)!.confirmed);
    let granted = 0;
    if (seeking.length) {
      // A session without a limit takes every seat in one statement; otherwise lock, read, take what is free.
      const open = await tx.session.updateMany({ where: { id: sessionId, capacity: null }, data: { seatsTaken: { increment: seeking.length } } });
      if (open.count === 1) granted = seeking.length;
      else {
        const row = await tx.session.update({ where: { id: sessionId }, data: { seatsTaken: { increment: 0 } }, select: { seatsTaken: true, capacity: true } });
        granted = row.capacity === null ? seeking.length : Math.min(seeking.length, Math.max(0, row.capacity - row.seatsTaken));
        if (granted) await tx.session.update({ where: { id: sessionId }, data: { seatsTaken: { increment: granted } } });
      }
    } else {
      await lockSession(tx, sessionId);
    }
    const seated = new Set(seeking.slice(0, granted));
    for (const i of seated) sessionPlace.set(`${i}\n${sessionId}`, { confirmed: true, waitlistedAt: null });
    const waiting = wanting.filter((i) => !seated.has(i));
    if (waiting.length) {
      const list = await tx.sessionRegistration.aggregate({ where: { sessionId, status: "waitlisted" }, _count: { _all: true }, _max: { waitlistedAt: true } });
      queue(waiting, list._count._all, list._max.waitlistedAt).forEach((p, j) => sessionPlace.set(`${waiting[j]}\n${sessionId}`, p));
    }
  }
  await insertRows(
    tx,
    "SessionRegistration",
    fresh.flatMap((i) =>
      items[i].sessions.map((s) => {
        const p = sessionPlace.get(`${i}\n${s.id}`)!;
        return {
          registrationId: ids.get(i)!,
          sessionId: s.id,
          status: p.confirmed ? ("confirmed" as const) : ("waitlisted" as const),
          confirmedAt: p.confirmed ? items[i].now : null,
          waitlistedAt: p.waitlistedAt,
          cancelledAt: null,
          createdAt: stamp,
          updatedAt: stamp,
        };
      }),
    ),
  );

  // 5. The confirmation (with the conference's invite) and one calendar message per held session.
  const domain = await loadUidDomain(tx);
  const deliveries: { registrationId: string; uid: string; sequence: number }[] = [];
  const mails: EnqueueEmail<EmailKind>[] = [];
  for (const i of fresh) {
    const { conference, locale, input, sessions } = items[i];
    const id = ids.get(i)!;
    const p = place.get(i)!;
    const outcomes: SessionOutcome[] = sessions.map((s) => {
      const sp = sessionPlace.get(`${i}\n${s.id}`)!;
      return sp.confirmed ? { id: s.id, status: "confirmed" } : { id: s.id, status: "waitlisted", waitlistPosition: sp.position! };
    });
    const attendee = { name: input.name, email: input.email };
    const recipient = { id, ...attendee, locale };
    const held = sessions.filter((_, k) => outcomes[k].status === "confirmed");
    const invites = p.confirmed ? [conferenceInvite(conference, attendee, "REQUEST", locale), ...held.map((s) => sessionInvite(s, conference, attendee, "REQUEST", locale))] : [];
    const stamped = invites.map((item) => firstInvite(id, item, domain));
    deliveries.push(...stamped.map((s) => s.delivery));
    const token = tokens.get(i)!;
    const first: Invite | undefined = stamped[0]?.invite;
    mails.push(
      attendeeEmail({
        kind: "registration-received",
        registration: recipient,
        conference,
        locale,
        payload: {
          manageUrl: manageUrl(token.manage, locale),
          agendaFeedUrl: agendaFeedUrl(token.feed),
          status: p.confirmed ? "confirmed" : "waitlisted",
          waitlistPosition: p.position ?? null,
          checkInCode: codes.get(i)!,
          sessions: sessions.map((s, k) => sessionLine(s, outcomes[k].status, outcomes[k].waitlistPosition ?? null, locale)),
          ...(first ? { invite: first } : {}),
          ...(invites.length > 1 ? { invitesFollow: invites.length - 1 } : {}),
        },
      }) as EnqueueEmail<EmailKind>,
      ...invites.slice(1).map((item, k) => attendeeEmail(inviteMail(recipient, conference, item, stamped[k + 1].invite, "invite")) as EnqueueEmail<EmailKind>),
    );
    written[i] = {
      ok: true,
      kind: "created",
      registration: { id, status: p.confirmed ? "confirmed" : "waitlisted", ...(p.position ? { waitlistPosition: p.position } : {}) },
      sessions: outcomes,
      manageToken: token.manage,
      feedToken: token.feed,
    };
  }
  await insertRows(tx, "CalendarDelivery", deliveries.map((d) => ({ ...d, updatedAt: stamp })));
  await enqueueEmails(tx, mails);

  // 6. The change log and the webhooks' outbox.
  await writeAuditLogs(
    tx,
    fresh.map((i) => {
      const created = written[i] as CreatedRegistration;
      return {
        actor: items[i].byOrganiser ?? "attendee",
        conferenceId: items[i].conference.id,
        entityType: "Registration",
        entityId: created.registration.id,
        action: "registration.create",
        after: { status: created.registration.status, sessions: created.sessions },
      };
    }),
  );
  for (const conferenceId of conferences) {
    const mine = fresh.filter((i) => items[i].conference.id === conferenceId);
    if (mine.length) await emitRegistrationEvents(tx, { type: "registration.created", conferenceId, registrations: mine.map((i) => ({ id: ids.get(i)!, now: items[i].now })) });
  }
  return written;
}

/**
 * Places at the end of a waiting list of `ahead` entries whose last joined at `last`: each strictly
 * after the one before (a tie in the same millisecond would be broken by id, which does not follow
 * the order seats were decided in across processes).
 */
function queue(entries: number[], ahead: number, last: Date | null): Place[] {
  const start = Math.max(Date.now(), last ? last.getTime() + 1 : 0);
  return entries.map((_, j) => ({ confirmed: false, waitlistedAt: new Date(start + j), position: ahead + j + 1 }));
}
