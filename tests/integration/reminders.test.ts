import { GET as getCertificate } from "@/app/api/registrations/[token]/certificate.pdf/route";
import { beforeAll, describe, expect, it } from "vitest";
import { checkInAttendee } from "@/lib/attendees/check-in";
import { db } from "@/lib/db";
import { renderEmail } from "@/lib/mail/render";
import { unsealPayload } from "@/lib/mail/sealed";
import type { EmailPayloads } from "@/lib/mail/messages";
import { cancelRegistration } from "@/lib/registrations/cancel-registration";
import { registerAttendee } from "../helpers/register";
import { defaultReminderId } from "@/lib/reminders/defaults";
import { listReminders } from "@/lib/reminders/list-reminders";
import { previewReminder } from "@/lib/reminders/preview-reminder";
import { runReminders } from "@/lib/reminders/run-reminders";
import { removeReminder, saveReminder } from "@/lib/reminders/save-reminder";
import { reminderInput } from "@/lib/reminders/schema";
import { createConference, createHost, createSession, uniq } from "../helpers/fixtures";

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

const HOUR = 3_600_000;

/**
 * A conference starting at T with two seats: Anna and Bernd confirmed, Clara on the waiting list
 * and Dora cancelled, all five days before; Emil registers one day before, inside the reminder's window.
 */
async function scenario() {
  const startsAt = new Date(Date.UTC(2031, 4, 12, 7, 0) + Math.floor(Math.random() * 1000) * 60_000);
  const { conference, host, rooms } = await createConference({ startsAt, capacity: 2, registrationOpensAt: null });
  await db.conference.update({ where: { id: conference.id }, data: { venueName: "Stadthalle Merseburg", venueAddress: "Oberaltenburg 1, 06217 Merseburg" } });
  const session = await createSession(conference, host.id, { title: "Fachkräfte sichern", roomId: rooms[0].id, offsetMinutes: 90 });
  const early = new Date(startsAt.getTime() - 5 * 24 * HOUR);
  const register = (name: string, now: Date, locale = "de") =>
    registerAttendee({ conferenceSlug: conference.slug, locale, now, input: { name, email: `${uniq(name.toLowerCase())}@example.org`, consent: true, sessionIds: [session.id], locale } });
  const anna = await register("Anna", early);
  const bernd = await register("Bernd", early, "en");
  const clara = await register("Clara", early);
  const dora = await register("Dora", early);
  await cancelRegistration({ registrationId: dora.registration.id, actor: "attendee", now: early });
  const emil = await register("Emil", new Date(startsAt.getTime() - 24 * HOUR));
  const owner = await db.user.create({ data: { email: `${uniq("owner")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
  return { conference, host, session, startsAt, anna, bernd, clara, dora, emil, owner };
}

const remindersOf = (conferenceId: string) => db.emailOutbox.findMany({ where: { conferenceId, kind: "reminder" }, orderBy: { createdAt: "asc" } });

describe("reminders", () => {
  it("two schedulers running at once send the default reminder exactly once per person: never to cancelled or late registrations", async () => {
    const s = await scenario();
    const now = new Date(s.startsAt.getTime() - 47 * HOUR);
    const [first, second] = await Promise.all([runReminders({ now, conferenceIds: [s.conference.id] }), runReminders({ now, conferenceIds: [s.conference.id] })]);
    const sentBy = [...first.reminders, ...second.reminders].flatMap((r) => r.recipients.map((p) => p.registrationId));
    const mails = await remindersOf(s.conference.id);
    expect(mails).toHaveLength(sentBy.length);
    const expected = [s.anna, s.bernd, s.clara].map((r) => r.registration.id).sort();
    expect([...new Set(sentBy)].sort()).toEqual(expected);
    expect(mails.map((m) => m.registrationId).sort()).toEqual(expected);
    expect(await db.reminderDelivery.count({ where: { reminderId: defaultReminderId(s.conference.id) } })).toBe(3);
    // Dora cancelled, Emil registered inside the window: nothing for them, now or later.
    const again = await runReminders({ now: new Date(s.startsAt.getTime() - HOUR), conferenceIds: [s.conference.id] });
    expect(again.reminders).toEqual([]);
    expect(await remindersOf(s.conference.id)).toHaveLength(3);
    expect(await db.emailOutbox.count({ where: { kind: "reminder", registrationId: { in: [s.dora.registration.id, s.emil.registration.id] } } })).toBe(0);
  });

  it("is not due before its time nor after the conference has started", async () => {
    const s = await scenario();
    expect((await runReminders({ now: new Date(s.startsAt.getTime() - 49 * HOUR), conferenceIds: [s.conference.id] })).reminders).toEqual([]);
    expect((await runReminders({ now: new Date(s.startsAt.getTime() + HOUR), conferenceIds: [s.conference.id] })).reminders).toEqual([]);
    expect(await remindersOf(s.conference.id)).toHaveLength(0);
  });

  it("a registration cancelled after the list was read still gets nothing", async () => {
    const s = await scenario();
    await cancelRegistration({ registrationId: s.anna.registration.id, actor: "attendee", now: new Date(s.startsAt.getTime() - 50 * HOUR) });
    await runReminders({ now: new Date(s.startsAt.getTime() - 47 * HOUR), conferenceIds: [s.conference.id] });
    const mails = await remindersOf(s.conference.id);
    expect(mails.map((m) => m.registrationId)).not.toContain(s.anna.registration.id);
  });

  it("carries the agenda in the conference's zone, directions, QR code and sealed links; the waiting list gets its own version", async () => {
    const s = await scenario();
    await db.reminder.create({ data: { id: defaultReminderId(s.conference.id), conferenceId: s.conference.id, hoursBefore: 48, extraTextDe: "Parken im Hof.", extraTextEn: null } });
    await runReminders({ now: new Date(s.startsAt.getTime() - 47 * HOUR), conferenceIds: [s.conference.id] });
    const mails = await remindersOf(s.conference.id);
    const anna = mails.find((m) => m.registrationId === s.anna.registration.id)!;
    expect(JSON.stringify(anna.payload)).not.toMatch(/\/manage\/[A-Za-z0-9_-]{43}/);
    expect(JSON.stringify(anna.payload)).toContain("sealed:v1:");
    const rendered = await renderEmail(anna);
    const text = String(rendered.text);
    expect(rendered.subject).toMatch(/^Erinnerung: Testkonferenz am /);
    expect(text).toContain("Parken im Hof.");
    expect(text).toContain("Fachkräfte sichern");
    const start = new Date(s.session.startsAt);
    const berlin = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" }).format(start);
    expect(text).toContain(berlin);
    expect(text).toContain("https://www.openstreetmap.org/search?query=Oberaltenburg%201%2C%2006217%20Merseburg");
    expect(text).toMatch(/\/manage\/[A-Za-z0-9_-]{43}/);
    expect(text).toMatch(/webcal:\/\/[^ ]+\/api\/agenda\/[A-Za-z0-9_-]{43}\/calendar\.ics/);
    expect(rendered.attachments?.some((a) => a.cid === "checkin-qr@tagung")).toBe(true);
    const bernd = await renderEmail(mails.find((m) => m.registrationId === s.bernd.registration.id)!);
    // English reader, only a German extra text: the German one stands in.
    expect(bernd.subject).toMatch(/^Reminder: Testkonferenz on /);
    expect(String(bernd.text)).toContain("Parken im Hof.");
    const claraRow = mails.find((m) => m.registrationId === s.clara.registration.id)!;
    expect((unsealPayload(claraRow.payload) as EmailPayloads["reminder"]).status).toBe("waitlisted");
    const clara = await renderEmail(claraRow);
    expect(clara.subject).toMatch(/Warteliste/);
    expect(String(clara.text)).toMatch(/Auf der Warteliste zur Veranstaltung „Testkonferenz“ stehen Sie weiterhin auf Platz 1 /);
    expect(clara.attachments ?? []).toHaveLength(0);
  });

  it("organisers add, change and remove reminders; a removed default stays removed; dry runs write nothing", async () => {
    const s = await scenario();
    const partner = await createHost();
    await db.conferenceHost.create({ data: { conferenceId: s.conference.id, hostId: partner.id, role: "partner" } });
    const partnerOwner = await db.user.create({ data: { email: `${uniq("p")}@example.org`, memberships: { create: { hostId: partner.id, role: "owner" } } } });
    const listed = await listReminders({ conferenceId: s.conference.id, actor: { userId: s.owner.id } });
    expect(listed.reminders.map((r) => r.hoursBefore)).toEqual([48]);
    await expect(saveReminder({ input: reminderInput.parse({ conferenceId: s.conference.id, hoursBefore: 24 }), actor: { userId: partnerOwner.id } })).rejects.toMatchObject({ code: "forbidden" });
    const day = await saveReminder({ input: reminderInput.parse({ conferenceId: s.conference.id, hoursBefore: 24, extraTextEn: "Bring your badge." }), actor: { userId: s.owner.id } });
    await saveReminder({ input: reminderInput.parse({ conferenceId: s.conference.id, reminderId: day.id, hoursBefore: 6 }), actor: { userId: s.owner.id } });
    // Absent extra text stays; the audit row names the change.
    expect(await db.reminder.findUniqueOrThrow({ where: { id: day.id } })).toMatchObject({ hoursBefore: 6, extraTextEn: "Bring your badge." });
    expect(await db.auditLog.count({ where: { entityId: day.id, action: { in: ["conference.reminder.create", "conference.reminder.update"] } } })).toBe(2);
    await removeReminder({ input: { conferenceId: s.conference.id, reminderId: defaultReminderId(s.conference.id) }, actor: { userId: s.owner.id } });

    const dry = await runReminders({ now: new Date(s.startsAt.getTime() - 5 * HOUR), dryRun: true, conferenceIds: [s.conference.id] });
    expect(dry.reminders).toHaveLength(1);
    expect(dry.reminders[0]).toMatchObject({ reminderId: day.id, hoursBefore: 6 });
    // Emil registered a day before the start: late for the 48-hour reminder, in time for this one.
    expect(dry.reminders[0].recipients.map((p) => p.name).sort()).toEqual(["Anna", "Bernd", "Clara", "Emil"]);
    expect(dry.reminders[0].recipients.find((p) => p.name === "Clara")?.variant).toBe("waitlisted");
    expect(await db.reminderDelivery.count({ where: { reminderId: day.id } })).toBe(0);
    expect(await remindersOf(s.conference.id)).toHaveLength(0);

    await runReminders({ now: new Date(s.startsAt.getTime() - 5 * HOUR), conferenceIds: [s.conference.id] });
    expect(await db.reminder.count({ where: { conferenceId: s.conference.id, removedAt: null } })).toBe(1);
    expect(await remindersOf(s.conference.id)).toHaveLength(4);
  });

  it("previews the mail for a sample attendee with the QR code inline, in either language", async () => {
    const s = await scenario();
    const { reminders } = await listReminders({ conferenceId: s.conference.id, actor: { userId: s.owner.id } });
    const de = await previewReminder({ conferenceId: s.conference.id, reminderId: reminders[0].id, locale: "de", actor: { userId: s.owner.id } });
    expect(de.subject).toMatch(/^Erinnerung: Testkonferenz/);
    expect(de.html).toContain("Erika Mustermann");
    expect(de.html).toContain("data:image/png;base64,");
    expect(de.html).not.toContain("cid:");
    const en = await previewReminder({ conferenceId: s.conference.id, reminderId: reminders[0].id, locale: "en", waitlisted: true, actor: { userId: s.owner.id } });
    expect(en.subject).toMatch(/waiting list/);
    expect(await remindersOf(s.conference.id)).toHaveLength(0);
    const stranger = await db.user.create({ data: { email: `${uniq("x")}@example.org` } });
    await expect(previewReminder({ conferenceId: s.conference.id, reminderId: reminders[0].id, locale: "de", actor: { userId: stranger.id } })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("thank-you mail", () => {
  it("goes once to everyone who checked in, after the end, with the sessions they attended and sealed links", async () => {
    const s = await scenario();
    const duringConference = new Date(s.startsAt.getTime() + 2 * HOUR);
    await checkInAttendee({ conferenceId: s.conference.id, code: (await db.registration.findUniqueOrThrow({ where: { id: s.anna.registration.id } })).checkInCode, actor: { userId: s.owner.id }, now: duringConference });
    const before = await runReminders({ now: new Date(s.conference.endsAt.getTime() - HOUR), conferenceIds: [s.conference.id] });
    expect(before.thankYou).toEqual([]);
    const after = new Date(s.conference.endsAt.getTime() + HOUR);
    const tokens = () => db.registrationToken.groupBy({ by: ["kind"], where: { registrationId: s.anna.registration.id }, _count: { _all: true }, orderBy: { kind: "asc" } });
    const tokensBefore = await tokens();
    const [a, b] = await Promise.all([runReminders({ now: after, conferenceIds: [s.conference.id] }), runReminders({ now: after, conferenceIds: [s.conference.id] })]);
    expect([...a.thankYou, ...b.thankYou].flatMap((t) => t.recipients.map((r) => r.name))).toEqual(["Anna"]);
    // One new manage link for the mail; no calendar address, which the thank-you mail does not show.
    expect(await tokens()).toEqual(tokensBefore.map((t) => (t.kind === "manage" ? { ...t, _count: { _all: t._count._all + 1 } } : t)));
    const rows = await db.emailOutbox.findMany({ where: { conferenceId: s.conference.id, kind: "thank-you" } });
    expect(rows.map((r) => r.registrationId)).toEqual([s.anna.registration.id]);
    expect(JSON.stringify(rows[0].payload)).not.toMatch(/\/manage\/[A-Za-z0-9_-]{43}/);
    const mail = await renderEmail(rows[0]);
    expect(mail.subject).toBe("Danke für Ihre Teilnahme: Testkonferenz");
    // The conference never used door check-in: Anna's confirmed session counts as attended.
    expect(String(mail.text)).toContain("Fachkräfte sichern");
    expect(String(mail.text)).toMatch(/\/manage\/[A-Za-z0-9_-]{43}#feedback/);
    await runReminders({ now: new Date(after.getTime() + HOUR), conferenceIds: [s.conference.id] });
    expect(await db.emailOutbox.count({ where: { conferenceId: s.conference.id, kind: "thank-you" } })).toBe(1);
    // This conference offers no certificates: no certificate link.
    expect(String(mail.text)).not.toContain("certificate.pdf");
  });

  it("links the certificate, sealed, when the conference offers certificates", async () => {
    const s = await scenario();
    await db.conference.update({ where: { id: s.conference.id }, data: { certificatesEnabled: true } });
    await checkInAttendee({ conferenceId: s.conference.id, code: (await db.registration.findUniqueOrThrow({ where: { id: s.anna.registration.id } })).checkInCode, actor: { userId: s.owner.id }, now: new Date(s.startsAt.getTime() + HOUR) });
    await runReminders({ now: new Date(s.conference.endsAt.getTime() + HOUR), conferenceIds: [s.conference.id] });
    const row = await db.emailOutbox.findFirstOrThrow({ where: { conferenceId: s.conference.id, kind: "thank-you" } });
    expect(JSON.stringify(row.payload)).not.toMatch(/certificate\.pdf/);
    const mail = await renderEmail(row);
    const link = /https?:\/\/\S+\/api\/registrations\/([A-Za-z0-9_-]{43})\/certificate\.pdf/.exec(String(mail.text));
    expect(link).not.toBeNull();
    // The link works once the conference has ended in real time too (the scheduler ran with an injected clock).
    const early = await getCertificate(new Request(link![0]), { params: Promise.resolve({ token: link![1] }) });
    expect(await early.json()).toMatchObject({ reason: "not_ended" });
    const length = s.conference.endsAt.getTime() - s.conference.startsAt.getTime();
    await db.conference.update({ where: { id: s.conference.id }, data: { startsAt: new Date(Date.now() - length - HOUR), endsAt: new Date(Date.now() - HOUR) } });
    const response = await getCertificate(new Request(link![0]), { params: Promise.resolve({ token: link![1] }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
  });
});
