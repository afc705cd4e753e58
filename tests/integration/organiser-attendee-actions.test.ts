import { beforeAll, describe, expect, it } from "vitest";
import { GET as unsubscribeGet, POST as unsubscribePost } from "@/app/api/unsubscribe/[token]/route";
import { addAttendee } from "@/lib/attendees/add-attendee";
import { broadcastAudience } from "@/lib/attendees/broadcast-audience";
import { optOutToken } from "@/lib/attendees/broadcast-token";
import { cancelAttendee } from "@/lib/attendees/cancel-attendee";
import { listAttendees } from "@/lib/attendees/list-attendees";
import { findOptOut, optOutOfBroadcasts } from "@/lib/attendees/opt-out-of-broadcasts";
import { promoteAttendee } from "@/lib/attendees/promote-attendee";
import { sendBroadcast as sendBroadcastUseCase, broadcastInput } from "@/lib/attendees/send-broadcast";
import { auditDiff } from "@/lib/audit/diff";
import { AUDIT_PAGE_SIZE, listAuditLog } from "@/lib/audit/list-audit-log";
import { db } from "@/lib/db";
import { unsealPayload } from "@/lib/mail/sealed";
import { registerAttendee as registerUseCase } from "@/lib/registrations/register-attendee";
import { registerAttendee } from "../helpers/register";
import { createConference, createHost, createSession, uniq } from "../helpers/fixtures";
import { parsed } from "../helpers/parsed";

const sendBroadcast = parsed(broadcastInput, sendBroadcastUseCase);

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
  // Tests change conferences right after registering; the registration context must not be cached.
  process.env.REGISTRATION_CACHE_MS = "0";
});

const email = (prefix: string) => `${uniq(prefix)}@example.org`;

/**
 * A conference run by one host with a partner host: one session each (the partner's holds one
 * seat), two confirmed attendees and one on the partner session's waiting list; an owner, a
 * viewer, the partner's editor and a stranger.
 */
async function setup(options: { capacity?: number | null } = {}) {
  const { conference, host } = await createConference({ capacity: options.capacity ?? null });
  const partner = await createHost();
  await db.conferenceHost.create({ data: { conferenceId: conference.id, hostId: partner.id, role: "partner" } });
  const own = await createSession(conference, host.id, { title: "Eröffnung", offsetMinutes: 60 });
  const partners = await createSession(conference, partner.id, { title: "Werkstatt", offsetMinutes: 180, capacity: 1 });
  const register = (name: string, sessionIds: string[]) => registerAttendee({ conferenceSlug: conference.slug, input: { name, email: email(name.toLowerCase()), consent: true, sessionIds } });
  const anna = await register("Anna", [own.id, partners.id]);
  const bernd = await register("Bernd", [own.id, partners.id]);
  const owner = await db.user.create({ data: { email: email("owner"), memberships: { create: { hostId: host.id, role: "owner" } } } });
  const viewer = await db.user.create({ data: { email: email("viewer"), memberships: { create: { hostId: host.id, role: "viewer" } } } });
  const partnerEditor = await db.user.create({ data: { email: email("partner"), memberships: { create: { hostId: partner.id, role: "editor" } } } });
  const stranger = await db.user.create({ data: { email: email("stranger") } });
  return { conference, host, partner, own, partners, anna, bernd, owner, viewer, partnerEditor, stranger };
}

const snapshot = async (conferenceId: string) => ({
  registrations: await db.registration.findMany({ where: { conferenceId }, orderBy: { id: "asc" }, select: { id: true, status: true, broadcastOptOutAt: true } }),
  entries: await db.sessionRegistration.findMany({ where: { registration: { conferenceId } }, orderBy: { id: "asc" }, select: { id: true, status: true } }),
  seats: await db.session.findMany({ where: { conferenceId }, orderBy: { id: "asc" }, select: { id: true, seatsTaken: true } }),
  outbox: await db.emailOutbox.count({ where: { conferenceId } }),
  audit: await db.auditLog.count({ where: { conferenceId } }),
});

describe("adding an attendee by hand", () => {
  it("registers with sessions and answers even after registration closed, mails the confirmation and records who added them", async () => {
    const s = await setup();
    await db.conference.update({ where: { id: s.conference.id }, data: { registrationClosesAt: new Date(Date.now() - 3600_000) } });
    await db.registrationQuestion.create({ data: { conferenceId: s.conference.id, key: "role", label: "Funktion", type: "short_text", required: true, position: 0 } });
    const address = email("carla");
    expect(await registerUseCase({ conferenceSlug: s.conference.slug, input: { name: "Carla", email: address, consent: true, answers: { role: "Lehrerin" } } })).toEqual({ ok: false, reason: "closed" });
    const result = await addAttendee({ conferenceId: s.conference.id, actor: { userId: s.owner.id }, locale: "de", input: { name: "Carla", email: address, consent: true, answers: { role: "Lehrerin" }, sessionIds: [s.own.id], locale: "en" } });
    expect(result).toMatchObject({ kind: "created", registration: { status: "confirmed" }, sessions: [{ id: s.own.id, status: "confirmed" }] });
    const row = await db.registration.findUniqueOrThrow({ where: { id: result.registration.id } });
    expect(row).toMatchObject({ source: "organiser", locale: "en", answers: { role: "Lehrerin" } });
    expect(await db.emailOutbox.count({ where: { registrationId: row.id, kind: "registration-received", toAddress: address } })).toBe(1);
    expect(await db.auditLog.findFirst({ where: { entityId: row.id, action: "registration.create" } })).toMatchObject({ actorUserId: s.owner.id, conferenceId: s.conference.id });
  });

  it("reports each invalid field in the form's language and registers nobody", async () => {
    const s = await setup();
    const before = await snapshot(s.conference.id);
    const refused = addAttendee({ conferenceId: s.conference.id, actor: { userId: s.owner.id }, locale: "de", input: { name: "", email: "keine-adresse", consent: false } });
    await expect(refused).rejects.toMatchObject({ code: "validation", fields: { name: expect.any(String), email: expect.stringContaining("E-Mail"), consent: expect.any(String) } });
    await expect(
      addAttendee({ conferenceId: s.conference.id, actor: { userId: s.owner.id }, locale: "de", input: { name: "Dora", email: email("dora"), consent: true, sessionIds: ["no-such-session"] } }),
    ).rejects.toMatchObject({ code: "validation", fields: { "sessionIds.0": expect.any(String) } });
    expect(await snapshot(s.conference.id)).toEqual(before);
  });

  it("a second registration with the same address keeps the existing one", async () => {
    const s = await setup();
    const anna = await db.registration.findUniqueOrThrow({ where: { id: s.anna.registration.id } });
    const again = await addAttendee({ conferenceId: s.conference.id, actor: { userId: s.owner.id }, input: { name: "Anna", email: anna.email, consent: true } });
    expect(again).toMatchObject({ kind: "existing", registration: { id: anna.id } });
    expect(await db.registration.count({ where: { conferenceId: s.conference.id } })).toBe(2);
  });

  it("is refused to viewers and partner editors (forbidden) and to strangers (not found), with nothing written", async () => {
    const s = await setup();
    const before = await snapshot(s.conference.id);
    const input = { name: "Eve", email: email("eve"), consent: true };
    await expect(addAttendee({ conferenceId: s.conference.id, actor: { userId: s.viewer.id }, input })).rejects.toMatchObject({ code: "forbidden" });
    await expect(addAttendee({ conferenceId: s.conference.id, actor: { userId: s.partnerEditor.id }, input })).rejects.toMatchObject({ code: "forbidden" });
    await expect(addAttendee({ conferenceId: s.conference.id, actor: { userId: s.stranger.id }, input })).rejects.toMatchObject({ code: "not_found" });
    const other = await setup();
    await expect(addAttendee({ conferenceId: other.conference.id, actor: { userId: s.owner.id }, input })).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot(s.conference.id)).toEqual(before);
  });
});

describe("cancelling an attendee", () => {
  it("frees the seats and the waiting list moves up, with an audit row naming the organiser", async () => {
    const s = await setup();
    const waiting = await db.sessionRegistration.findFirstOrThrow({ where: { registrationId: s.bernd.registration.id, sessionId: s.partners.id } });
    expect(waiting.status).toBe("waitlisted");
    const result = await cancelAttendee({ registrationId: s.anna.registration.id, actor: { userId: s.owner.id } });
    expect(result).toEqual({ status: "cancelled", alreadyCancelled: false });
    expect(await db.registration.findUniqueOrThrow({ where: { id: s.anna.registration.id } })).toMatchObject({ status: "cancelled" });
    expect(await db.sessionRegistration.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: "confirmed" });
    expect(await db.emailOutbox.count({ where: { registrationId: s.bernd.registration.id, kind: "waitlist-promoted" } })).toBe(1);
    expect(await db.auditLog.findFirst({ where: { entityId: s.anna.registration.id, action: "registration.cancel" } })).toMatchObject({ actorUserId: s.owner.id });
    expect(await cancelAttendee({ registrationId: s.anna.registration.id, actor: { userId: s.owner.id } })).toEqual({ status: "cancelled", alreadyCancelled: true });
  });

  it("is refused to viewers and partner editors (forbidden), strangers and unknown ids (not found), with nothing changed", async () => {
    const s = await setup();
    const before = await snapshot(s.conference.id);
    const registrationId = s.anna.registration.id;
    await expect(cancelAttendee({ registrationId, actor: { userId: s.viewer.id } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(cancelAttendee({ registrationId, actor: { userId: s.partnerEditor.id } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(cancelAttendee({ registrationId, actor: { userId: s.stranger.id } })).rejects.toMatchObject({ code: "not_found" });
    await expect(cancelAttendee({ registrationId: "nonexistent", actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "not_found" });
    const other = await setup();
    await expect(cancelAttendee({ registrationId: other.anna.registration.id, actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot(s.conference.id)).toEqual(before);
  });
});

describe("confirming from a waiting list", () => {
  it("an organiser confirms from the conference's waiting list once a seat is free, not before", async () => {
    const s = await setup({ capacity: 2 });
    const carla = await registerAttendee({ conferenceSlug: s.conference.slug, input: { name: "Carla", email: email("carla"), consent: true } });
    expect(carla.registration.status).toBe("waitlisted");
    await expect(promoteAttendee({ registrationId: carla.registration.id, actor: { userId: s.owner.id } })).resolves.toEqual({ ok: false, reason: "full" });
    await db.conference.update({ where: { id: s.conference.id }, data: { capacity: 3 } });
    await promoteAttendee({ registrationId: carla.registration.id, actor: { userId: s.owner.id } });
    expect(await db.registration.findUniqueOrThrow({ where: { id: carla.registration.id } })).toMatchObject({ status: "confirmed" });
    expect(await db.auditLog.findFirst({ where: { entityId: carla.registration.id, action: "registration.confirm-from-waitlist" } })).toMatchObject({ actorUserId: s.owner.id });
  });

  it("the partner host's editor confirms from its own session's waiting list", async () => {
    const s = await setup();
    await db.session.update({ where: { id: s.partners.id }, data: { capacity: 2 } });
    await promoteAttendee({ registrationId: s.bernd.registration.id, sessionId: s.partners.id, actor: { userId: s.partnerEditor.id } });
    expect(await db.sessionRegistration.findFirstOrThrow({ where: { registrationId: s.bernd.registration.id, sessionId: s.partners.id } })).toMatchObject({ status: "confirmed" });
  });

  it("is refused for another host's session, the conference list, viewers, strangers and another conference's session, with nothing changed", async () => {
    const s = await setup();
    await db.session.update({ where: { id: s.partners.id }, data: { capacity: 2 } });
    await db.session.update({ where: { id: s.own.id }, data: { capacity: 1, seatsTaken: 1 } });
    await db.sessionRegistration.updateMany({ where: { registrationId: s.bernd.registration.id, sessionId: s.own.id }, data: { status: "waitlisted", confirmedAt: null, waitlistedAt: new Date() } });
    const before = await snapshot(s.conference.id);
    const registrationId = s.bernd.registration.id;
    await expect(promoteAttendee({ registrationId, sessionId: s.own.id, actor: { userId: s.partnerEditor.id } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(promoteAttendee({ registrationId, actor: { userId: s.partnerEditor.id } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(promoteAttendee({ registrationId, sessionId: s.partners.id, actor: { userId: s.viewer.id } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(promoteAttendee({ registrationId, sessionId: s.partners.id, actor: { userId: s.stranger.id } })).rejects.toMatchObject({ code: "not_found" });
    const other = await setup();
    await expect(promoteAttendee({ registrationId, sessionId: other.partners.id, actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot(s.conference.id)).toEqual(before);
  });
});

describe("messages to attendees", () => {
  it("queues one personalised message per confirmed attendee, skips those who opted out, and records it", async () => {
    const s = await setup();
    await registerAttendee({ conferenceSlug: s.conference.slug, input: { name: "Carla", email: email("carla"), consent: true } });
    await optOutOfBroadcasts({ token: optOutToken(s.anna.registration.id) });
    const audience = await broadcastAudience({ conferenceId: s.conference.id, actor: { userId: s.owner.id } });
    expect(audience.audience.find((a) => a.sessionId === null)).toMatchObject({ recipients: 2, optedOut: 1 });
    const result = await sendBroadcast({ input: { conferenceId: s.conference.id, subject: "Anreise", body: "Bitte nutzen Sie den Seiteneingang." }, actor: { userId: s.owner.id } });
    expect(result).toEqual({ sent: 2, skipped: 1 });
    const mails = await db.emailOutbox.findMany({ where: { conferenceId: s.conference.id, kind: "broadcast" } });
    expect(mails.map((m) => m.toName).sort()).toEqual(["Bernd", "Carla"]);
    const payload = unsealPayload(mails[0].payload) as { unsubscribeUrl: string; attendeeName: string; subject: string };
    expect(payload.unsubscribeUrl).toMatch(/\/api\/unsubscribe\/[^/.]+~[^/.]+$/);
    expect(payload.subject).toBe("Anreise");
    expect(await db.auditLog.findFirst({ where: { conferenceId: s.conference.id, action: "broadcast.send" } })).toMatchObject({ actorUserId: s.owner.id, after: { recipients: 2, skippedOptedOut: 1 } });
  });

  it("a session's message reaches only its confirmed attendees; the partner may write to its own session", async () => {
    const s = await setup();
    const audience = await broadcastAudience({ conferenceId: s.conference.id, actor: { userId: s.partnerEditor.id } });
    expect(audience.audience).toEqual([expect.objectContaining({ sessionId: s.partners.id, recipients: 1, optedOut: 0 })]);
    const result = await sendBroadcast({ input: { conferenceId: s.conference.id, sessionId: s.partners.id, subject: "Material", body: "Bitte Laptop mitbringen." }, actor: { userId: s.partnerEditor.id } });
    expect(result).toEqual({ sent: 1, skipped: 0 });
    expect((await db.emailOutbox.findMany({ where: { conferenceId: s.conference.id, kind: "broadcast" } })).map((m) => m.toName)).toEqual(["Anna"]);
  });

  it("rejects a too short subject and body with field codes", async () => {
    const s = await setup();
    const before = await snapshot(s.conference.id);
    await expect(sendBroadcast({ input: { conferenceId: s.conference.id, subject: "", body: "kurz" }, actor: { userId: s.owner.id } })).rejects.toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ path: ["subject"], message: "required" }), expect.objectContaining({ path: ["body"], message: "required" })]),
    });
    expect(await snapshot(s.conference.id)).toEqual(before);
  });

  it("is refused for another host's session, the whole conference to partners, viewers, strangers and other conferences, with nothing queued", async () => {
    const s = await setup();
    const other = await setup();
    const before = await snapshot(s.conference.id);
    const input = { conferenceId: s.conference.id, subject: "Hinweis", body: "Ein längerer Hinweis." };
    await expect(sendBroadcast({ input: { ...input, sessionId: s.own.id }, actor: { userId: s.partnerEditor.id } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(sendBroadcast({ input, actor: { userId: s.partnerEditor.id } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(sendBroadcast({ input, actor: { userId: s.viewer.id } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(sendBroadcast({ input, actor: { userId: s.stranger.id } })).rejects.toMatchObject({ code: "not_found" });
    await expect(sendBroadcast({ input: { ...input, conferenceId: other.conference.id }, actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "not_found" });
    await expect(sendBroadcast({ input: { ...input, sessionId: other.own.id }, actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "validation", fields: { sessionId: "unknownSession" } });
    await expect(broadcastAudience({ conferenceId: s.conference.id, actor: { userId: s.viewer.id } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(broadcastAudience({ conferenceId: s.conference.id, actor: { userId: s.stranger.id } })).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot(s.conference.id)).toEqual(before);
  });
});

describe("opting out of messages", () => {
  it("a forged or altered token is not found and changes nothing", async () => {
    const s = await setup();
    const before = await snapshot(s.conference.id);
    const real = optOutToken(s.anna.registration.id);
    for (const token of [`${s.anna.registration.id}~forged`, `${s.bernd.registration.id}~${real.split("~")[1]}`, "nonsense", `${real}~extra`, real.replace("~", ".")]) {
      await expect(optOutOfBroadcasts({ token })).rejects.toMatchObject({ code: "not_found" });
      await expect(findOptOut(token)).rejects.toMatchObject({ code: "not_found" });
      const response = await unsubscribePost(new Request(`http://test/api/unsubscribe/${token}`, { method: "POST" }), { params: Promise.resolve({ token }) });
      expect(response.status).toBe(404);
      const opened = await unsubscribeGet(new Request(`http://test/api/unsubscribe/${token}`), { params: Promise.resolve({ token }) });
      expect(opened.status).toBe(303);
    }
    expect(await snapshot(s.conference.id)).toEqual(before);
  });

  it("GET on the link only redirects to the confirmation page in the attendee's language; POST (one-click) opts out once, as the attendee", async () => {
    const s = await setup();
    await db.registration.update({ where: { id: s.anna.registration.id }, data: { locale: "en" } });
    const token = optOutToken(s.anna.registration.id);
    const opened = await unsubscribeGet(new Request(`http://test/api/unsubscribe/${token}`), { params: Promise.resolve({ token }) });
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toMatch(new RegExp(`/en/unsubscribe/${token}$`));
    expect(await db.registration.findUniqueOrThrow({ where: { id: s.anna.registration.id } })).toMatchObject({ broadcastOptOutAt: null });

    const posted = await unsubscribePost(new Request(`http://test/api/unsubscribe/${token}`, { method: "POST", body: "List-Unsubscribe=One-Click" }), { params: Promise.resolve({ token }) });
    expect(posted.status).toBe(200);
    expect(await posted.json()).toEqual({ optedOut: true, already: false });
    expect((await db.registration.findUniqueOrThrow({ where: { id: s.anna.registration.id } })).broadcastOptOutAt).not.toBeNull();
    expect(await db.auditLog.findFirst({ where: { entityId: s.anna.registration.id, action: "registration.broadcast-opt-out" } })).toMatchObject({ actorUserId: null, actorLabel: "attendee" });
    expect(await optOutOfBroadcasts({ token })).toEqual({ already: true });
    expect(await findOptOut(token)).toMatchObject({ optedOut: true, locale: "en", conferenceTitle: s.conference.title });
  });
});

describe("attendee list filters and counts", () => {
  it("filters by host and counts confirmed and waiting per session", async () => {
    const s = await setup();
    await registerAttendee({ conferenceSlug: s.conference.slug, input: { name: "Carla", email: email("carla"), consent: true, sessionIds: [s.own.id] } });
    const list = await listAttendees({ conferenceId: s.conference.id, actor: { userId: s.owner.id }, filter: { hostId: s.partner.id } });
    expect(list.registrations.map((r) => r.name).sort()).toEqual(["Anna", "Bernd"]);
    expect(list.sessionCounts[s.partners.id]).toEqual({ confirmed: 1, waitlisted: 1 });
    expect(list.sessionCounts[s.own.id]).toEqual({ confirmed: 3, waitlisted: 0 });
  });
});

describe("audit log", () => {
  it("anyone with a role reads it newest first with actors and changed fields; strangers and other conferences are not found", async () => {
    const s = await setup();
    await db.session.update({ where: { id: s.partners.id }, data: { capacity: 2 } });
    await promoteAttendee({ registrationId: s.bernd.registration.id, sessionId: s.partners.id, actor: { userId: s.owner.id } });
    await cancelAttendee({ registrationId: s.anna.registration.id, actor: { userId: s.owner.id } });
    await optOutOfBroadcasts({ token: optOutToken(s.bernd.registration.id) });
    const log = await listAuditLog({ conferenceId: s.conference.id, actor: { userId: s.viewer.id } });
    expect(log.entries[0]).toMatchObject({ action: "registration.broadcast-opt-out", actor: { kind: "attendee" }, entityName: "Bernd" });
    const cancel = log.entries.find((e) => e.action === "registration.cancel")!;
    expect(cancel).toMatchObject({ actor: { kind: "user", email: s.owner.email }, entityType: "Registration", entityName: "Anna" });
    expect(cancel.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: "status" })]));
    expect(log.entityTypes).toContainEqual({ value: "Registration", label: "Anmeldung" });
    const promoted = (await listAuditLog({ conferenceId: s.conference.id, actor: { userId: s.owner.id }, entityType: "SessionRegistration" })).entries[0];
    expect(promoted?.changes.find((c) => c.field === "sessionId")?.before).toBe("Werkstatt");
    const other = await setup();
    await expect(listAuditLog({ conferenceId: s.conference.id, actor: { userId: s.stranger.id } })).rejects.toMatchObject({ code: "not_found" });
    await expect(listAuditLog({ conferenceId: other.conference.id, actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "not_found" });
  });

  it("pages by 50 and filters by entity type", async () => {
    const s = await setup();
    await db.auditLog.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({ conferenceId: s.conference.id, entityType: "Room", entityId: `room-${i}`, action: "room.update", actorLabel: "system", at: new Date(Date.now() + i * 1000) })),
    });
    const first = await listAuditLog({ conferenceId: s.conference.id, actor: { userId: s.owner.id }, entityType: "Room" });
    expect(first).toMatchObject({ total: 60, pageCount: 2, page: 1 });
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.entries[0]).toMatchObject({ entityId: "room-59", actor: { kind: "system" } });
    const second = await listAuditLog({ conferenceId: s.conference.id, actor: { userId: s.owner.id }, entityType: "Room", page: 2 });
    expect(second.entries.map((e) => e.entityId)).toEqual(Array.from({ length: 10 }, (_, i) => `room-${9 - i}`));
    const all = await listAuditLog({ conferenceId: s.conference.id, actor: { userId: s.owner.id } });
    expect(all.total).toBeGreaterThan(60);
  });

  it("lists only the fields that changed", () => {
    expect(auditDiff({ title: "A", capacity: 10, room: "Saal" }, { title: "B", capacity: 10, room: null })).toEqual([
      { field: "title", before: "A", after: "B" },
      { field: "room", before: "Saal", after: null },
    ]);
    expect(auditDiff(null, { status: "confirmed" })).toEqual([{ field: "status", before: null, after: "confirmed" }]);
    const names = new Map([["cm-session-1", "Werkstatt"]]);
    expect(auditDiff({ sessionId: "cm-session-1" }, { promoted: [{ sessionId: "cm-session-1" }] }, (id) => names.get(id))).toEqual([
      { field: "sessionId", before: "Werkstatt", after: null },
      { field: "promoted", before: null, after: '[{"sessionId":"Werkstatt"}]' },
    ]);
  });
});

describe("taking someone off a waiting list needs the right at that moment", () => {
  it("an owner whose membership is gone is refused, and no seat moves", async () => {
    const { conference, host } = await createConference({ capacity: 1 });
    const owner = await db.user.create({ data: { email: `${uniq("owner")}@example.org` } });
    const membership = await db.membership.create({ data: { userId: owner.id, hostId: host.id, role: "owner" } });
    await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Anna", email: `${uniq("a")}@example.org`, consent: true, sessionIds: [] } });
    const waiting = await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Bea", email: `${uniq("b")}@example.org`, consent: true, sessionIds: [] } });
    await db.conference.update({ where: { id: conference.id }, data: { capacity: 2 } });
    await db.membership.delete({ where: { id: membership.id } });
    await expect(promoteAttendee({ registrationId: waiting.registration.id, actor: { userId: owner.id } })).rejects.toMatchObject({ code: "not_found" });
    expect((await db.registration.findUniqueOrThrow({ where: { id: waiting.registration.id } })).status).toBe("waitlisted");
    expect((await db.conference.findUniqueOrThrow({ where: { id: conference.id } })).seatsTaken).toBe(1);
  });
});
