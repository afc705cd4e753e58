/**
 * Issue 11, §2.6: partner scope. A partner host's viewer sees what its owner sees; the audit log
 * names only its own conference's entities; only the organiser host's owners (or an admin) change
 * which hosts run a conference.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { checkInStatus } from "@/lib/attendees/check-in";
import { listAttendees } from "@/lib/attendees/list-attendees";
import { sendBroadcast as sendBroadcastUseCase, broadcastInput } from "@/lib/attendees/send-broadcast";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { addConferenceHost as addConferenceHostUseCase, removeConferenceHost as removeConferenceHostUseCase, setConferenceHostRole as setConferenceHostRoleUseCase } from "@/lib/conferences/conference-hosts";
import { db } from "@/lib/db";
import { registerAttendee } from "../helpers/register";
import { createConference, createHost, createSession, uniq } from "../helpers/fixtures";
import { parsed } from "../helpers/parsed";
import { addConferenceHostInput, removeConferenceHostInput, setConferenceHostRoleInput } from "@/lib/conferences/schema";

const sendBroadcast = parsed(broadcastInput, sendBroadcastUseCase);
const addConferenceHost = parsed(addConferenceHostInput, addConferenceHostUseCase);
const removeConferenceHost = parsed(removeConferenceHostInput, removeConferenceHostUseCase);
const setConferenceHostRole = parsed(setConferenceHostRoleInput, setConferenceHostRoleUseCase);

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});
afterEach(() => {
  process.env.RATE_LIMIT = "off";
});

async function user(hostId: string | null, role: "owner" | "editor" | "viewer" = "owner", admin = false) {
  return db.user.create({ data: { email: `${uniq("u")}@example.org`, isPlatformAdmin: admin, ...(hostId ? { memberships: { create: { hostId, role } } } : {}) } });
}

/** Organiser host O (from the fixture), co-organiser C, partner P; one session each for O and P, one attendee in each. */
async function scenario() {
  const { conference, host: organiser } = await createConference();
  const co = await createHost();
  const partner = await createHost();
  await db.conferenceHost.createMany({ data: [{ conferenceId: conference.id, hostId: co.id, role: "co_organiser", position: 1 }, { conferenceId: conference.id, hostId: partner.id, role: "partner", position: 2 }] });
  const organiserSession = await createSession(conference, organiser.id, { offsetMinutes: 60 });
  const partnerSession = await createSession(conference, partner.id, { offsetMinutes: 180 });
  const inOrganiser = await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Olga Organiser", email: `${uniq("o")}@example.org`, consent: true, sessionIds: [organiserSession.id] } });
  const inPartner = await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Paul Partner", email: `${uniq("p")}@example.org`, consent: true, sessionIds: [partnerSession.id] } });
  return { conference, organiser, co, partner, inOrganiser, inPartner };
}

describe("partner scope", () => {
  it("a partner host's viewer sees exactly the attendees its owner sees (its own sessions'), not the whole conference", async () => {
    const s = await scenario();
    const seen = async (userId: string) => (await listAttendees({ conferenceId: s.conference.id, actor: { userId } })).registrations.map((r) => r.name).sort();
    const partnerOwner = await user(s.partner.id, "owner");
    const partnerViewer = await user(s.partner.id, "viewer");
    const organiserViewer = await user(s.organiser.id, "viewer");
    expect(await seen(partnerOwner.id)).toEqual(["Paul Partner"]);
    expect(await seen(partnerViewer.id)).toEqual(await seen(partnerOwner.id));
    expect(await seen(organiserViewer.id)).toEqual(["Olga Organiser", "Paul Partner"]);
    // Searching or filtering by the other host's session does not widen the scope.
    const byHost = await listAttendees({ conferenceId: s.conference.id, actor: { userId: partnerViewer.id }, filter: { hostId: s.organiser.id } });
    expect(byHost.registrations).toEqual([]);
    const bySearch = await listAttendees({ conferenceId: s.conference.id, actor: { userId: partnerViewer.id }, filter: { q: "Olga" } });
    expect(bySearch.registrations).toEqual([]);
    // Read-only all the same: no check-in.
    expect((await checkInStatus({ conferenceId: s.conference.id, actor: { userId: partnerViewer.id } })).canCheckIn).toBe(false);
  });

  it("the audit log names registrations, sessions and rooms only from its own conference", async () => {
    const mine = await scenario();
    const other = await scenario();
    const owner = await user(mine.organiser.id, "owner");
    const foreignSession = await db.session.findFirstOrThrow({ where: { conferenceId: other.conference.id } });
    // An audit row of this conference that mentions another conference's ids (as a planted value would).
    await db.auditLog.create({
      data: { conferenceId: mine.conference.id, entityType: "Registration", entityId: other.inPartner.registration.id, action: "registration.update", before: { sessionId: foreignSession.id }, after: { sessionId: null } },
    });
    const log = await listAuditLog({ conferenceId: mine.conference.id, actor: { userId: owner.id }, entityType: "Registration" });
    const planted = log.entries.find((e) => e.entityId === other.inPartner.registration.id)!;
    expect(planted.entityName).toBeNull();
    expect(JSON.stringify(planted.changes)).not.toContain(foreignSession.title);
    // Its own entities are still named.
    expect(log.entries.some((e) => e.entityName === "Olga Organiser")).toBe(true);
  });
});

describe("who changes the hosts of a conference", () => {
  const refusals = [
    ["co-organiser's owner", (s: Awaited<ReturnType<typeof scenario>>) => user(s.co.id, "owner")],
    ["organiser's editor", (s: Awaited<ReturnType<typeof scenario>>) => user(s.organiser.id, "editor")],
  ] as const;

  it.each(refusals)("the %s can neither demote nor remove the organiser host, nor change other roles", async (_who, actorOf) => {
    const s = await scenario();
    const actor = { userId: (await actorOf(s)).id };
    const organiserLink = { conferenceId: s.conference.id, hostId: s.organiser.id };
    await expect(setConferenceHostRole({ input: { ...organiserLink, role: "partner" }, actor })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setConferenceHostRole({ input: { ...organiserLink, role: "co_organiser" }, actor })).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeConferenceHost({ input: organiserLink, actor })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setConferenceHostRole({ input: { conferenceId: s.conference.id, hostId: s.partner.id, role: "co_organiser" }, actor })).rejects.toMatchObject({ code: "forbidden" });
    await expect(addConferenceHost({ input: { conferenceId: s.conference.id, hostId: (await createHost()).id, role: "organiser" }, actor })).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.conferenceHost.findUniqueOrThrow({ where: { conferenceId_hostId: organiserLink } })).role).toBe("organiser");
  });

  it("the organiser host's owner and a platform admin can", async () => {
    const s = await scenario();
    const owner = await user(s.organiser.id, "owner");
    const admin = await user(null, "owner", true);
    await setConferenceHostRole({ input: { conferenceId: s.conference.id, hostId: s.partner.id, role: "co_organiser" }, actor: { userId: owner.id } });
    await setConferenceHostRole({ input: { conferenceId: s.conference.id, hostId: s.co.id, role: "partner" }, actor: { userId: admin.id } });
    const roles = await db.conferenceHost.findMany({ where: { conferenceId: s.conference.id }, select: { hostId: true, role: true } });
    expect(Object.fromEntries(roles.map((r) => [r.hostId, r.role]))).toEqual({ [s.organiser.id]: "organiser", [s.partner.id]: "co_organiser", [s.co.id]: "partner" });
  });
});

describe("broadcasts per conference", () => {
  it("a few per minute per conference, whoever sends them; outsiders do not use up the allowance", async () => {
    const s = await scenario();
    const other = await scenario();
    const owner = await user(s.organiser.id, "owner");
    const coOwner = await user(s.co.id, "owner");
    const outsider = await user((await createHost()).id, "owner");
    process.env.RATE_LIMIT = "on";
    const send = (conferenceId: string, userId: string) => sendBroadcast({ input: { conferenceId, subject: "Anreise", body: "Bitte nutzen Sie den Seiteneingang." }, actor: { userId } });
    for (let i = 0; i < 3; i++) await expect(send(s.conference.id, outsider.id)).rejects.toMatchObject({ code: "not_found" });
    await send(s.conference.id, owner.id);
    await send(s.conference.id, coOwner.id);
    await send(s.conference.id, owner.id);
    await expect(send(s.conference.id, coOwner.id)).rejects.toMatchObject({ code: "rate_limited", details: { retryAfter: expect.any(Number) } });
    // Another conference has its own allowance.
    await send(other.conference.id, await user(other.organiser.id, "owner").then((u) => u.id));
    expect(await db.emailOutbox.count({ where: { conferenceId: s.conference.id, kind: "broadcast" } })).toBe(3 * 2);
  });
});
