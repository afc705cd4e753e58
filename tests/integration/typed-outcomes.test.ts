/**
 * Expected refusals are returned as typed results ({ ok: false, reason, … }, lib/outcome.ts), not
 * thrown: each use case driven into each of its refusals, and the database left exactly as it was
 * (a refusal inside a transaction rolls back even the writes made before it was known).
 */
import { describe, expect, it } from "vitest";
import { checkInAttendee } from "@/lib/attendees/check-in";
import { promoteAttendee } from "@/lib/attendees/promote-attendee";
import { resendManageLink } from "@/lib/attendees/resend-manage-link";
import { updateAttendee } from "@/lib/attendees/update-attendee";
import { setConferenceStatus } from "@/lib/conferences/set-conference-status";
import { db } from "@/lib/db";
import { retryFailedEmail } from "@/lib/mail/retry-email";
import { registerAttendee as registerUseCase } from "@/lib/registrations/register-attendee";
import { registerAttendee } from "../helpers/register";
import { updateRegistration } from "@/lib/registrations/update-registration";
import { deleteRoom } from "@/lib/resources/delete-room";
import { deleteSpeaker } from "@/lib/resources/delete-speaker";
import { deleteTrack } from "@/lib/resources/delete-track";
import { createSession as scheduleSession } from "@/lib/sessions/create-session";
import { createSessionInput } from "@/lib/sessions/schema";
import { updateSession } from "@/lib/sessions/update-session";
import { toWallTime } from "@/lib/time/zoned";
import { createConference, createHost, createSession, uniq } from "../helpers/fixtures";
import { createHost as createHostUseCase } from "@/lib/admin/create-host";
import { setPlatformAdmin } from "@/lib/admin/set-platform-admin";
import { updateHost } from "@/lib/admin/update-host";
import { changeMemberRole } from "@/lib/hosts/change-member-role";
import { inviteMember } from "@/lib/hosts/invite-member";
import { removeMember } from "@/lib/hosts/remove-member";

type World = Awaited<ReturnType<typeof world>>;

async function world(options: { status?: "draft" | "published"; capacity?: number | null; registrationClosesAt?: Date | null } = {}) {
  const { conference, host, rooms } = await createConference({ status: options.status, capacity: options.capacity, registrationClosesAt: options.registrationClosesAt });
  const owner = await db.user.create({ data: { email: `${uniq("owner")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
  const session = await createSession(conference, host.id, { title: "Eröffnung", roomId: rooms[0].id, capacity: 1 });
  const register = async (name: string, sessionIds: string[] = []) =>
    (await registerAttendee({ conferenceSlug: conference.slug, input: { name, email: `${uniq("a")}@example.org`, consent: true, sessionIds } })).registration;
  return { conference, host, rooms, session, actor: { userId: owner.id }, register };
}

/** Everything of one conference a use case here could write, updatedAt included. */
async function snapshot(conferenceId: string) {
  const byId = { orderBy: { id: "asc" as const } };
  return {
    conference: await db.conference.findUniqueOrThrow({ where: { id: conferenceId } }),
    sessions: await db.session.findMany({ where: { conferenceId }, ...byId }),
    rooms: await db.room.findMany({ where: { conferenceId }, ...byId }),
    tracks: await db.track.findMany({ where: { conferenceId }, ...byId }),
    speakers: await db.speaker.findMany({ where: { conferenceId }, ...byId }),
    sessionSpeakers: await db.sessionSpeaker.findMany({ where: { session: { conferenceId } }, orderBy: [{ sessionId: "asc" }, { speakerId: "asc" }] }),
    registrations: await db.registration.findMany({ where: { conferenceId }, ...byId }),
    sessionRegistrations: await db.sessionRegistration.findMany({ where: { registration: { conferenceId } }, ...byId }),
    tokens: await db.registrationToken.count({ where: { registration: { conferenceId } } }),
    outbox: await db.emailOutbox.findMany({ where: { conferenceId }, ...byId }),
    audit: await db.auditLog.count({ where: { conferenceId } }),
  };
}

/** The demo session's day and start as the timetable sends them (in the conference's zone). */
function slotOf(w: World) {
  const t = toWallTime(w.session.startsAt, w.conference.timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return { day: `${t.year}-${two(t.month)}-${two(t.day)}`, start: `${two(t.hour)}:${two(t.minute)}` };
}

type Case = {
  name: string;
  world?: Parameters<typeof world>[0];
  /** Prepares the refusal, then returns the call that meets it. */
  arrange: (w: World) => Promise<() => Promise<unknown>>;
  expected: Record<string, unknown>;
};

const cases: Case[] = [
  {
    name: "deleting a room with a planned session",
    arrange: async (w) => () => deleteRoom({ actor: w.actor, input: { conferenceId: w.conference.id, roomId: w.rooms[0].id } }),
    expected: { reason: "room_in_use", count: 1 },
  },
  {
    name: "deleting a track with sessions, unconfirmed",
    arrange: async (w) => {
      const track = await db.track.create({ data: { conferenceId: w.conference.id, name: "Schule", color: "#1d4ed8", position: 0 } });
      await db.session.update({ where: { id: w.session.id }, data: { trackId: track.id } });
      return () => deleteTrack({ actor: w.actor, input: { conferenceId: w.conference.id, trackId: track.id, unlinkSessions: false } });
    },
    expected: { reason: "track_in_use", count: 1 },
  },
  {
    name: "deleting a speaker still on a session",
    arrange: async (w) => {
      const speaker = await db.speaker.create({ data: { conferenceId: w.conference.id, name: "Ada" } });
      await db.sessionSpeaker.create({ data: { sessionId: w.session.id, speakerId: speaker.id, position: 0 } });
      return () => deleteSpeaker({ actor: w.actor, input: { conferenceId: w.conference.id, speakerId: speaker.id } });
    },
    expected: { reason: "speaker_in_use", sessions: ["Eröffnung"] },
  },
  {
    name: "publishing a published conference",
    arrange: async (w) => () => setConferenceStatus({ actor: w.actor, input: { conferenceId: w.conference.id, status: "published" } }),
    expected: { reason: "unchanged", registrations: 0 },
  },
  {
    name: "archiving a draft",
    world: { status: "draft" },
    arrange: async (w) => () => setConferenceStatus({ actor: w.actor, input: { conferenceId: w.conference.id, status: "archived" } }),
    expected: { reason: "notAllowed", registrations: 0 },
  },
  {
    name: "back to draft with registrations",
    arrange: async (w) => {
      await w.register("Anna");
      return () => setConferenceStatus({ actor: w.actor, input: { conferenceId: w.conference.id, status: "draft" } });
    },
    expected: { reason: "hasRegistrations", registrations: 1 },
  },
  {
    name: "confirming someone not on the conference's waiting list",
    arrange: async (w) => {
      const anna = await w.register("Anna");
      return () => promoteAttendee({ registrationId: anna.id, actor: w.actor });
    },
    expected: { reason: "not_waitlisted" },
  },
  {
    name: "confirming from the conference's waiting list without a free seat",
    world: { capacity: 1 },
    arrange: async (w) => {
      await w.register("Anna");
      const bernd = await w.register("Bernd");
      return () => promoteAttendee({ registrationId: bernd.id, actor: w.actor });
    },
    expected: { reason: "full" },
  },
  {
    name: "confirming someone not on the session's waiting list",
    arrange: async (w) => {
      const anna = await w.register("Anna", [w.session.id]);
      return () => promoteAttendee({ registrationId: anna.id, sessionId: w.session.id, actor: w.actor });
    },
    expected: { reason: "not_waitlisted" },
  },
  {
    name: "confirming a session place for someone still waiting for the conference",
    world: { capacity: 1 },
    arrange: async (w) => {
      await w.register("Anna");
      const bernd = await w.register("Bernd", [w.session.id]);
      await db.sessionRegistration.updateMany({ where: { registrationId: bernd.id }, data: { status: "waitlisted", confirmedAt: null, waitlistedAt: new Date() } });
      return () => promoteAttendee({ registrationId: bernd.id, sessionId: w.session.id, actor: w.actor });
    },
    expected: { reason: "registration_waitlisted" },
  },
  {
    name: "confirming a place in a session that is not scheduled",
    arrange: async (w) => {
      await w.register("Anna", [w.session.id]);
      const bernd = await w.register("Bernd", [w.session.id]);
      await db.session.update({ where: { id: w.session.id }, data: { status: "draft" } });
      return () => promoteAttendee({ registrationId: bernd.id, sessionId: w.session.id, actor: w.actor });
    },
    expected: { reason: "session_not_scheduled" },
  },
  {
    name: "confirming a place in a full session (the failed seat's row lock is rolled back too)",
    arrange: async (w) => {
      await w.register("Anna", [w.session.id]);
      const bernd = await w.register("Bernd", [w.session.id]);
      return () => promoteAttendee({ registrationId: bernd.id, sessionId: w.session.id, actor: w.actor });
    },
    expected: { reason: "full" },
  },
  {
    name: "scheduling a session into a taken room",
    arrange: async (w) => () =>
      scheduleSession({ actor: w.actor, input: createSessionInput.parse({ conferenceId: w.conference.id, hostId: w.host.id, title: "Zweite", day: slotOf(w).day, start: slotOf(w).start, minutes: 30, roomId: w.rooms[0].id }) }),
    expected: { reason: "schedule_conflict", conflicts: [{ code: "room_taken", other: "Eröffnung" }] },
  },
  {
    name: "cutting a session's capacity below its confirmed (its row lock rolled back too)",
    arrange: async (w) => {
      await w.register("Anna", [w.session.id]);
      return () => updateSession({ sessionId: w.session.id, actor: w.actor, changes: { capacity: 0 } });
    },
    expected: { reason: "schedule_conflict", conflicts: [{ code: "capacity_below_confirmed", confirmed: 1 }] },
  },
  {
    name: "moving a session to end before it starts",
    arrange: async (w) => () => updateSession({ sessionId: w.session.id, actor: w.actor, changes: { startsAt: w.session.endsAt, endsAt: w.session.startsAt } }),
    expected: { reason: "schedule_conflict", conflicts: [{ code: "end_before_start" }] },
  },
  {
    name: "checking in someone on the waiting list",
    world: { capacity: 1 },
    arrange: async (w) => {
      await w.register("Anna");
      const bernd = await db.registration.findUniqueOrThrow({ where: { id: (await w.register("Bernd")).id } });
      return () => checkInAttendee({ conferenceId: w.conference.id, code: bernd.checkInCode, actor: w.actor });
    },
    expected: { reason: "not_confirmed", status: "waitlisted" },
  },
  {
    name: "registering after registration closed",
    world: { registrationClosesAt: new Date(Date.now() - 60_000) },
    arrange: async (w) => () => registerUseCase({ conferenceSlug: w.conference.slug, input: { name: "Spät", email: `${uniq("s")}@example.org`, consent: true } }),
    expected: { reason: "closed" },
  },
  {
    name: "resending the link of a cancelled registration",
    arrange: async (w) => {
      const anna = await w.register("Anna");
      await db.registration.update({ where: { id: anna.id }, data: { status: "cancelled", cancelledAt: new Date() } });
      return () => resendManageLink({ conferenceId: w.conference.id, registrationId: anna.id, actor: w.actor });
    },
    expected: { reason: "cancelled" },
  },
  {
    name: "resending the link of an anonymised registration",
    arrange: async (w) => {
      const anna = await w.register("Anna");
      await db.registration.update({ where: { id: anna.id }, data: { anonymisedAt: new Date() } });
      return () => resendManageLink({ conferenceId: w.conference.id, registrationId: anna.id, actor: w.actor });
    },
    expected: { reason: "anonymised" },
  },
  {
    name: "an organiser correcting an anonymised registration",
    arrange: async (w) => {
      const anna = await w.register("Anna");
      await db.registration.update({ where: { id: anna.id }, data: { anonymisedAt: new Date() } });
      return () => updateAttendee({ conferenceId: w.conference.id, registrationId: anna.id, input: { jobTitle: "Lehrerin" }, actor: w.actor });
    },
    expected: { reason: "anonymised" },
  },
  {
    name: "an attendee changing a cancelled registration",
    arrange: async (w) => {
      const anna = await w.register("Anna");
      await db.registration.update({ where: { id: anna.id }, data: { status: "cancelled", cancelledAt: new Date() } });
      return () => updateRegistration({ registrationId: anna.id, input: { jobTitle: "Lehrerin" }, actor: "attendee" });
    },
    expected: { reason: "cancelled" },
  },
  {
    name: "an attendee changing a registration of an archived conference (its first write rolled back)",
    arrange: async (w) => {
      const anna = await w.register("Anna");
      await db.conference.update({ where: { id: w.conference.id }, data: { status: "archived" } });
      return () => updateRegistration({ registrationId: anna.id, input: { jobTitle: "Lehrerin" }, actor: "attendee" });
    },
    expected: { reason: "closed" },
  },
  {
    name: "an attendee adding a session after registration closed",
    arrange: async (w) => {
      const anna = await w.register("Anna");
      await db.conference.update({ where: { id: w.conference.id }, data: { registrationClosesAt: new Date(Date.now() - 60_000) } });
      return () => updateRegistration({ registrationId: anna.id, input: { sessionIds: [w.session.id] }, actor: "attendee" });
    },
    expected: { reason: "closed" },
  },
  {
    name: "retrying a failed email whose content was deleted",
    arrange: async (w) => {
      const email = await db.emailOutbox.create({
        data: { kind: "manage-link", toAddress: "x@example.org", payload: {}, messageId: `<${uniq("m")}@localhost>`, status: "failed", lastError: "550", attempts: 3, conferenceId: w.conference.id },
      });
      return () => retryFailedEmail({ emailId: email.id, actor: w.actor });
    },
    expected: { reason: "content_deleted" },
  },
];

describe("expected refusals are typed results and change nothing", () => {
  it.each(cases)("$name → $expected.reason", async (c) => {
    const w = await world(c.world);
    const act = await c.arrange(w);
    const before = await snapshot(w.conference.id);
    await expect(act()).resolves.toEqual({ ok: false, ...c.expected });
    expect(await snapshot(w.conference.id)).toEqual(before);
  });
});

// ───────────── Hosts, teams and platform administration ─────────────

/** Everything of one host and the platform's administrators these use cases could write, updatedAt included. */
async function teamSnapshot(hostId: string) {
  return {
    host: await db.host.findUniqueOrThrow({ where: { id: hostId } }),
    members: await db.membership.findMany({ where: { hostId }, orderBy: { userId: "asc" } }),
    invitations: await db.hostInvitation.findMany({ where: { hostId }, orderBy: { id: "asc" } }),
    admins: await db.user.findMany({ where: { isPlatformAdmin: true }, orderBy: { id: "asc" } }),
    audit: await db.auditLog.count({ where: { conferenceId: null } }),
    outbox: await db.emailOutbox.count(),
  };
}

type TeamCase = { name: string; arrange: (t: { hostId: string; owner: { userId: string }; admin: { userId: string } }) => Promise<() => Promise<unknown>>; expected: Record<string, unknown> };

const teamCases: TeamCase[] = [
  {
    name: "the last owner demoting themselves",
    arrange: async (t) => () => changeMemberRole({ input: { hostId: t.hostId, userId: t.owner.userId, role: "editor" }, actor: t.owner }),
    expected: { reason: "last_owner" },
  },
  {
    name: "the last owner leaving the team",
    arrange: async (t) => () => removeMember({ input: { hostId: t.hostId, userId: t.owner.userId }, actor: t.owner }),
    expected: { reason: "last_owner" },
  },
  {
    name: "inviting someone already in the team",
    arrange: async (t) => {
      const owner = await db.user.findUniqueOrThrow({ where: { id: t.owner.userId } });
      return () => inviteMember({ input: { hostId: t.hostId, email: owner.email, role: "editor", locale: "de" }, actor: t.owner });
    },
    expected: { reason: "already_member" },
  },
  {
    name: "giving a host a short address another host has",
    arrange: async (t) => {
      const other = await createHost();
      return () => updateHost({ input: { hostId: t.hostId, slug: other.slug }, actor: t.admin });
    },
    expected: { reason: "slug_taken" },
  },
  {
    name: "creating a host with a short address that is taken",
    arrange: async (t) => {
      const host = await db.host.findUniqueOrThrow({ where: { id: t.hostId } });
      return () => createHostUseCase({ input: { name: "Doppelt", shortName: "D", slug: host.slug, contactEmail: "d@example.org" }, actor: t.admin });
    },
    expected: { reason: "slug_taken" },
  },
  {
    name: "the last platform administrator revoking themselves",
    arrange: async (t) => {
      // Only this one stays an administrator (other tests' admins are demoted for the case).
      await db.user.updateMany({ where: { isPlatformAdmin: true, id: { not: t.admin.userId } }, data: { isPlatformAdmin: false } });
      return () => setPlatformAdmin({ input: { userId: t.admin.userId, admin: false }, actor: t.admin });
    },
    expected: { reason: "last_admin" },
  },
];

describe("refusals of hosts, teams and administration are typed results and change nothing", () => {
  it.each(teamCases)("$name → $expected.reason", async (c) => {
    const host = await createHost();
    const owner = await db.user.create({ data: { email: `${uniq("owner")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
    const admin = await db.user.create({ data: { email: `${uniq("admin")}@example.org`, isPlatformAdmin: true } });
    const act = await c.arrange({ hostId: host.id, owner: { userId: owner.id }, admin: { userId: admin.id } });
    const before = await teamSnapshot(host.id);
    await expect(act()).resolves.toEqual({ ok: false, ...c.expected });
    expect(await teamSnapshot(host.id)).toEqual(before);
  });
});
