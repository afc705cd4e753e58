import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { sessionEvent, eventToJson } from "@/lib/calendar/events";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/mail/enqueue";
import type { EmailKind, EmailPayloads } from "@/lib/mail/messages";
import { retryFailedEmail } from "@/lib/mail/retry-email";
import { deliverPending, retryWindowMs } from "@/lib/mail/sender";
import { configuredDelivery, devMailboxDelivery, smtpDelivery } from "@/lib/mail/transport";
import { freePort, startSmtp, type TestSmtp } from "../helpers/smtp";
import { createConference, uniq } from "../helpers/fixtures";

let smtp: TestSmtp | null = null;
afterEach(async () => {
  await smtp?.close();
  smtp = null;
});

const conference = {
  slug: "bk-2027",
  title: "Mitteldeutsche Bildungskonferenz 2027",
  subtitle: null,
  startsAt: "2027-03-04T08:00:00.000Z",
  endsAt: "2027-03-05T15:30:00.000Z",
  timeZone: "Europe/Berlin",
  venueName: "Stadthalle Merseburg",
  venueAddress: "Oberaltenburg 1, 06217 Merseburg",
  hosts: ["Netzwerkbüro BiSMit", "Transferagentur TransMit"],
  url: "http://localhost:3000/conferences/bk-2027",
};
const session = { id: "s1", title: "Fachkräfte sichern", startsAt: "2027-03-04T10:30:00.000Z", endsAt: "2027-03-04T12:00:00.000Z", room: "Werkstatt", status: "confirmed" as const };
const event = eventToJson(
  sessionEvent(
    { id: "s1", title: "Fachkräfte sichern", startsAt: new Date(session.startsAt), endsAt: new Date(session.endsAt), status: "scheduled", revision: 2, room: { name: "Werkstatt" }, host: { name: "EMMD", contactEmail: "kontakt@emmd.example" } },
    { id: "c1", slug: "bk-2027", title: conference.title, startsAt: new Date(conference.startsAt), endsAt: new Date(conference.endsAt), timeZone: "Europe/Berlin", venueName: conference.venueName, venueAddress: conference.venueAddress },
    { name: "Jörg", email: "joerg@example.org" },
  ),
);
const base = { conference, attendeeName: "Jörg Müller", manageUrl: "http://localhost:3000/manage/tok", agendaFeedUrl: "http://localhost:3000/api/agenda/tok/calendar.ics" };

const samples: { [K in EmailKind]: EmailPayloads[K] } = {
  "registration-received": { ...base, status: "confirmed", sessions: [session], checkInCode: "ABCD234567", invite: { method: "REQUEST", event }, invitesFollow: 1 },
  "manage-link": base,
  "registration-updated": { ...base, sessions: [session], invite: { method: "CANCEL", event: { ...event, status: "CANCELLED" } } },
  "waitlist-promoted": { ...base, manageUrl: "", session, invite: { method: "REQUEST", event } },
  "registration-cancelled": { ...base, invite: { method: "CANCEL", event: { ...event, status: "CANCELLED" } } },
  "session-updated": { ...base, session, changes: { startsAt: { before: "2027-03-04T09:30:00.000Z", after: session.startsAt } }, invite: { method: "REQUEST", event: { ...event, sequence: 3 } } },
  "session-cancelled": { ...base, session: { ...session, status: "cancelled" }, invite: { method: "CANCEL", event: { ...event, status: "CANCELLED", sequence: 3 } } },
  "calendar-invite": {
    ...base,
    manageUrl: "",
    invite: { method: "REQUEST", event },
    event: { kind: "session", title: session.title, startsAt: session.startsAt, endsAt: session.endsAt, location: "Werkstatt, Stadthalle Merseburg" },
    reason: "invite",
  },
  "sign-in": { url: "http://localhost:3000/api/auth/callback/email?token=x", host: "localhost:3000", expiresMinutes: 10 },
  "host-invitation": { url: "http://localhost:3000/invite/tok", hostName: "Netzwerkbüro BiSMit", hostShortName: "BiSMit", role: "editor", inviterName: "Organisation BiSMit", expiresAt: "2027-03-01T10:00:00.000Z", days: 7 },
  broadcast: { ...base, subject: "Hinweis zur Anreise", body: "Bitte nutzen Sie den Seiteneingang.", senderName: "BiSMit", unsubscribeUrl: "http://localhost:3000/api/unsubscribe/x" },
  "webhook-disabled": { conferenceTitle: "Bildungskonferenz 2026", hosts: ["Netzwerkbüro BiSMit"], endpointUrl: "https://crm.example.org/hooks", failingSince: "2026-05-11T08:00:00.000Z", timeZone: "Europe/Berlin", pageUrl: "http://localhost:3000/organiser/conferences/c1/webhooks" },
  reminder: { ...base, status: "confirmed", sessions: [session], checkInCode: "ABCD234567", extraText: "Parkplätze im Hof.", directionsUrl: "https://www.openstreetmap.org/search?query=Oberaltenburg%201" },
  "thank-you": { ...base, sessions: [session], feedbackUrl: "http://localhost:3000/manage/tok#feedback" },
};

const expectedSubject: Record<string, [RegExp, RegExp]> = {
  "registration-received": [/^Anmeldung bestätigt: /, /^Registration confirmed: /],
  "manage-link": [/^Ihr persönlicher Link/, /^Your personal link/],
  "registration-updated": [/^Programm geändert/, /^Programme changed/],
  "waitlist-promoted": [/^Ein Platz ist frei: Fachkräfte sichern/, /^A place is free: Fachkräfte sichern/],
  "registration-cancelled": [/^Anmeldung storniert/, /^Registration cancelled/],
  "session-updated": [/^Programmänderung: Fachkräfte sichern/, /^Programme change: Fachkräfte sichern/],
  "session-cancelled": [/^Abgesagt: /, /^Cancelled: /],
  "calendar-invite": [/^Kalendereintrag: Fachkräfte sichern$/, /^Calendar entry: Fachkräfte sichern$/],
  "sign-in": [/^Ihr Anmeldelink/, /^Your sign-in link/],
  "host-invitation": [/^Einladung ins Team von BiSMit$/, /^Invitation to the BiSMit team$/],
  broadcast: [/^Hinweis zur Anreise$/, /^Hinweis zur Anreise$/],
  "webhook-disabled": [/^Webhook abgeschaltet: Bildungskonferenz 2026$/, /^Webhook switched off: Bildungskonferenz 2026$/],
  reminder: [/^Erinnerung: Mitteldeutsche Bildungskonferenz 2027 am Donnerstag, 4\. März 2027$/, /^Reminder: Mitteldeutsche Bildungskonferenz 2027 on Thursday, 4 March 2027$/],
  "thank-you": [/^Danke für Ihre Teilnahme: /, /^Thank you for attending /],
};

async function enqueue<K extends EmailKind>(kind: K, payload: EmailPayloads[K], locale = "de", to = `${uniq("r")}@example.org`, toName: string | null = "Jörg Müller") {
  return db.$transaction((tx) => enqueueEmail(tx, { kind, to, toName, locale, payload }));
}

describe("email delivery over SMTP", () => {
  it.each(["de", "en"] as const)("renders every template in %s with its content, calendar part and attachments", async (locale) => {
    smtp = await startSmtp();
    const ids: Record<string, string> = {};
    for (const kind of Object.keys(samples) as EmailKind[]) ids[kind] = await enqueue(kind, samples[kind] as never, locale);
    const report = await deliverPending({ onlyIds: Object.values(ids), delivery: smtpDelivery(smtp.url) });
    expect(report).toEqual({ sent: Object.keys(samples).length, retried: 0, failed: 0 });
    for (const [kind, id] of Object.entries(ids)) {
      const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
      const mail = smtp.messages.find((m) => m.messageId === row.messageId)!;
      expect(mail, kind).toBeTruthy();
      expect(mail.subject).toMatch(expectedSubject[kind][locale === "de" ? 0 : 1]);
      expect(mail.html).toBeTruthy();
      expect(mail.text!.length).toBeGreaterThan(40);
      if (kind !== "sign-in") expect(mail.text).toContain(locale === "de" ? "Netzwerkbüro BiSMit" : "Netzwerkbüro BiSMit");
      // No host sends the sign-in link: its footer says why it came, not "on behalf of Tagung".
      else expect(mail.text).toMatch(locale === "de" ? /weil auf localhost:3000 ein Anmeldelink für diese Adresse angefordert wurde/ : /because a sign-in link for this address was requested on localhost:3000/);
      if (kind === "sign-in") expect(mail.text).not.toMatch(/im Auftrag von|on behalf of/);
      // At most one calendar part, about one event: clients read the first text/calendar part only.
      const parts = mail.attachments.filter((a) => a.contentType.startsWith("text/calendar"));
      expect(parts.length, kind).toBe(samples[kind as EmailKind] && "invite" in (samples[kind as EmailKind] as object) ? 1 : 0);
    }
    const received = smtp.messages.find((m) => m.subject?.includes(conference.title) && /bestätigt|confirmed/.test(m.subject))!;
    // Dates in the conference's zone: 4 March 2027, 09:00 Berlin.
    expect(received.text).toMatch(locale === "de" ? /4\.–5\. März 2027/ : /4\s–\s5 March 2027/);
    expect(received.text).toContain("11:30–13:00");
    expect(received.text).toContain(base.manageUrl);
    expect(received.text).toContain("webcal://localhost:3000/api/agenda/tok/calendar.ics");
    expect(received.text).toContain("ABCD234567");
    const qr = received.attachments.find((a) => a.contentType === "image/png")!;
    expect(qr.cid).toBe("checkin-qr@tagung");
    expect(received.html).toMatch(/<img[^>]+alt="[^"]*ABCD234567/);
    const calendarParts = received.attachments.filter((a) => a.contentType.startsWith("text/calendar"));
    expect(calendarParts).toHaveLength(1);
    expect(received.text).toContain(locale === "de" ? "folgen in je einer kurzen E-Mail" : "in one short email each");
    const ics = calendarParts[0].content.toString("utf8");
    const vcal = new ICAL.Component(ICAL.parse(ics));
    expect(vcal.getFirstPropertyValue("method")).toBe("REQUEST");
    const vevent = new ICAL.Event(vcal.getFirstSubcomponent("vevent")!);
    expect(vevent.uid).toBe(event.uid);
    expect(vevent.sequence).toBe(2);
    const rawReceived = smtp.raw.find((r) => r.includes("check-in.png"))!;
    expect(rawReceived).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);

    const cancelled = smtp.messages.find((m) => expectedSubject["session-cancelled"][locale === "de" ? 0 : 1].test(m.subject ?? ""))!;
    const cancelIcs = cancelled.attachments.find((a) => a.contentType.startsWith("text/calendar"))!.content.toString("utf8");
    expect(cancelIcs).toContain("METHOD:CANCEL");
    expect(cancelIcs).toContain("STATUS:CANCELLED");

    const broadcastRaw = smtp.raw.find((r) => r.includes("Subject: Hinweis zur Anreise"))!;
    expect(broadcastRaw).toContain("List-Unsubscribe: <http://localhost:3000/api/unsubscribe/x>");
    expect(broadcastRaw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  });

  it("retries while the SMTP server is down and delivers once it is back", async () => {
    const port = await freePort();
    const id = await enqueue("manage-link", samples["manage-link"]);
    const now = new Date();
    const down = await deliverPending({ onlyIds: [id], now, delivery: smtpDelivery(`smtp://127.0.0.1:${port}`) });
    expect(down).toEqual({ sent: 0, retried: 1, failed: 0 });
    let row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("pending");
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + 30_000);
    // Not due yet: nothing happens.
    expect(await deliverPending({ onlyIds: [id], now: new Date(now.getTime() + 10_000), delivery: smtpDelivery(`smtp://127.0.0.1:${port}`) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    smtp = await startSmtp(port);
    const up = await deliverPending({ onlyIds: [id], now: new Date(now.getTime() + 31_000), delivery: smtpDelivery(smtp.url) });
    expect(up.sent).toBe(1);
    row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(smtp.messages.map((m) => m.messageId)).toEqual([row.messageId]);
  });

  it("retries a 4xx reply and fails on a 5xx reply with the reason", async () => {
    smtp = await startSmtp();
    const id = await enqueue("manage-link", samples["manage-link"]);
    smtp.failWith = { code: 451, message: "Try again later" };
    expect((await deliverPending({ onlyIds: [id], delivery: smtpDelivery(smtp.url) })).retried).toBe(1);
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
    smtp.failWith = { code: 550, message: "Mailbox unavailable" };
    const later = new Date(Date.now() + 60_000);
    expect((await deliverPending({ onlyIds: [id], now: later, delivery: smtpDelivery(smtp.url) })).failed).toBe(1);
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("failed");
    expect(row.lastError).toMatch(/550.*Mailbox unavailable/);
    expect(smtp.messages).toHaveLength(0);
  });

  it("retries temporary failures with growing waits for at least 4 hours, then fails; an organiser's retry gets the whole window again", async () => {
    smtp = await startSmtp();
    smtp.failWith = { code: 421, message: "Busy" };
    const delivery = smtpDelivery(smtp.url);
    const { conference, host } = await createConference();
    const id = await db.$transaction((tx) => enqueueEmail(tx, { kind: "manage-link", to: "busy@example.org", locale: "de", payload: samples["manage-link"], conferenceId: conference.id }));

    const start = new Date();
    let now = start;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 100; attempt++) {
      const report = await deliverPending({ onlyIds: [id], now, delivery });
      const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
      if (report.failed) break;
      expect(report.retried).toBe(1);
      waits.push(row.nextAttemptAt.getTime() - now.getTime());
      now = row.nextAttemptAt;
    }
    const failed = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(failed.status).toBe("failed");
    expect(failed.lastError).toMatch(/^gave up after retrying: 421/);
    expect(now.getTime() - start.getTime()).toBeGreaterThanOrEqual(4 * 3_600_000);
    expect(now.getTime() - start.getTime()).toBeGreaterThanOrEqual(retryWindowMs());
    expect(waits.slice(0, 4)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(Math.max(...waits)).toBe(30 * 60_000);

    const owner = await db.user.create({ data: { email: `${uniq("o")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
    await retryFailedEmail({ emailId: id, actor: { userId: owner.id }, now });
    expect(await deliverPending({ onlyIds: [id], now, delivery })).toEqual({ sent: 0, retried: 1, failed: 0 });
    smtp.failWith = null;
    expect((await deliverPending({ onlyIds: [id], now: new Date(now.getTime() + 30_000), delivery })).sent).toBe(1);
    expect(smtp.messages.map((m) => m.messageId)).toEqual([failed.messageId]);
  });

  it("dates each row's lease from its own claim, so a slow batch never hands out an expired lease", async () => {
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await enqueue("manage-link", samples["manage-link"]));
    const seen: { lockedUntil: Date | null; at: number }[] = [];
    const slow = async (message: { messageId?: string }) => {
      seen.push({ ...(await db.emailOutbox.findUniqueOrThrow({ where: { messageId: String(message.messageId) }, select: { lockedUntil: true } })), at: Date.now() });
      await new Promise((resolve) => setTimeout(resolve, 150));
    };
    expect((await deliverPending({ onlyIds: ids, delivery: slow, leaseMs: 250 })).sent).toBe(4);
    expect(seen).toHaveLength(4);
    for (const { lockedUntil, at } of seen) expect(lockedUntil!.getTime()).toBeGreaterThan(at);
  });

  it("reuses one SMTP transport across polls", () => {
    const before = process.env.SMTP_URL;
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    try {
      expect(configuredDelivery()).toBe(configuredDelivery());
    } finally {
      if (before === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = before;
    }
    expect(configuredDelivery()).toBe(devMailboxDelivery);
  });

  it("two concurrent senders deliver each of 200 mails exactly once", async () => {
    smtp = await startSmtp();
    const ids = [];
    for (let i = 0; i < 200; i++) ids.push(await enqueue("manage-link", samples["manage-link"]));
    const delivery = smtpDelivery(smtp.url);
    const [a, b] = await Promise.all([
      deliverPending({ workerId: "A", onlyIds: ids, limit: 500, delivery }),
      deliverPending({ workerId: "B", onlyIds: ids, limit: 500, delivery }),
    ]);
    expect(a.sent + b.sent).toBe(200);
    const messageIds = smtp.messages.map((m) => m.messageId);
    expect(new Set(messageIds).size).toBe(200);
    expect(messageIds).toHaveLength(200);
    expect(await db.emailOutbox.count({ where: { id: { in: ids }, status: "sent" } })).toBe(200);
  }, 180_000); // 200 rendered mails: CPU-bound, slow when the machine is busy (it took over 60 s under load 26)

  it("resends with the same Message-ID when a sender died holding a row", async () => {
    smtp = await startSmtp();
    const id = await enqueue("manage-link", samples["manage-link"]);
    await db.emailOutbox.update({ where: { id }, data: { status: "sending", lockedBy: "crashed", lockedUntil: new Date(Date.now() - 1000), attempts: 1 } });
    expect((await deliverPending({ onlyIds: [id], delivery: smtpDelivery(smtp.url) })).sent).toBe(1);
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(smtp.messages[0].messageId).toBe(row.messageId);
  });

  it("keeps names with CR/LF, commas and quotes inside their header", async () => {
    smtp = await startSmtp();
    const id = await enqueue("broadcast", { ...samples.broadcast, subject: "Hallo\r\nBcc: evil@example.org" }, "de", "victim@example.org", 'Müller, "Jörg"\r\nBcc: evil@example.org');
    await deliverPending({ onlyIds: [id], delivery: smtpDelivery(smtp.url) });
    const [mail] = smtp.messages;
    expect(mail.headers.has("bcc")).toBe(false);
    expect(mail.subject).toBe("Hallo Bcc: evil@example.org");
    const to = mail.to as { value: { name: string; address: string }[] };
    expect(to.value).toEqual([{ name: 'Müller, "Jörg" Bcc: evil@example.org', address: "victim@example.org" }]);
    const headerSection = smtp.raw[0].split(/\r?\n\r?\n/)[0];
    expect(headerSection).not.toMatch(/^Bcc:/im);
  });

  it("stores the complete message in the development mailbox when no SMTP server is configured", async () => {
    const id = await enqueue("registration-received", samples["registration-received"]);
    await deliverPending({ onlyIds: [id], delivery: devMailboxDelivery });
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    const stored = await db.devMailboxMessage.findFirstOrThrow({ where: { messageId: row.messageId } });
    expect(stored.subject).toMatch(/^Anmeldung bestätigt/);
    expect(stored.raw).toMatch(/Content-Type: text\/calendar/i);
    // The mailbox's sandboxed frame cannot resolve cid: references: the QR code is inlined there,
    // while the message as sent keeps it as an attachment referenced by Content-ID.
    expect(stored.html).not.toContain("cid:checkin-qr@tagung");
    expect(stored.html).toMatch(/<img[^>]+src="data:image\/png;base64,[A-Za-z0-9+/=]{100,}"/);
    expect(stored.raw).toMatch(/Content-ID: <checkin-qr@tagung>/i);
  });
});
