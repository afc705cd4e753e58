import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as certificateGet } from "@/app/api/registrations/[token]/certificate.pdf/route";
import { checkInAttendee } from "@/lib/attendees/check-in";
import { certificateAvailability } from "@/lib/certificates/queries";
import { issueCertificate } from "@/lib/certificates/issue-certificate";
import { certificateSettingsSchema } from "@/lib/certificates/schema";
import { updateCertificateSettings } from "@/lib/certificates/update-certificate-settings";
import { lookUpCertificate, verifyCertificate } from "@/lib/certificates/verify-certificate";
import { db } from "@/lib/db";
import { eraseRegistration } from "@/lib/privacy/erase-registration";
import { exportRegistration } from "@/lib/privacy/export-registration";
import { registerAttendee } from "../helpers/register";
import { createConference, createSession, uniq } from "../helpers/fixtures";
import { pdfText } from "../helpers/pdf";

const saved = { RATE_LIMIT: process.env.RATE_LIMIT, RATE_LIMIT_VERIFY_PER_IP: process.env.RATE_LIMIT_VERIFY_PER_IP, APP_URL: process.env.APP_URL };
beforeAll(() => {
  process.env.RATE_LIMIT = "off";
  process.env.APP_URL = "https://tagung.example.org";
});
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});
afterEach(() => {
  process.env.RATE_LIMIT = "off";
  if (saved.RATE_LIMIT_VERIFY_PER_IP === undefined) delete process.env.RATE_LIMIT_VERIFY_PER_IP;
  else process.env.RATE_LIMIT_VERIFY_PER_IP = saved.RATE_LIMIT_VERIFY_PER_IP;
});

const JUERGEN = "Jürgen Müller-Lüdenscheidt";
const ctx = (token: string) => ({ params: Promise.resolve({ token }) });
const get = (token: string) => certificateGet(new Request(`http://test/api/registrations/${token}/certificate.pdf`), ctx(token));
const pdfOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

/**
 * A conference (Berlin) with three sessions on 11 March 2027: 09:00–10:30, 10:00–11:00 (overlaps
 * the first) and 14:00–15:00, certificates offered; registrations while it is ahead, then it is
 * moved to have ended an hour ago (times shifted together) unless `ended: false`.
 */
async function setup(options: { ended?: boolean; enabled?: boolean } = {}) {
  const startsAt = new Date("2027-03-11T07:00:00Z");
  const { conference, host } = await createConference({ startsAt, endsAt: new Date("2027-03-11T17:00:00Z"), registrationOpensAt: new Date("2020-01-01T00:00:00Z") });
  await db.conference.update({ where: { id: conference.id }, data: { certificatesEnabled: options.enabled ?? true, certificateSignatory: "Dr. Anna Beispiel\nGeschäftsführung" } });
  const morning = await createSession(conference, host.id, { title: "Digitale Schule gestalten", startsAt: new Date("2027-03-11T08:00:00Z"), minutes: 90 });
  const overlap = await createSession(conference, host.id, { title: "Überlappende Werkstatt", startsAt: new Date("2027-03-11T09:00:00Z"), minutes: 60 });
  const afternoon = await createSession(conference, host.id, { title: "Inklusion im Ganztag", startsAt: new Date("2027-03-11T13:00:00Z"), minutes: 60 });
  const owner = await db.user.create({ data: { email: `${uniq("owner")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
  const register = async (name: string, locale: "de" | "en" = "de") => {
    const result = await registerAttendee({ conferenceSlug: conference.slug, now: new Date("2027-01-05T10:00:00Z"), input: { name, email: `${uniq("p")}@example.org`, organisation: "Oberschule Lößnitz", consent: true, sessionIds: [morning.id, afternoon.id], locale } });
    const row = await db.registration.findUniqueOrThrow({ where: { id: result.registration.id } });
    return { ...row, token: result.manageToken! };
  };
  const checkIn = (code: string) => checkInAttendee({ conferenceId: conference.id, code, actor: { userId: owner.id }, now: new Date("2027-03-11T07:45:00Z") });
  const end = async () => {
    // Shift the whole conference so it ended an hour ago (the route reads the real clock).
    const shift = Date.now() - 3600_000 - conference.endsAt.getTime();
    const move = (d: Date) => new Date(d.getTime() + shift);
    await db.conference.update({ where: { id: conference.id }, data: { startsAt: move(conference.startsAt), endsAt: move(conference.endsAt) } });
    for (const s of [morning, overlap, afternoon]) await db.session.update({ where: { id: s.id }, data: { startsAt: move(s.startsAt), endsAt: move(s.endsAt) } });
  };
  return { conference, host, owner, sessions: { morning, overlap, afternoon }, register, checkIn, end };
}

describe("attendance certificates", () => {
  it("a checked-in attendee downloads a German certificate after the end: name with umlauts, conference, sessions with Berlin times, total hours, signatory and verification code; the code stays the same", async () => {
    const s = await setup();
    const juergen = await s.register(JUERGEN);
    await s.checkIn(juergen.checkInCode);
    // Times as they were (in Berlin: 09:00–10:30 and 14:00–15:00), checked against the rendering
    // before the conference is moved into the past.
    const { downloadCertificate } = await import("@/lib/certificates/download-certificate");
    const early = await downloadCertificate({ registrationId: juergen.id, now: new Date("2027-03-11T18:00:00Z") });
    expect(early.ok).toBe(true);
    const text = pdfText(early.ok ? early.pdf : new Uint8Array());
    expect(text).toContain("Teilnahmebescheinigung");
    expect(text).toContain(JUERGEN);
    expect(text).toContain("Oberschule Lößnitz");
    expect(text).toContain("Testkonferenz");
    expect(text).toContain("11. März 2027");
    expect(text).toContain("Haus der Tests, Teststraße 1, 04109 Leipzig");
    expect(text).toContain("09:00–10:30");
    expect(text).toContain("14:00–15:00");
    expect(text).toContain("Digitale Schule gestalten");
    expect(text).toContain("Inklusion im Ganztag");
    expect(text).not.toContain("Überlappende Werkstatt");
    expect(text).toContain("Gesamtumfang: 2,5 Zeitstunden");
    expect(text).not.toContain("überschneidende");
    expect(text).toContain("Dr. Anna Beispiel Geschäftsführung");
    expect(text).toContain(`Veranstaltet von: Host ${s.host.slug} (Veranstalter)`);
    const row = await db.certificate.findUniqueOrThrow({ where: { registrationId: juergen.id } });
    expect(row.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
    expect(row).toMatchObject({ hours: 2.5, manual: false });
    expect(text).toContain(`https://tagung.example.org/verify/${row.code}`);
    expect(text).toContain(`Prüfcode: ${row.code.slice(0, 5)}-${row.code.slice(5)}`);

    await s.end();
    const response = await get(juergen.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain(`teilnahmebescheinigung-${s.conference.slug}.pdf`);
    expect(pdfText(await pdfOf(response))).toContain(`/verify/${row.code}`);
    expect(await db.certificate.count({ where: { registrationId: juergen.id } })).toBe(1);
  });

  it("in English for an English registration; session check-ins at the door decide which sessions count, overlapping times counted once", async () => {
    const s = await setup();
    const person = await s.register("Zoë Weiß", "en");
    // Seen at two overlapping doors (09:00–10:30 and 10:00–11:00) but not at the booked afternoon session.
    await db.sessionCheckIn.createMany({ data: [{ registrationId: person.id, sessionId: s.sessions.morning.id }, { registrationId: person.id, sessionId: s.sessions.overlap.id }] });
    await s.end();
    const response = await get(person.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("certificate-of-attendance");
    const text = pdfText(await pdfOf(response));
    expect(text).toContain("Certificate of attendance");
    expect(text).toContain("Zoë Weiß");
    expect(text).toContain("Digitale Schule gestalten");
    expect(text).toContain("Überlappende Werkstatt");
    expect(text).not.toContain("Inklusion im Ganztag");
    expect(text).toContain("Total: 2 hours");
    // The rows (1.5 + 1) do not add up to the total: the PDF says why.
    expect(text).toContain("The total counts sessions that overlap in time once");
    expect(text).toContain("Verification code:");
  });

  it("answers 409 with the reason: not offered, not ended, not attended; an unknown link is 404", async () => {
    const off = await setup({ enabled: false });
    const a = await off.register("Anna Aus");
    await off.checkIn(a.checkInCode);
    await off.end();
    expect(await (await get(a.token)).json()).toMatchObject({ error: "conflict", reason: "not_offered" });

    const ahead = await setup();
    const b = await ahead.register("Bernd Bald");
    await ahead.checkIn(b.checkInCode);
    const early = await get(b.token);
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ error: "conflict", reason: "not_ended" });

    const missed = await setup();
    const c = await missed.register("Carla Nichtda");
    await missed.end();
    const absent = await get(c.token);
    expect(absent.status).toBe(409);
    expect(await absent.json()).toMatchObject({ error: "conflict", reason: "not_attended" });
    expect(await certificateAvailability(c.id)).toEqual({ available: false, reason: "not_attended" });
    expect(await db.certificate.count({ where: { registrationId: { in: [a.id, b.id, c.id] } } })).toBe(0);

    expect((await get("A".repeat(43))).status).toBe(404);
  });

  it("someone checked in at the entrance who booked no sessions gets a certificate that claims no hours", async () => {
    const s = await setup();
    const result = await registerAttendee({ conferenceSlug: s.conference.slug, now: new Date("2027-01-05T10:00:00Z"), input: { name: "Ole Ohneplan", email: `${uniq("o")}@example.org`, consent: true } });
    const row = await db.registration.findUniqueOrThrow({ where: { id: result.registration.id } });
    await s.checkIn(row.checkInCode);
    await s.end();
    expect(await certificateAvailability(row.id)).toEqual({ available: true, hours: 0 });
    const text = pdfText(await pdfOf(await get(result.manageToken!)));
    expect(text).toContain("Ole Ohneplan");
    expect(text).toContain("einzelne Programmpunkte wurden nicht erfasst");
    expect(text).not.toContain("Gesamtumfang");
  });

  it("the verification lookup shows name, conference and hours for a real code (typed in lower case with a dash too) and nothing for unknown or malformed codes", async () => {
    const s = await setup();
    const juergen = await s.register(JUERGEN);
    await s.checkIn(juergen.checkInCode);
    await s.end();
    expect((await get(juergen.token)).status).toBe(200);
    const { code } = await db.certificate.findUniqueOrThrow({ where: { registrationId: juergen.id } });
    expect(await verifyCertificate(code)).toEqual({ name: JUERGEN, conference: "Testkonferenz", hours: 2.5, code });
    expect(await verifyCertificate(`${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`)).toMatchObject({ name: JUERGEN });
    const unknown = code.startsWith("2") ? `3${code.slice(1)}` : `2${code.slice(1)}`;
    expect(await verifyCertificate(unknown)).toBeNull();
    expect(await verifyCertificate("0O1IL")).toBeNull();
    expect(await verifyCertificate("'; DROP TABLE")).toBeNull();
  });

  it("lookups are rate-limited per client address", async () => {
    process.env.RATE_LIMIT = "on";
    process.env.RATE_LIMIT_VERIFY_PER_IP = "3";
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}-${uniq("ip")}`;
    const now = Date.now();
    for (let i = 0; i < 3; i++) expect((await lookUpCertificate({ code: "ABCDEFGHJK", ip, now })).status).toBe("not_found");
    expect((await lookUpCertificate({ code: "ABCDEFGHJK", ip, now })).status).toBe("rate_limited");
    expect((await lookUpCertificate({ code: "ABCDEFGHJK", ip: `${ip}-other`, now })).status).toBe("not_found");
  });

  it("an organiser issues a certificate by hand for a missed check-in: audited, booked sessions count, then downloadable; not twice; viewers may not", async () => {
    const s = await setup();
    const missed = await s.register("Dörte Vergessen");
    await s.end();
    expect((await get(missed.token)).status).toBe(409);
    const viewer = await db.user.create({ data: { email: `${uniq("viewer")}@example.org`, memberships: { create: { hostId: s.host.id, role: "viewer" } } } });
    await expect(issueCertificate({ input: { conferenceId: s.conference.id, registrationId: missed.id }, actor: { userId: viewer.id } })).rejects.toMatchObject({ code: "forbidden" });

    const issued = await issueCertificate({ input: { conferenceId: s.conference.id, registrationId: missed.id }, actor: { userId: s.owner.id } });
    expect(issued).toMatchObject({ ok: true, hours: 2.5 });
    const row = await db.certificate.findUniqueOrThrow({ where: { registrationId: missed.id } });
    expect(row).toMatchObject({ manual: true, issuedById: s.owner.id, hours: 2.5 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: missed.id, action: "registration.certificate-issue" } });
    expect(audit).toMatchObject({ actorUserId: s.owner.id, conferenceId: s.conference.id, after: { manual: true, hours: 2.5 } });

    const response = await get(missed.token);
    expect(response.status).toBe(200);
    const text = pdfText(await pdfOf(response));
    expect(text).toContain("Dörte Vergessen");
    expect(text).toContain("Digitale Schule gestalten");
    expect(text).toContain("Gesamtumfang: 2,5 Zeitstunden");
    // The public page does not tell a hand-issued certificate apart.
    expect(await verifyCertificate(row.code)).toEqual({ name: "Dörte Vergessen", conference: "Testkonferenz", hours: 2.5, code: row.code });

    expect(await issueCertificate({ input: { conferenceId: s.conference.id, registrationId: missed.id }, actor: { userId: s.owner.id } })).toEqual({ ok: false, reason: "already_issued" });
    const other = await setup({ enabled: false });
    const p = await other.register("Paul Ohne");
    expect(await issueCertificate({ input: { conferenceId: other.conference.id, registrationId: p.id }, actor: { userId: other.owner.id } })).toEqual({ ok: false, reason: "not_offered" });
    // A registration of another conference is not found through this one.
    await expect(issueCertificate({ input: { conferenceId: s.conference.id, registrationId: p.id }, actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "not_found" });
  });

  it("settings are a partial update: absent keeps, null clears the signatory; each change is audited", async () => {
    const s = await setup({ enabled: false });
    const update = (input: unknown) => updateCertificateSettings({ actor: { userId: s.owner.id }, input: certificateSettingsSchema.parse(input) });
    expect(await update({ conferenceId: s.conference.id, certificatesEnabled: true })).toEqual({ changed: ["certificatesEnabled"] });
    let row = await db.conference.findUniqueOrThrow({ where: { id: s.conference.id } });
    expect(row).toMatchObject({ certificatesEnabled: true, certificateSignatory: "Dr. Anna Beispiel\nGeschäftsführung" });
    expect(await update({ conferenceId: s.conference.id, certificateSignatory: "Prof. Jörg Lämmle" })).toEqual({ changed: ["certificateSignatory"] });
    expect(await update({ conferenceId: s.conference.id, certificateSignatory: "Prof. Jörg Lämmle", certificatesEnabled: true })).toEqual({ changed: [] });
    expect(await update({ conferenceId: s.conference.id, certificateSignatory: null })).toEqual({ changed: ["certificateSignatory"] });
    row = await db.conference.findUniqueOrThrow({ where: { id: s.conference.id } });
    expect(row).toMatchObject({ certificatesEnabled: true, certificateSignatory: null });
    expect(await db.auditLog.count({ where: { conferenceId: s.conference.id, action: "conference.certificates" } })).toBe(3);
    expect(certificateSettingsSchema.safeParse({ conferenceId: s.conference.id, certificateSignatory: "x".repeat(501) }).success).toBe(false);
  });

  it("erasing the attendee's data withdraws the certificate: its code then verifies as not found", async () => {
    const s = await setup();
    const juergen = await s.register(JUERGEN);
    await s.checkIn(juergen.checkInCode);
    await s.end();
    expect((await get(juergen.token)).status).toBe(200);
    const { code } = await db.certificate.findUniqueOrThrow({ where: { registrationId: juergen.id } });
    expect(await verifyCertificate(code)).not.toBeNull();
    // The attendee's data export names it while it exists.
    expect((await exportRegistration(juergen.id))?.certificate).toMatchObject({ code, hours: 2.5, manual: false });
    await eraseRegistration({ registrationId: juergen.id, actor: "attendee" });
    expect(await verifyCertificate(code)).toBeNull();
    expect(await db.certificate.count({ where: { code } })).toBe(0);
  });
});
