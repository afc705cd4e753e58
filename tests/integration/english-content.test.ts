/**
 * Issue 14 §4: English texts entered by organisers reach the English API, calendar files and
 * emails; where none is entered, the German text is used (and marked as German in HTML).
 */
import { describe, expect, it } from "vitest";
import { GET as getConference } from "@/app/api/conferences/[slug]/route";
import { GET as conferenceIcs } from "@/app/api/conferences/[slug]/calendar.ics/route";
import { GET as sessionIcs } from "@/app/api/sessions/[id]/calendar.ics/route";
import { db } from "@/lib/db";
import { checkInAttendee } from "@/lib/attendees/check-in";
import { renderEmail } from "@/lib/mail/render";
import { previewReminder } from "@/lib/reminders/preview-reminder";
import { runReminders } from "@/lib/reminders/run-reminders";
import { findRegistrationByToken, registrationView } from "@/lib/registrations/queries";
import { registerAttendee } from "../helpers/register";
import { createConference, createSession, uniq } from "../helpers/fixtures";

async function bilingualConference() {
  const { conference, host, rooms } = await createConference();
  await db.conference.update({ where: { id: conference.id }, data: { titleEn: "Test conference", subtitle: "Untertitel", subtitleEn: "Subtitle", description: "Beschreibung", descriptionEn: "" } });
  await db.room.update({ where: { id: rooms[0].id }, data: { description: "Erdgeschoss", descriptionEn: "Ground floor" } });
  const translated = await createSession(conference, host.id, { title: "Eröffnung", roomId: rooms[0].id, offsetMinutes: 60 });
  await db.session.update({ where: { id: translated.id }, data: { titleEn: "Opening", abstract: "Worum es geht", abstractEn: "What it is about" } });
  const german = await createSession(conference, host.id, { title: "Werkstatt Bildungsmonitoring", offsetMinutes: 180 });
  return { conference, host, translated, german };
}

const api = (slug: string, query = "") => getConference(new Request(`http://test/api/conferences/${slug}${query}`), { params: Promise.resolve({ slug }) });
const ics = async (response: Response) => (await response.text()).replace(/\r\n[ \t]/g, "");

describe("GET /api/conferences/{slug} with a locale", () => {
  it("?locale=en gives the English texts and the German ones where none is entered, saying which", async () => {
    const { conference, translated, german } = await bilingualConference();
    const body = await (await api(conference.slug, "?locale=en")).json();
    expect(body).toMatchObject({ locale: "en", title: "Test conference", titleLang: "en", subtitle: "Subtitle", description: "Beschreibung" });
    expect(body.url).toMatch(new RegExp(`/en/conferences/${conference.slug}$`));
    expect(body.rooms[0]).toMatchObject({ description: "Ground floor" });
    const byId = Object.fromEntries(body.sessions.map((s: { id: string }) => [s.id, s]));
    expect(byId[translated.id]).toMatchObject({ title: "Opening", titleLang: "en", abstract: "What it is about" });
    expect(byId[translated.id].calendarUrl).toMatch(/calendar\.ics\?locale=en$/);
    expect(byId[german.id]).toMatchObject({ title: "Werkstatt Bildungsmonitoring", titleLang: "de" });
  });

  it("without a locale stays German, as before", async () => {
    const { conference, translated } = await bilingualConference();
    const body = await (await api(conference.slug)).json();
    expect(body).toMatchObject({ locale: "de", title: "Testkonferenz", subtitle: "Untertitel" });
    expect(body.sessions.find((s: { id: string }) => s.id === translated.id)).toMatchObject({ title: "Eröffnung", abstract: "Worum es geht" });
  });
});

describe("calendar files in English", () => {
  it("a session's .ics with ?locale=en has the English title and abstract and links the English page", async () => {
    const { translated } = await bilingualConference();
    const english = await ics(await sessionIcs(new Request(`http://test/api/sessions/${translated.id}/calendar.ics?locale=en`), { params: Promise.resolve({ id: translated.id }) }));
    expect(english).toContain("SUMMARY:Opening");
    expect(english).toContain("What it is about");
    expect(english).toContain("Test conference");
    expect(english).toMatch(/URL:.*\/en\/conferences\//);
    const german = await ics(await sessionIcs(new Request(`http://test/api/sessions/${translated.id}/calendar.ics`), { params: Promise.resolve({ id: translated.id }) }));
    expect(german).toContain("SUMMARY:Eröffnung");
    expect(german).not.toContain("Opening");
  });

  it("the conference's programme feed in English falls back to German titles where none is entered", async () => {
    const { conference } = await bilingualConference();
    const body = await ics(await conferenceIcs(new Request(`http://test/api/conferences/${conference.slug}/calendar.ics?locale=en`), { params: Promise.resolve({ slug: conference.slug }) }));
    expect(body).toContain("SUMMARY:Opening");
    expect(body).toContain("SUMMARY:Werkstatt Bildungsmonitoring");
    expect(body).toContain("X-WR-CALNAME:Test conference");
    // The German feed is cached separately and stays German.
    const german = await ics(await conferenceIcs(new Request(`http://test/api/conferences/${conference.slug}/calendar.ics`), { params: Promise.resolve({ slug: conference.slug }) }));
    expect(german).toContain("SUMMARY:Eröffnung");
    expect(german).toContain("X-WR-CALNAME:Testkonferenz");
  });
});

describe("emails in English", () => {
  it("the confirmation of an English registration names the English texts, the German fallback marked lang=\"de\"", async () => {
    const { conference, translated, german } = await bilingualConference();
    const result = await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Ada Example", email: `${uniq("ada")}@example.org`, consent: true, locale: "en", sessionIds: [translated.id, german.id] } });
    const rows = await db.emailOutbox.findMany({ where: { registrationId: result.registration.id }, orderBy: { createdAt: "asc" } });
    const confirmation = rows.find((r) => r.kind === "registration-received")!;
    const mail = await renderEmail(confirmation);
    expect(mail.subject).toContain("Test conference");
    expect(mail.text).toContain("Opening");
    expect(mail.text).toContain("Werkstatt Bildungsmonitoring");
    expect(String(mail.html)).toMatch(/<p[^>]*lang="de"[^>]*>Werkstatt Bildungsmonitoring<\/p>/);
    expect(String(mail.html)).not.toMatch(/lang="de"[^>]*>Opening/);
    // The calendar invites that follow carry the English texts too.
    const invites = await Promise.all(rows.filter((r) => r.kind === "calendar-invite").map((r) => renderEmail(r)));
    const calendars = [mail, ...invites].map((m) => String((m.icalEvent as { content: string } | undefined)?.content ?? "")).join("\n");
    expect(calendars).toContain("SUMMARY:Test conference");
    expect(calendars).toContain("SUMMARY:Opening");
  });

  it("a German registration's confirmation stays German", async () => {
    const { conference, translated } = await bilingualConference();
    const result = await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Bea Beispiel", email: `${uniq("bea")}@example.org`, consent: true, locale: "de", sessionIds: [translated.id] } });
    const confirmation = await db.emailOutbox.findFirstOrThrow({ where: { registrationId: result.registration.id, kind: "registration-received" } });
    const mail = await renderEmail(confirmation);
    expect(mail.subject).toContain("Testkonferenz");
    expect(mail.text).toContain("Eröffnung");
    // The whole mail is German (`<html lang="de">`); no text inside is marked as a different language.
    expect(String(mail.html)).not.toMatch(/<p[^>]*lang=/);
  });
});

describe("reminder and thank-you mail in English", () => {
  const HOUR = 3_600_000;
  const germanMarked = /<p[^>]*lang="de"[^>]*>Werkstatt Bildungsmonitoring<\/p>/;

  it("name the English session titles, the German fallback marked lang=\"de\"; German readers get German titles", async () => {
    const { conference, host, translated, german } = await bilingualConference();
    const register = (name: string, locale: string) => registerAttendee({ conferenceSlug: conference.slug, input: { name, email: `${uniq(name.toLowerCase())}@example.org`, consent: true, locale, sessionIds: [translated.id, german.id] } });
    const ada = await register("Ada", "en");
    const bea = await register("Bea", "de");
    const owner = await db.user.create({ data: { email: `${uniq("owner")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });

    await runReminders({ now: new Date(conference.startsAt.getTime() - 47 * HOUR), conferenceIds: [conference.id] });
    const reminderOf = async (registrationId: string) => renderEmail(await db.emailOutbox.findFirstOrThrow({ where: { registrationId, kind: "reminder" } }));
    const english = await reminderOf(ada.registration.id);
    expect(english.subject).toContain("Test conference");
    expect(english.text).toContain("Opening");
    expect(english.text).not.toContain("Eröffnung");
    expect(String(english.html)).toMatch(germanMarked);
    expect(String(english.html)).not.toMatch(/lang="de"[^>]*>Opening/);
    const germanReminder = await reminderOf(bea.registration.id);
    expect(germanReminder.text).toContain("Eröffnung");
    expect(String(germanReminder.html)).not.toMatch(/<p[^>]*lang=/);

    // The organisers' preview in English shows what Ada got.
    const [reminder] = await db.reminder.findMany({ where: { conferenceId: conference.id } });
    const preview = await previewReminder({ conferenceId: conference.id, reminderId: reminder.id, locale: "en", actor: { userId: owner.id } });
    expect(preview.html).toContain("Opening");
    expect(preview.html).toMatch(germanMarked);

    for (const r of [ada, bea]) {
      const { checkInCode } = await db.registration.findUniqueOrThrow({ where: { id: r.registration.id } });
      await checkInAttendee({ conferenceId: conference.id, code: checkInCode, actor: { userId: owner.id }, now: new Date(conference.startsAt.getTime() + HOUR) });
    }
    await runReminders({ now: new Date(conference.endsAt.getTime() + HOUR), conferenceIds: [conference.id] });
    const thanksOf = async (registrationId: string) => renderEmail(await db.emailOutbox.findFirstOrThrow({ where: { registrationId, kind: "thank-you" } }));
    const thanks = await thanksOf(ada.registration.id);
    expect(thanks.subject).toBe("Thank you for attending Test conference");
    expect(thanks.text).toContain("Opening");
    expect(thanks.text).not.toContain("Eröffnung");
    expect(String(thanks.html)).toMatch(germanMarked);
    const danke = await thanksOf(bea.registration.id);
    expect(danke.text).toContain("Eröffnung");
    expect(String(danke.html)).not.toMatch(/<p[^>]*lang=/);
  });
});

describe("the manage page's agenda", () => {
  it("lists English session titles on the English page, German ones on the German page (and where none is entered)", async () => {
    const { conference, translated, german } = await bilingualConference();
    const result = await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Cy Example", email: `${uniq("cy")}@example.org`, consent: true, locale: "en", sessionIds: [translated.id, german.id] } });
    const registration = await findRegistrationByToken(result.manageToken!);
    const titles = async (locale?: string) => Object.fromEntries((await registrationView(registration!, locale)).sessions.map((s) => [s.id, s.title]));
    expect(await titles("en")).toEqual({ [translated.id]: "Opening", [german.id]: "Werkstatt Bildungsmonitoring" });
    expect(await titles("de")).toEqual({ [translated.id]: "Eröffnung", [german.id]: "Werkstatt Bildungsmonitoring" });
    expect(await titles()).toEqual({ [translated.id]: "Eröffnung", [german.id]: "Werkstatt Bildungsmonitoring" });
  });
});
