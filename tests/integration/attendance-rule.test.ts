/**
 * One rule for "sessions attended" (lib/attendees/attended-sessions.ts): the certificate (rows,
 * total, stored hours the verification page shows, the manage page's figure), the thank-you mail's
 * list and feedback eligibility must agree for every person.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { checkInAttendee } from "@/lib/attendees/check-in";
import { downloadCertificate } from "@/lib/certificates/download-certificate";
import { issueCertificate } from "@/lib/certificates/issue-certificate";
import { certificateAvailability } from "@/lib/certificates/queries";
import { verifyCertificate } from "@/lib/certificates/verify-certificate";
import { db } from "@/lib/db";
import { feedbackFormFor } from "@/lib/feedback/queries";
import { submitFeedback } from "@/lib/feedback/submit-feedback";
import { renderEmail } from "@/lib/mail/render";
import { runReminders } from "@/lib/reminders/run-reminders";
import { registerAttendee } from "../helpers/register";
import { createConference, createSession, uniq } from "../helpers/fixtures";
import { pdfText } from "../helpers/pdf";

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
  process.env.APP_URL = "https://tagung.example.org";
});

const AFTER = new Date("2027-03-11T18:00:00Z");
const DURING = new Date("2027-03-11T07:45:00Z");

/** Sessions (Berlin) 09:00–10:30 "Digitale Schule", 14:00–15:00 "Inklusion", and "Werkstatt" 11:00–12:00; everyone books all three. */
async function setup() {
  const { conference, host } = await createConference({ startsAt: new Date("2027-03-11T07:00:00Z"), endsAt: new Date("2027-03-11T17:00:00Z"), registrationOpensAt: new Date("2020-01-01T00:00:00Z") });
  await db.conference.update({ where: { id: conference.id }, data: { certificatesEnabled: true } });
  const morning = await createSession(conference, host.id, { title: "Digitale Schule", startsAt: new Date("2027-03-11T08:00:00Z"), minutes: 90 });
  const workshop = await createSession(conference, host.id, { title: "Werkstatt", startsAt: new Date("2027-03-11T10:00:00Z"), minutes: 60 });
  const afternoon = await createSession(conference, host.id, { title: "Inklusion", startsAt: new Date("2027-03-11T13:00:00Z"), minutes: 60 });
  const owner = await db.user.create({ data: { email: `${uniq("owner")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
  const register = async (name: string) => {
    const result = await registerAttendee({ conferenceSlug: conference.slug, now: new Date("2027-01-05T10:00:00Z"), input: { name, email: `${uniq("p")}@example.org`, consent: true, sessionIds: [morning.id, workshop.id, afternoon.id] } });
    return { ...(await db.registration.findUniqueOrThrow({ where: { id: result.registration.id } })), token: result.manageToken! };
  };
  const checkIn = (code: string, sessionId?: string) => checkInAttendee({ conferenceId: conference.id, code, sessionId, actor: { userId: owner.id }, now: DURING });
  return { conference, owner, sessions: { morning, workshop, afternoon }, register, checkIn };
}

/** What every consumer says about one person, after the conference. */
async function views(person: { id: string; token: string }, conferenceId: string, sessionIds: string[]) {
  const certificate = await downloadCertificate({ registrationId: person.id, now: AFTER });
  if (!certificate.ok) throw new Error(certificate.reason);
  const text = pdfText(certificate.pdf);
  const row = await db.certificate.findUniqueOrThrow({ where: { registrationId: person.id } });
  const mailRow = await db.emailOutbox.findFirst({ where: { conferenceId, registrationId: person.id, kind: "thank-you" } });
  const mail = mailRow ? String((await renderEmail(mailRow)).text) : null;
  const feedback: Record<string, string> = {};
  for (const sessionId of sessionIds) {
    const outcome = await submitFeedback({ token: person.token, input: { sessionId, rating: 4 }, now: AFTER });
    feedback[sessionId] = outcome.ok ? "ok" : outcome.reason;
  }
  const form = (await feedbackFormFor(person.token, AFTER))?.sessions.map((s) => s.id);
  return { text, hours: row.hours, verified: (await verifyCertificate(row.code))?.hours, manage: await certificateAvailability(person.id, AFTER), mail, feedback, form };
}

describe("one rule for the sessions a person attended", () => {
  it("a conference that scanned at doors: seen only at the entrance means no sessions anywhere; door scans count in the certificate, the thank-you mail and feedback alike", async () => {
    const s = await setup();
    const { morning, workshop, afternoon } = s.sessions;
    const entranceOnly = await s.register("Ernst Eingang");
    const scanned = await s.register("Ada Türscan");
    await s.checkIn(entranceOnly.checkInCode);
    await s.checkIn(scanned.checkInCode, morning.id);
    await s.checkIn(scanned.checkInCode, workshop.id);
    // The workshop was taken off the programme afterwards (back to draft): it took place for nobody.
    await db.session.update({ where: { id: workshop.id }, data: { status: "draft" } });
    await runReminders({ now: AFTER, conferenceIds: [s.conference.id] });
    const ids = [morning.id, workshop.id, afternoon.id];

    const ernst = await views(entranceOnly, s.conference.id, ids);
    // Present (a certificate), but no session and no hours: not every booked session's.
    expect(ernst.text).toContain("Ernst Eingang");
    expect(ernst.text).not.toMatch(/Digitale Schule|Inklusion|Werkstatt/);
    expect(ernst.text).not.toContain("Gesamtumfang");
    expect({ hours: ernst.hours, verified: ernst.verified, manage: ernst.manage }).toEqual({ hours: 0, verified: 0, manage: { available: true, hours: 0 } });
    expect(ernst.mail).not.toBeNull();
    expect(ernst.mail).not.toMatch(/Digitale Schule|Inklusion|Werkstatt/);
    expect(ernst.feedback).toEqual({ [morning.id]: "not_attended", [workshop.id]: "not_attended", [afternoon.id]: "not_attended" });
    expect(ernst.form).toEqual([]);

    const ada = await views(scanned, s.conference.id, ids);
    expect(ada.text).toContain("Digitale Schule");
    expect(ada.text).not.toMatch(/Inklusion|Werkstatt/);
    expect(ada.text).toContain("Gesamtumfang: 1,5 Zeitstunden");
    expect({ hours: ada.hours, verified: ada.verified, manage: ada.manage }).toEqual({ hours: 1.5, verified: 1.5, manage: { available: true, hours: 1.5 } });
    expect(ada.mail).toContain("Digitale Schule");
    expect(ada.mail).not.toMatch(/Inklusion|Werkstatt/);
    expect(ada.feedback).toEqual({ [morning.id]: "ok", [workshop.id]: "not_attended", [afternoon.id]: "not_attended" });
    expect(ada.form).toEqual([morning.id]);
  });

  it("a conference that never scanned at doors: a person checked in at the entrance attended their confirmed, scheduled sessions, everywhere; someone never checked in attended none", async () => {
    const s = await setup();
    const { morning, workshop, afternoon } = s.sessions;
    const bea = await s.register("Bea Eingang");
    const absent = await s.register("Nora Nichtda");
    await s.checkIn(bea.checkInCode);
    await db.session.update({ where: { id: workshop.id }, data: { status: "draft" } });
    await runReminders({ now: AFTER, conferenceIds: [s.conference.id] });

    const v = await views(bea, s.conference.id, [morning.id, workshop.id, afternoon.id]);
    expect(v.text).toMatch(/Digitale Schule[\s\S]*Inklusion/);
    expect(v.text).not.toContain("Werkstatt");
    expect(v.text).toContain("Gesamtumfang: 2,5 Zeitstunden");
    expect({ hours: v.hours, verified: v.verified, manage: v.manage }).toEqual({ hours: 2.5, verified: 2.5, manage: { available: true, hours: 2.5 } });
    expect(v.mail).toMatch(/Digitale Schule[\s\S]*Inklusion/);
    expect(v.mail).not.toContain("Werkstatt");
    expect(v.feedback).toEqual({ [morning.id]: "ok", [workshop.id]: "not_attended", [afternoon.id]: "ok" });

    expect(await downloadCertificate({ registrationId: absent.id, now: AFTER })).toEqual({ ok: false, reason: "not_attended" });
    expect((await submitFeedback({ token: absent.token, input: { sessionId: morning.id, rating: 3 }, now: AFTER })).ok).toBe(false);
  });

  it("a certificate issued by hand vouches for the person: their booked sessions count on it and for feedback, even where doors were scanned", async () => {
    const s = await setup();
    const { morning, afternoon } = s.sessions;
    const missed = await s.register("Dörte Vergessen");
    const other = await s.register("Ada Türscan");
    await s.checkIn(other.checkInCode, morning.id);
    const issued = await issueCertificate({ input: { conferenceId: s.conference.id, registrationId: missed.id }, actor: { userId: s.owner.id }, now: AFTER });
    expect(issued).toMatchObject({ ok: true, hours: 3.5 });
    await runReminders({ now: AFTER, conferenceIds: [s.conference.id] });
    const v = await views(missed, s.conference.id, [morning.id, afternoon.id]);
    expect(v.text).toContain("Gesamtumfang: 3,5 Zeitstunden");
    expect(v.verified).toBe(3.5);
    expect(v.feedback).toEqual({ [morning.id]: "ok", [afternoon.id]: "ok" });
    // The thank-you mail (with the certificate and feedback links) reaches them too, listing those sessions.
    expect(v.mail).toMatch(/Digitale Schule[\s\S]*Inklusion/);
  });
});

describe("certificate rows and total", () => {
  it("a door scan recorded after the first download: the next PDF's rows and total both include it, and the verification page's hours follow", async () => {
    const s = await setup();
    const { morning, afternoon } = s.sessions;
    const ada = await s.register("Ada Türscan");
    await s.checkIn(ada.checkInCode, morning.id);
    const first = await downloadCertificate({ registrationId: ada.id, now: AFTER });
    expect(first.ok && pdfText(first.pdf)).toContain("Gesamtumfang: 1,5 Zeitstunden");
    const { code } = await db.certificate.findUniqueOrThrow({ where: { registrationId: ada.id } });
    expect((await verifyCertificate(code))?.hours).toBe(1.5);

    // The afternoon door's list was typed in the next morning.
    await s.checkIn(ada.checkInCode, afternoon.id);
    const second = await downloadCertificate({ registrationId: ada.id, now: AFTER });
    const text = second.ok ? pdfText(second.pdf) : "";
    expect(text).toMatch(/Digitale Schule[\s\S]*Inklusion/);
    expect(text).toContain("Gesamtumfang: 2,5 Zeitstunden");
    expect(await db.certificate.findUniqueOrThrow({ where: { registrationId: ada.id } })).toMatchObject({ code, hours: 2.5 });
    expect((await verifyCertificate(code))?.hours).toBe(2.5);
    expect(await certificateAvailability(ada.id, AFTER)).toEqual({ available: true, hours: 2.5 });
  });
});
