/**
 * Issue 14, organiser points 8–10: the attendee detail view (what it shows, to whom), corrections
 * and a resent manage link from there, the broadcast's test send to oneself, and sign-in under
 * another host than APP_URL's.
 */
import { createHash, randomBytes } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as authGet } from "@/app/api/auth/[...nextauth]/route";
import { attendeeDetail } from "@/lib/attendees/attendee-detail";
import { checkInAttendee } from "@/lib/attendees/check-in";
import { cancelAttendee } from "@/lib/attendees/cancel-attendee";
import { resendManageLink } from "@/lib/attendees/resend-manage-link";
import { sendBroadcast as sendBroadcastUseCase, broadcastInput } from "@/lib/attendees/send-broadcast";
import { sendBroadcastTest as sendBroadcastTestUseCase } from "@/lib/attendees/send-broadcast-test";
import { updateAttendee } from "@/lib/attendees/update-attendee";
import { parseAttendeeInput } from "@/lib/registrations/errors";
import { registrationUpdate } from "@/lib/registrations/schema";
import { db } from "@/lib/db";
import { registerAttendee } from "../helpers/register";
import { otherSignInHost } from "@/lib/sign-in-host";
import { createConference, createHost, createSession, uniq } from "../helpers/fixtures";
import { parsed } from "../helpers/parsed";

const sendBroadcast = parsed(broadcastInput, sendBroadcastUseCase);
const sendBroadcastTest = parsed(broadcastInput, sendBroadcastTestUseCase);

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});
afterEach(() => {
  process.env.RATE_LIMIT = "off";
});

async function user(hostId: string | null, role: "owner" | "editor" | "viewer" = "owner") {
  return db.user.create({ data: { email: `${uniq("u")}@example.org`, name: "Orga Nisatorin", ...(hostId ? { memberships: { create: { hostId, role } } } : {}) } });
}

/** A conference (Berlin time) with a question, an organiser session with one seat, a partner host with its own session, and two attendees. */
async function scenario() {
  const { conference, host } = await createConference({ timeZone: "Europe/Berlin", startsAt: new Date("2027-03-11T08:00:00Z"), endsAt: new Date("2027-03-12T16:00:00Z") });
  const partner = await createHost();
  await db.conferenceHost.create({ data: { conferenceId: conference.id, hostId: partner.id, role: "partner", position: 1 } });
  await db.registrationQuestion.create({
    data: { conferenceId: conference.id, key: "role", label: "In welcher Funktion nehmen Sie teil?", labelEn: "In which role?", type: "single_choice", position: 0, options: [{ value: "head", label: "Schulleitung", labelEn: "Head teacher" }, { value: "teacher", label: "Lehrkraft", labelEn: "Teacher" }] },
  });
  const workshop = await createSession(conference, host.id, { title: "Werkstatt Inklusion", startsAt: new Date("2027-03-11T13:00:00Z"), endsAt: new Date("2027-03-11T14:00:00Z"), capacity: 1 });
  const partnerSession = await createSession(conference, partner.id, { title: "Partnerforum", startsAt: new Date("2027-03-12T09:00:00Z"), endsAt: new Date("2027-03-12T10:00:00Z") });
  const anna = await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Anna Beispiel", email: `${uniq("anna")}@example.org`, consent: true, organisation: "Schule A", answers: { role: "head" }, sessionIds: [workshop.id] } });
  const bernd = await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Bernd Muster", email: `${uniq("bernd")}@example.org`, consent: true, answers: { role: "teacher" }, sessionIds: [workshop.id, partnerSession.id] } });
  const owner = await user(host.id, "owner");
  return { conference, host, partner, workshop, partnerSession, anna: anna.registration.id, bernd: bernd.registration.id, owner };
}

describe("attendee detail view", () => {
  it("shows every field, answers as labels, sessions with waiting-list place and door check-in, emails with kind and state, check-in and the history in human terms", async () => {
    const s = await scenario();
    const code = (await db.registration.findUniqueOrThrow({ where: { id: s.bernd } })).checkInCode;
    await checkInAttendee({ conferenceId: s.conference.id, code, actor: { userId: s.owner.id }, now: new Date("2027-03-11T08:05:00Z") });
    // Scanned at the door of his partner forum, and at one he did not choose (let in with a warning).
    await checkInAttendee({ conferenceId: s.conference.id, code, sessionId: s.partnerSession.id, actor: { userId: s.owner.id }, now: new Date("2027-03-12T08:58:00Z") });
    const evening = await createSession(s.conference, s.host.id, { title: "Abendgespräch", startsAt: new Date("2027-03-12T15:00:00Z"), endsAt: new Date("2027-03-12T16:00:00Z") });
    await checkInAttendee({ conferenceId: s.conference.id, code, sessionId: evening.id, actor: { userId: s.owner.id }, now: new Date("2027-03-12T15:01:00Z") });
    const detail = await attendeeDetail({ conferenceId: s.conference.id, registrationId: s.bernd, actor: { userId: s.owner.id }, locale: "de" });
    expect(detail.canEdit).toBe(true);
    expect(detail.registration).toMatchObject({ name: "Bernd Muster", status: "confirmed", checkedInBy: s.owner.email });
    expect(detail.registration.checkedInAt?.toISOString()).toBe("2027-03-11T08:05:00.000Z");
    expect(detail.answers).toEqual([{ key: "role", question: "In welcher Funktion nehmen Sie teil?", answer: "Lehrkraft", archived: false }]);
    // Anna holds the only seat: Bernd waits, first in line.
    expect(detail.sessions.map((x) => [x.title, x.status, x.waitlistPosition, x.checkedInAt?.toISOString() ?? null])).toEqual([
      ["Werkstatt Inklusion", "waitlisted", 1, null],
      ["Partnerforum", "confirmed", null, "2027-03-12T08:58:00.000Z"],
      ["Abendgespräch", "walkIn", null, "2027-03-12T15:01:00.000Z"],
    ]);
    expect(detail.emails.map((e) => [e.kind, e.status])).toContainEqual(["registration-received", "pending"]);
    const kinds = detail.history.map((h) => h.actionLabel);
    expect(kinds).toEqual(["Für einen Programmpunkt eingecheckt", "Für einen Programmpunkt eingecheckt", "Eingecheckt", "Anmeldung angelegt"]);
    const created = detail.history[3];
    expect(created.changes).toEqual(expect.arrayContaining([expect.objectContaining({ label: "Programmpunkte", after: "Werkstatt Inklusion (Warteliste, Platz 1), Partnerforum (bestätigt)" })]));
    const english = await attendeeDetail({ conferenceId: s.conference.id, registrationId: s.bernd, actor: { userId: s.owner.id }, locale: "en" });
    expect(english.answers[0]).toMatchObject({ question: "In which role?", answer: "Teacher" });
    expect(english.history[2].actionLabel).toBe("Checked in");
  });

  it("viewers read it without edit rights; a partner host sees only its sessions' attendees; strangers and other conferences get not found", async () => {
    const s = await scenario();
    const viewer = await user(s.host.id, "viewer");
    expect((await attendeeDetail({ conferenceId: s.conference.id, registrationId: s.anna, actor: { userId: viewer.id } })).canEdit).toBe(false);
    const partnerOwner = await user(s.partner.id, "owner");
    expect((await attendeeDetail({ conferenceId: s.conference.id, registrationId: s.bernd, actor: { userId: partnerOwner.id } })).canEdit).toBe(false);
    await expect(attendeeDetail({ conferenceId: s.conference.id, registrationId: s.anna, actor: { userId: partnerOwner.id } })).rejects.toMatchObject({ code: "not_found" });
    const stranger = await user(null);
    await expect(attendeeDetail({ conferenceId: s.conference.id, registrationId: s.anna, actor: { userId: stranger.id } })).rejects.toMatchObject({ code: "not_found" });
    // An organiser of another conference, asking for this attendee through their own conference.
    const other = await scenario();
    await expect(attendeeDetail({ conferenceId: other.conference.id, registrationId: s.anna, actor: { userId: other.owner.id } })).rejects.toMatchObject({ code: "not_found" });
    await expect(attendeeDetail({ conferenceId: s.conference.id, registrationId: s.anna, actor: { userId: other.owner.id } })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("organisers correct an attendee's details", () => {
  it("a partial update: absent fields stay, null clears, the answer changes; the attendee is told and the history names the organiser", async () => {
    const s = await scenario();
    await updateAttendee({ conferenceId: s.conference.id, registrationId: s.anna, input: { organisation: null, jobTitle: "Schulleiterin", answers: { role: "teacher" } }, actor: { userId: s.owner.id } });
    const row = await db.registration.findUniqueOrThrow({ where: { id: s.anna } });
    expect(row).toMatchObject({ name: "Anna Beispiel", organisation: null, jobTitle: "Schulleiterin", answers: { role: "teacher" } });
    expect(await db.emailOutbox.count({ where: { registrationId: s.anna, kind: "registration-updated" } })).toBe(1);
    const detail = await attendeeDetail({ conferenceId: s.conference.id, registrationId: s.anna, actor: { userId: s.owner.id } });
    const update = detail.history[0];
    expect(update).toMatchObject({ actionLabel: "Anmeldung geändert", actor: { kind: "user", email: s.owner.email } });
    expect(update.changes).toEqual(expect.arrayContaining([expect.objectContaining({ label: "Organisation", before: "Schule A", after: "–" }), expect.objectContaining({ label: "Geänderte Angaben", after: "Organisation, Funktion, In welcher Funktion nehmen Sie teil?" })]));
  });

  it("bad input is reported per field; viewers are forbidden, other conferences' registrations not found; the programme is not changed here", async () => {
    const s = await scenario();
    // The action parses first, in the page's language (lib/registrations/errors.ts).
    await expect(parseAttendeeInput(registrationUpdate, { name: "" }, "de")).rejects.toMatchObject({ code: "validation", fields: { name: expect.any(String) } });
    const viewer = await user(s.host.id, "viewer");
    await expect(updateAttendee({ conferenceId: s.conference.id, registrationId: s.anna, input: { jobTitle: "x" }, actor: { userId: viewer.id } })).rejects.toMatchObject({ code: "forbidden" });
    const other = await scenario();
    await expect(updateAttendee({ conferenceId: other.conference.id, registrationId: s.anna, input: { jobTitle: "x" }, actor: { userId: other.owner.id } })).rejects.toMatchObject({ code: "not_found" });
    await updateAttendee({ conferenceId: s.conference.id, registrationId: s.anna, input: { sessionIds: [s.partnerSession.id] }, actor: { userId: s.owner.id } });
    expect((await db.sessionRegistration.findMany({ where: { registrationId: s.anna, status: { not: "cancelled" } } })).map((r) => r.sessionId)).toEqual([s.workshop.id]);
  });
});

describe("resending the manage link", () => {
  it("writes a manage-link mail to the registered address through the outbox and an audit row; a fresh token is issued", async () => {
    const s = await scenario();
    const tokens = await db.registrationToken.count({ where: { registrationId: s.anna, kind: "manage" } });
    const result = await resendManageLink({ conferenceId: s.conference.id, registrationId: s.anna, actor: { userId: s.owner.id } });
    const row = await db.registration.findUniqueOrThrow({ where: { id: s.anna } });
    expect(result).toEqual({ ok: true, to: row.email });
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { registrationId: s.anna, kind: "manage-link" } });
    expect(mail).toMatchObject({ toAddress: row.email, status: "pending", conferenceId: s.conference.id });
    expect(await db.registrationToken.count({ where: { registrationId: s.anna, kind: "manage" } })).toBe(tokens + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: s.anna, action: "registration.manage-link" } });
    expect(audit).toMatchObject({ actorUserId: s.owner.id, conferenceId: s.conference.id });
  });

  it("viewers may not; cancelled registrations get none; other conferences' ids are not found", async () => {
    const s = await scenario();
    const viewer = await user(s.host.id, "viewer");
    await expect(resendManageLink({ conferenceId: s.conference.id, registrationId: s.anna, actor: { userId: viewer.id } })).rejects.toMatchObject({ code: "forbidden" });
    const other = await scenario();
    await expect(resendManageLink({ conferenceId: other.conference.id, registrationId: s.anna, actor: { userId: other.owner.id } })).rejects.toMatchObject({ code: "not_found" });
    await cancelAttendee({ registrationId: s.anna, actor: { userId: s.owner.id } });
    await expect(resendManageLink({ conferenceId: s.conference.id, registrationId: s.anna, actor: { userId: s.owner.id } })).resolves.toEqual({ ok: false, reason: "cancelled" });
    expect(await db.emailOutbox.count({ where: { registrationId: s.anna, kind: "manage-link" } })).toBe(0);
  });
});

describe("a broadcast's test send to oneself", () => {
  const message = (conferenceId: string) => ({ conferenceId, sessionId: null, subject: "Raumänderung", body: "Wir treffen uns in Raum 2." });

  it("goes to the organiser's own address only, marked as a test, without an opt-out link; logged", async () => {
    const s = await scenario();
    const before = await db.emailOutbox.count({ where: { conferenceId: s.conference.id, kind: "broadcast" } });
    expect(await sendBroadcastTest({ input: message(s.conference.id), actor: { userId: s.owner.id } })).toEqual({ to: s.owner.email });
    const mails = await db.emailOutbox.findMany({ where: { conferenceId: s.conference.id, kind: "broadcast" } });
    expect(mails).toHaveLength(before + 1);
    const mail = mails.find((m) => m.toAddress === s.owner.email)!;
    expect(mail.registrationId).toBeNull();
    expect(mail.payload).toMatchObject({ test: true, unsubscribeUrl: "", subject: "Raumänderung" });
    expect(await db.auditLog.count({ where: { conferenceId: s.conference.id, action: "broadcast.test" } })).toBe(1);
    expect(await db.auditLog.count({ where: { conferenceId: s.conference.id, action: "broadcast.send" } })).toBe(0);
  });

  it("does not use up the conference's broadcast allowance, but has a small limit of its own per organiser", async () => {
    process.env.RATE_LIMIT = "on";
    const s = await scenario();
    for (let i = 0; i < 5; i++) await sendBroadcastTest({ input: message(s.conference.id), actor: { userId: s.owner.id } });
    await expect(sendBroadcastTest({ input: message(s.conference.id), actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "rate_limited" });
    // Three real broadcasts a minute still go out after five tests.
    for (let i = 0; i < 3; i++) await sendBroadcast({ input: message(s.conference.id), actor: { userId: s.owner.id } });
    await expect(sendBroadcast({ input: message(s.conference.id), actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("needs the same rights as the real send", async () => {
    const s = await scenario();
    const viewer = await user(s.host.id, "viewer");
    await expect(sendBroadcastTest({ input: message(s.conference.id), actor: { userId: viewer.id } })).rejects.toMatchObject({ code: "forbidden" });
    const partnerEditor = await user(s.partner.id, "editor");
    await expect(sendBroadcastTest({ input: { ...message(s.conference.id), sessionId: s.workshop.id }, actor: { userId: partnerEditor.id } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(sendBroadcastTest({ input: { ...message(s.conference.id), sessionId: s.partnerSession.id }, actor: { userId: partnerEditor.id } })).resolves.toEqual({ to: partnerEditor.email });
  });
});

describe("sign-in under another host than APP_URL's", () => {
  const env = { APP_URL: "http://localhost:3000", NEXTAUTH_URL: "http://localhost:3000" };
  const headers = (h: Record<string, string>) => new Headers(h);

  it("is recognised from the Host header (and from X-Forwarded-Host behind trusted proxies only)", () => {
    expect(otherSignInHost(headers({ host: "localhost:3000" }), env)).toBeNull();
    expect(otherSignInHost(headers({ host: "127.0.0.1:3000" }), env)).toEqual({ here: "127.0.0.1:3000", origin: "http://localhost:3000" });
    expect(otherSignInHost(headers({ host: "192.168.1.20:3000" }), env)).toEqual({ here: "192.168.1.20:3000", origin: "http://localhost:3000" });
    // A client cannot claim the right host with X-Forwarded-Host when no proxy is trusted.
    expect(otherSignInHost(headers({ host: "127.0.0.1:3000", "x-forwarded-host": "localhost:3000" }), env)).not.toBeNull();
    const proxied = { APP_URL: "https://tagung.example.org", TRUSTED_PROXY_HOPS: "1" };
    expect(otherSignInHost(headers({ host: "127.0.0.1:3000", "x-forwarded-host": "tagung.example.org" }), proxied)).toBeNull();
    expect(otherSignInHost(headers({ host: "127.0.0.1:3000", "x-forwarded-host": "tagung.example.org:443" }), proxied)).toBeNull();
    expect(otherSignInHost(headers({ host: "127.0.0.1:3000", "x-forwarded-host": "www.example.org" }), proxied)).toEqual({ here: "www.example.org", origin: "https://tagung.example.org" });
    // Behind a proxy that names no host, nothing can be told: no warning rather than a false one.
    expect(otherSignInHost(headers({ host: "127.0.0.1:3000" }), proxied)).toBeNull();
  });

  it("the mailed link opened at 127.0.0.1 is sent to APP_URL's host unspent, instead of burning the token and bouncing", async () => {
    const saved = { APP_URL: process.env.APP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL, TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS };
    // Browsers connecting straight to the app (npm start), as in the report.
    process.env.TRUSTED_PROXY_HOPS = "0";
    process.env.APP_URL = "http://localhost:3000";
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    try {
      const email = `${uniq("orga")}@example.org`;
      await db.user.create({ data: { email } });
      const token = randomBytes(16).toString("hex");
      const hashed = createHash("sha256").update(`${token}${process.env.NEXTAUTH_SECRET ?? ""}`).digest("hex");
      await db.verificationToken.create({ data: { identifier: email, token: hashed, expires: new Date(Date.now() + 600_000) } });
      const path = `/api/auth/callback/email?callbackUrl=${encodeURIComponent("http://localhost:3000/organiser")}&token=${token}&email=${encodeURIComponent(email)}`;
      const response = await authGet(new Request(`http://127.0.0.1:3000${path}`, { headers: { host: "127.0.0.1:3000" } }), { params: Promise.resolve({ nextauth: ["callback", "email"] }) });
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(`http://localhost:3000${path}`);
      expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(1);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
