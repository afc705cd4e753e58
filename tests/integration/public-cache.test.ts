/**
 * Cached public pages (lib/conferences/public-cache.ts): every use case that changes what the
 * conference page, programme, session pages or the conference JSON show drops the cached read
 * model once its transaction commits — a table of them, each proven twice: the tag it invalidates,
 * and the cached read model showing the change on the next read with a cache that would otherwise
 * keep it a minute. Registrations (seat counts) only shorten the entry (SEAT_COUNT_DELAY_MS).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { updateHost } from "@/lib/admin/update-host";
import { clearCache, onInvalidate } from "@/lib/cache/tagged-cache";
import { addConferenceHost as addConferenceHostUseCase, removeConferenceHost as removeConferenceHostUseCase, setConferenceHostRole as setConferenceHostRoleUseCase } from "@/lib/conferences/conference-hosts";
import { cachedPublicConference, conferenceTag, SEAT_COUNT_DELAY_MS } from "@/lib/conferences/public-cache";
import { setConferenceStatus as setConferenceStatusUseCase } from "@/lib/conferences/set-conference-status";
import { updateConference as updateConferenceUseCase } from "@/lib/conferences/update-conference";
import { db } from "@/lib/db";
import { updateHostInput } from "@/lib/hosts/schema";
import { eraseRegistration } from "@/lib/privacy/erase-registration";
import { cancelRegistration } from "@/lib/registrations/cancel-registration";
import { promoteAttendee } from "@/lib/attendees/promote-attendee";
import { registerAttendee } from "../helpers/register";
import { updateRegistration } from "@/lib/registrations/update-registration";
import { deleteRoom as deleteRoomUseCase } from "@/lib/resources/delete-room";
import { deleteSpeaker as deleteSpeakerUseCase } from "@/lib/resources/delete-speaker";
import { deleteTrack as deleteTrackUseCase } from "@/lib/resources/delete-track";
import { moveResource as moveResourceUseCase } from "@/lib/resources/move-resource";
import { saveRoom as saveRoomUseCase } from "@/lib/resources/save-room";
import { saveSpeaker as saveSpeakerUseCase } from "@/lib/resources/save-speaker";
import { saveTrack as saveTrackUseCase } from "@/lib/resources/save-track";
import { TRACK_PALETTE } from "@/lib/resources/rules";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { createSession as scheduleSessionUseCase } from "@/lib/sessions/create-session";
import { updateSession } from "@/lib/sessions/update-session";
import { GET as agendaFeedRoute } from "@/app/api/agenda/[token]/calendar.ics/route";
import { resetFeedToken } from "@/lib/registrations/reset-links";
import { createConference, createHost, createSession, uniq } from "../helpers/fixtures";
import { emailedLinks } from "../helpers/links";
import { parsed } from "../helpers/parsed";
import { addConferenceHostInput, removeConferenceHostInput, setConferenceHostRoleInput, setConferenceStatusInput, updateConferenceInput } from "@/lib/conferences/schema";
import { deleteRoomInput, deleteSpeakerInput, deleteTrackInput, moveResourceInput, saveRoomInput, saveSpeakerInput, saveTrackInput } from "@/lib/resources/schema";
import { createSessionInput } from "@/lib/sessions/schema";

const addConferenceHost = parsed(addConferenceHostInput, addConferenceHostUseCase);
const removeConferenceHost = parsed(removeConferenceHostInput, removeConferenceHostUseCase);
const setConferenceHostRole = parsed(setConferenceHostRoleInput, setConferenceHostRoleUseCase);
const setConferenceStatus = parsed(setConferenceStatusInput, setConferenceStatusUseCase);
const updateConference = parsed(updateConferenceInput, updateConferenceUseCase);
const deleteRoom = parsed(deleteRoomInput, deleteRoomUseCase);
const deleteSpeaker = parsed(deleteSpeakerInput, deleteSpeakerUseCase);
const deleteTrack = parsed(deleteTrackInput, deleteTrackUseCase);
const moveResource = parsed(moveResourceInput, moveResourceUseCase);
const saveRoom = parsed(saveRoomInput, saveRoomUseCase);
const saveSpeaker = parsed(saveSpeakerInput, saveSpeakerUseCase);
const saveTrack = parsed(saveTrackInput, saveTrackUseCase);
const scheduleSession = parsed(createSessionInput, scheduleSessionUseCase);

const previous = { cache: process.env.PUBLIC_CACHE_MS, rateLimit: process.env.RATE_LIMIT };
beforeAll(() => {
  // A minute: longer than any test, so only an invalidation can make a change visible.
  process.env.PUBLIC_CACHE_MS = "60000";
  process.env.RATE_LIMIT = "off";
});
afterAll(() => {
  process.env.PUBLIC_CACHE_MS = previous.cache;
  process.env.RATE_LIMIT = previous.rateLimit;
  clearCache();
});

type Invalidation = { tags: string[]; within: number };
let seen: Invalidation[] = [];
let stop = () => {};
beforeEach(() => {
  seen = [];
  stop = onInvalidate((tags, within) => seen.push({ tags, within }));
});
afterEach(() => stop());

/** A published conference with a 1-seat session, an owner, a room, a track, a speaker and one waitlisted attendee. */
async function scenario() {
  const { conference, host, rooms } = await createConference();
  const owner = await db.user.create({ data: { email: `${uniq("o")}@example.org`, isPlatformAdmin: true, memberships: { create: { hostId: host.id, role: "owner" } } } });
  const session = await createSession(conference, host.id, { title: "Werkstatt", capacity: 1, roomId: rooms[0].id });
  const spare = await createSession(conference, host.id, { title: "Forum", offsetMinutes: 240 });
  const track = await db.track.create({ data: { conferenceId: conference.id, name: uniq("Track"), color: TRACK_PALETTE.blue, position: 0 } });
  const speaker = await db.speaker.create({ data: { conferenceId: conference.id, name: "Erika Muster" } });
  const register = (name: string, sessionIds: string[] = []) =>
    registerAttendee({ conferenceSlug: conference.slug, input: { name, email: `${uniq("a")}@example.org`, consent: true, sessionIds } });
  const first = await register("Ada", [session.id]);
  const waiting = await register("Bob", [session.id]);
  return { conference, host, rooms, owner, session, spare, track, speaker, register, first, waiting, actor: { userId: owner.id } };
}
type Scenario = Awaited<ReturnType<typeof scenario>>;

type Row = [name: string, change: (s: Scenario) => Promise<unknown>, seatsOnly: boolean];

const rows: Row[] = [
  ["updateConference", (s) => updateConference({ input: { conferenceId: s.conference.id, details: { title: "Neuer Titel" } }, actor: s.actor }), false],
  ["setConferenceStatus", (s) => setConferenceStatus({ input: { conferenceId: s.conference.id, status: "archived" }, actor: s.actor }), false],
  ["addConferenceHost", async (s) => addConferenceHost({ input: { conferenceId: s.conference.id, hostId: (await createHost()).id, role: "partner" }, actor: s.actor }), false],
  [
    "setConferenceHostRole",
    async (s) => {
      const partner = await createHost();
      await db.conferenceHost.create({ data: { conferenceId: s.conference.id, hostId: partner.id, role: "partner", position: 1 } });
      return setConferenceHostRole({ input: { conferenceId: s.conference.id, hostId: partner.id, role: "co_organiser" }, actor: s.actor });
    },
    false,
  ],
  [
    "removeConferenceHost",
    async (s) => {
      const partner = await createHost();
      await db.conferenceHost.create({ data: { conferenceId: s.conference.id, hostId: partner.id, role: "partner", position: 1 } });
      return removeConferenceHost({ input: { conferenceId: s.conference.id, hostId: partner.id }, actor: s.actor });
    },
    false,
  ],
  [
    "createSession",
    (s) => scheduleSession({ actor: s.actor, input: { conferenceId: s.conference.id, hostId: s.host.id, title: "Neu", day: new Date(s.conference.startsAt.getTime() + 864e5).toISOString().slice(0, 10), start: "12:00", minutes: 30, roomId: null } }),
    false,
  ],
  [
    "updateSession (new time)",
    (s) => updateSession({ sessionId: s.spare.id, actor: s.actor, changes: { startsAt: new Date(s.spare.startsAt.getTime() + 36e5), endsAt: new Date(s.spare.endsAt.getTime() + 36e5) } }),
    false,
  ],
  ["updateSession (capacity)", (s) => updateSession({ sessionId: s.session.id, actor: s.actor, changes: { capacity: 5 } }), false],
  ["cancelSession", (s) => cancelSession({ sessionId: s.spare.id, actor: s.actor }), false],
  ["saveRoom", (s) => saveRoom({ actor: s.actor, input: { conferenceId: s.conference.id, roomId: s.rooms[0].id, name: "Großer Saal" } }), false],
  ["deleteRoom", (s) => deleteRoom({ actor: s.actor, input: { conferenceId: s.conference.id, roomId: s.rooms[1].id } }), false],
  ["moveResource", (s) => moveResource({ actor: s.actor, input: { conferenceId: s.conference.id, kind: "room", id: s.rooms[1].id, direction: "up" } }), false],
  ["saveTrack", (s) => saveTrack({ actor: s.actor, input: { conferenceId: s.conference.id, trackId: s.track.id, name: "Schule" } }), false],
  ["deleteTrack", (s) => deleteTrack({ actor: s.actor, input: { conferenceId: s.conference.id, trackId: s.track.id } }), false],
  ["saveSpeaker", (s) => saveSpeaker({ actor: s.actor, input: { conferenceId: s.conference.id, speakerId: s.speaker.id, name: "Erika Mustermann" } }), false],
  ["deleteSpeaker", (s) => deleteSpeaker({ actor: s.actor, input: { conferenceId: s.conference.id, speakerId: s.speaker.id } }), false],
  ["updateHost", (s) => updateHost({ input: updateHostInput.parse({ hostId: s.host.id, name: "Umbenannt e. V.", shortName: "UMB", slug: s.host.slug, website: "", contactEmail: s.host.contactEmail, logoUrl: "" }), actor: s.actor }), false],
  ["registerAttendee", (s) => s.register("Cleo", [s.spare.id]), true],
  ["cancelRegistration (frees a seat, promotes the waiting list)", (s) => cancelRegistration({ registrationId: s.first.registration.id, actor: "attendee" }), true],
  ["updateRegistration (other sessions)", (s) => updateRegistration({ registrationId: s.first.registration.id, input: { sessionIds: [s.spare.id] }, actor: "attendee" }), true],
  [
    "promoteAttendee",
    async (s) => {
      await db.session.update({ where: { id: s.session.id }, data: { capacity: 2 } });
      return promoteAttendee({ registrationId: s.waiting.registration.id, sessionId: s.session.id, actor: s.actor });
    },
    true,
  ],
  ["eraseRegistration", (s) => eraseRegistration({ registrationId: s.first.registration.id, actor: "attendee" }), true],
];

describe("use cases that change a public conference invalidate its cached pages", () => {
  it.each(rows)("%s", async (_name, change, seatsOnly) => {
    const s = await scenario();
    const before = await cachedPublicConference(s.conference.slug);
    expect(before).not.toBeNull();
    seen = [];
    await change(s);
    const mine = seen.filter((i) => i.tags.includes(conferenceTag(s.conference.id)) || (!seatsOnly && i.tags.includes("public-conferences")));
    expect(mine.length).toBeGreaterThan(0);
    // A programme change drops the entry at once (it may move seats too); seat counts alone only shorten it.
    if (seatsOnly) expect(mine.every((i) => i.within === SEAT_COUNT_DELAY_MS)).toBe(true);
    else expect(mine.some((i) => i.within === 0)).toBe(true);
    const fresh = await db.conference.findUniqueOrThrow({ where: { id: s.conference.id }, select: { title: true, status: true } });
    if (!seatsOnly) {
      // The next read loads again: a new object with the committed data.
      const after = await cachedPublicConference(s.conference.slug);
      expect(after).not.toBe(before);
      expect(after?.title).toBe(fresh.title);
    }
  });

  it("a refused change (rolled back) invalidates nothing", async () => {
    const s = await scenario();
    await cachedPublicConference(s.conference.slug);
    seen = [];
    await expect(deleteRoom({ actor: s.actor, input: { conferenceId: s.conference.id, roomId: s.rooms[0].id } })).resolves.toMatchObject({ ok: false, reason: "room_in_use" });
    expect(seen).toEqual([]);
  });

});

describe("the cached read model", () => {
  it("serves the same object until invalidated, and one load for concurrent readers", async () => {
    const s = await scenario();
    const [a, b] = await Promise.all([cachedPublicConference(s.conference.slug), cachedPublicConference(s.conference.slug)]);
    expect(a).toBe(b);
    // Written past the use cases: the cache keeps the old value (that is what the tags are for).
    await db.session.update({ where: { id: s.spare.id }, data: { title: "Heimlich" } });
    expect((await cachedPublicConference(s.conference.slug))?.sessions.some((x) => x.title === "Heimlich")).toBe(false);
    await cancelSession({ sessionId: s.spare.id, actor: s.actor });
    const after = await cachedPublicConference(s.conference.slug);
    expect(after?.sessions.find((x) => x.id === s.spare.id)).toMatchObject({ title: "Heimlich", status: "cancelled" });
  });
});

describe("cached agenda feeds", () => {
  const feed = (token: string) => agendaFeedRoute(new Request(`http://test/api/agenda/${token}/calendar.ics`), { params: Promise.resolve({ token }) });

  it("a cancelled session shows on the next request; a reset or erased feed link stops at once", async () => {
    const s = await scenario();
    const { feed: token } = await emailedLinks(s.first.registration.id);
    const before = await (await feed(token)).text();
    expect(before).toContain("Werkstatt");
    expect(before).not.toContain("STATUS:CANCELLED");
    await cancelSession({ sessionId: s.session.id, actor: s.actor });
    expect(await (await feed(token)).text()).toContain("STATUS:CANCELLED");

    const { feedUrl } = await resetFeedToken({ registrationId: s.first.registration.id });
    expect((await feed(token)).status).toBe(404);
    const fresh = /\/agenda\/([^/]+)\//.exec(feedUrl)![1];
    expect((await feed(fresh)).status).toBe(200);
    await eraseRegistration({ registrationId: s.first.registration.id, actor: "attendee" });
    expect((await feed(fresh)).status).toBe(404);
  });
});
