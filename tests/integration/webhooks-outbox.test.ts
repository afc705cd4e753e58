/**
 * Every use case that changes a registration or a session writes its webhook event in its own
 * transaction: committed, the event is there; rolled back at the very end of that transaction
 * (every writeTransaction made to fail after its work), neither the change nor any event remains.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { checkInAttendee } from "@/lib/attendees/check-in";
import { updateConference as updateConferenceUseCase } from "@/lib/conferences/update-conference";
import { eraseRegistration } from "@/lib/privacy/erase-registration";
import { cancelRegistration } from "@/lib/registrations/cancel-registration";
import { promoteAttendee } from "@/lib/attendees/promote-attendee";
import { registerAttendee } from "../helpers/register";
import { updateRegistration } from "@/lib/registrations/update-registration";
import { deleteTrack as deleteTrackUseCase } from "@/lib/resources/delete-track";
import { saveRoom as saveRoomUseCase } from "@/lib/resources/save-room";
import { saveSpeaker as saveSpeakerUseCase } from "@/lib/resources/save-speaker";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { createSession as createSessionUseCase } from "@/lib/sessions/create-session";
import { updateSession } from "@/lib/sessions/update-session";
import { toIsoWithOffset } from "@/lib/time/zoned";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { seal } from "@/lib/mail/sealed";
import { newEndpointSecret } from "@/lib/webhooks/signature";
import { uniq } from "../helpers/fixtures";
import { webhookScenario } from "../helpers/webhooks";
import { parsed } from "../helpers/parsed";
import { updateConferenceInput } from "@/lib/conferences/schema";
import { deleteTrackInput, saveRoomInput, saveSpeakerInput } from "@/lib/resources/schema";
import { createSessionInput } from "@/lib/sessions/schema";

const updateConference = parsed(updateConferenceInput, updateConferenceUseCase);
const deleteTrack = parsed(deleteTrackInput, deleteTrackUseCase);
const saveRoom = parsed(saveRoomInput, saveRoomUseCase);
const saveSpeaker = parsed(saveSpeakerInput, saveSpeakerUseCase);
const createSession = parsed(createSessionInput, createSessionUseCase);

class RolledBack extends Error {}
const control = vi.hoisted(() => ({ rollback: false }));
vi.mock("@/lib/db-retry", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/db-retry")>();
  return {
    ...original,
    writeTransaction: <T>(work: (tx: never) => Promise<T>, options?: object) =>
      original.writeTransaction(async (tx) => {
        const result = await work(tx as never);
        if (control.rollback) throw new RolledBack("rolled back on purpose");
        return result;
      }, options),
  };
});

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

type Scenario = Awaited<ReturnType<typeof webhookScenario>>;
const person = (name = "Jörg Müller") => ({ name, email: `${uniq("p")}@example.org`, consent: true as const });
const register = (s: Scenario, sessionIds: string[] = []) => registerAttendee({ conferenceSlug: s.conference.slug, input: { ...person(), sessionIds } });
const actor = (s: Scenario) => ({ userId: s.owner.id });

type Case = {
  name: string;
  expected: string[];
  scenario?: { capacity?: number | null; sessionCapacity?: number | null };
  /** Committed setup; returns what the change needs. */
  setup: (s: Scenario) => Promise<Record<string, string>>;
  change: (s: Scenario, ids: Record<string, string>) => Promise<unknown>;
  /** What the change does to the data, to prove it rolled back with its event. */
  probe: (s: Scenario, ids: Record<string, string>) => Promise<unknown>;
};

const cases: Case[] = [
  {
    name: "registerAttendee",
    expected: ["registration.created"],
    setup: async () => ({}),
    change: (s) => register(s, [s.session.id]),
    probe: (s) => db.registration.count({ where: { conferenceId: s.conference.id } }),
  },
  {
    name: "updateRegistration (attendee changes details)",
    expected: ["registration.updated"],
    setup: async (s) => ({ reg: (await register(s)).registration.id }),
    change: (_s, ids) => updateRegistration({ registrationId: ids.reg, input: { organisation: "Stadtbibliothek" }, actor: "attendee" }),
    probe: (_s, ids) => db.registration.findUnique({ where: { id: ids.reg }, select: { organisation: true } }),
  },
  {
    name: "cancelRegistration",
    expected: ["registration.cancelled"],
    setup: async (s) => ({ reg: (await register(s)).registration.id }),
    change: (_s, ids) => cancelRegistration({ registrationId: ids.reg, actor: "attendee" }),
    probe: (_s, ids) => db.registration.findUnique({ where: { id: ids.reg }, select: { status: true } }),
  },
  {
    name: "cancelRegistration promotes the waiting list",
    scenario: { capacity: 1 },
    expected: ["registration.cancelled", "waitlist.promoted"],
    setup: async (s) => ({ first: (await register(s)).registration.id, second: (await register(s)).registration.id }),
    change: (_s, ids) => cancelRegistration({ registrationId: ids.first, actor: "attendee" }),
    probe: (_s, ids) => db.registration.findMany({ where: { id: { in: [ids.first, ids.second] } }, select: { status: true }, orderBy: { id: "asc" } }),
  },
  {
    name: "promoteAttendee (session seat)",
    scenario: { sessionCapacity: 1 },
    expected: ["waitlist.promoted"],
    setup: async (s) => {
      await register(s, [s.session.id]);
      const second = (await register(s, [s.session.id])).registration.id;
      await db.session.update({ where: { id: s.session.id }, data: { capacity: 2 } });
      return { second };
    },
    change: (s, ids) => promoteAttendee({ registrationId: ids.second, sessionId: s.session.id, actor: actor(s) }),
    probe: (s, ids) => db.sessionRegistration.findFirst({ where: { registrationId: ids.second, sessionId: s.session.id }, select: { status: true } }),
  },
  {
    name: "updateRegistration dropping a full session promotes the next in line",
    scenario: { sessionCapacity: 1 },
    expected: ["registration.updated", "waitlist.promoted"],
    setup: async (s) => ({ first: (await register(s, [s.session.id])).registration.id, second: (await register(s, [s.session.id])).registration.id }),
    change: (_s, ids) => updateRegistration({ registrationId: ids.first, input: { sessionIds: [] }, actor: "attendee" }),
    probe: (s) => db.sessionRegistration.findMany({ where: { sessionId: s.session.id }, select: { status: true }, orderBy: { id: "asc" } }),
  },
  {
    name: "checkInAttendee",
    expected: ["checkin.created"],
    setup: async (s) => {
      const { registration } = await register(s);
      return { reg: registration.id, code: (await db.registration.findUniqueOrThrow({ where: { id: registration.id } })).checkInCode };
    },
    change: (s, ids) => checkInAttendee({ conferenceId: s.conference.id, code: ids.code, actor: actor(s) }),
    probe: (_s, ids) => db.registration.findUnique({ where: { id: ids.reg }, select: { checkedInAt: true } }),
  },
  {
    name: "eraseRegistration",
    expected: ["registration.cancelled"],
    setup: async (s) => ({ reg: (await register(s)).registration.id }),
    change: (_s, ids) => eraseRegistration({ registrationId: ids.reg, actor: "attendee" }),
    probe: (_s, ids) => db.registration.findUnique({ where: { id: ids.reg }, select: { status: true, name: true } }),
  },
  {
    name: "updateConference lowering the capacity moves the latest to the waiting list",
    scenario: { capacity: 5 },
    expected: ["registration.updated"],
    setup: async (s) => {
      await register(s);
      return { reg: (await register(s)).registration.id };
    },
    change: (s) => updateConference({ input: { conferenceId: s.conference.id, details: { capacity: 1 }, overflowToWaitlist: true }, actor: actor(s) }),
    probe: (_s, ids) => db.registration.findUnique({ where: { id: ids.reg }, select: { status: true } }),
  },
  {
    name: "createSession",
    expected: ["session.changed"],
    setup: async () => ({}),
    change: (s) =>
      createSession({ input: { conferenceId: s.conference.id, hostId: s.host.id, title: "Neu", day: toIsoWithOffset(s.conference.startsAt, "Europe/Berlin").slice(0, 10), start: "23:00", minutes: 30, status: "scheduled" }, actor: actor(s) }),
    probe: (s) => db.session.count({ where: { conferenceId: s.conference.id } }),
  },
  {
    name: "updateSession (rescheduled)",
    expected: ["session.changed"],
    setup: async () => ({}),
    change: (s) => updateSession({ sessionId: s.session.id, actor: actor(s), changes: { startsAt: new Date(s.session.startsAt.getTime() + 36e5), endsAt: new Date(s.session.endsAt.getTime() + 36e5) } }),
    probe: (s) => db.session.findUnique({ where: { id: s.session.id }, select: { startsAt: true } }),
  },
  {
    name: "updateSession lowering the capacity moves a seat to the waiting list",
    expected: ["session.changed", "registration.updated"],
    setup: async (s) => {
      await register(s, [s.session.id]);
      return { reg: (await register(s, [s.session.id])).registration.id };
    },
    change: (s) => updateSession({ sessionId: s.session.id, actor: actor(s), changes: { capacity: 1, overflowToWaitlist: true } }),
    probe: (s) => db.session.findUnique({ where: { id: s.session.id }, select: { capacity: true, seatsTaken: true } }),
  },
  {
    name: "cancelSession",
    expected: ["session.cancelled"],
    setup: async () => ({}),
    change: (s) => cancelSession({ sessionId: s.session.id, actor: actor(s) }),
    probe: (s) => db.session.findUnique({ where: { id: s.session.id }, select: { status: true } }),
  },
  {
    name: "saveRoom renaming the session's room",
    expected: ["session.changed"],
    setup: async () => ({}),
    change: (s) => saveRoom({ input: { conferenceId: s.conference.id, roomId: s.rooms[0].id, name: "Großer Saal" }, actor: actor(s) }),
    probe: (s) => db.room.findUnique({ where: { id: s.rooms[0].id }, select: { name: true } }),
  },
  {
    name: "deleteTrack unlinking the session",
    expected: ["session.changed"],
    setup: async (s) => {
      const track = await db.track.create({ data: { conferenceId: s.conference.id, name: "Bildung" } });
      await db.session.update({ where: { id: s.session.id }, data: { trackId: track.id } });
      return { track: track.id };
    },
    change: (s, ids) => deleteTrack({ input: { conferenceId: s.conference.id, trackId: ids.track, unlinkSessions: true }, actor: actor(s) }),
    probe: (s) => db.session.findUnique({ where: { id: s.session.id }, select: { trackId: true } }),
  },
  {
    name: "saveSpeaker renaming the session's speaker",
    expected: ["session.changed"],
    setup: async (s) => {
      const speaker = await db.speaker.create({ data: { conferenceId: s.conference.id, name: "Dr. Ada Beispiel" } });
      await db.sessionSpeaker.create({ data: { sessionId: s.session.id, speakerId: speaker.id } });
      return { speaker: speaker.id };
    },
    change: (s, ids) => saveSpeaker({ input: { conferenceId: s.conference.id, speakerId: ids.speaker, name: "Prof. Ada Beispiel" }, actor: actor(s) }),
    probe: (_s, ids) => db.speaker.findUnique({ where: { id: ids.speaker }, select: { name: true } }),
  },
];

async function subscribeAll(s: Scenario) {
  return db.webhookEndpoint.create({ data: { conferenceId: s.conference.id, url: "https://receiver.example.org/hook", events: [...WEBHOOK_EVENT_TYPES], secretSealed: seal(newEndpointSecret()) } });
}

const eventTypes = async (conferenceId: string, after: Date) =>
  (await db.webhookEvent.findMany({ where: { conferenceId, createdAt: { gte: after } }, orderBy: [{ createdAt: "asc" }] })).map((e) => e.type);

describe("webhook events are written in the change's transaction", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const s = await webhookScenario(c.scenario);
    const ids = await c.setup(s);
    const endpoint = await subscribeAll(s);
    const start = new Date(Date.now() - 1);
    const before = await db.webhookEvent.count({ where: { conferenceId: s.conference.id } });
    const unchanged = await c.probe(s, ids);

    control.rollback = true;
    try {
      await expect(c.change(s, ids)).rejects.toBeInstanceOf(RolledBack);
    } finally {
      control.rollback = false;
    }
    expect(await db.webhookEvent.count({ where: { conferenceId: s.conference.id } })).toBe(before);
    expect(await c.probe(s, ids)).toEqual(unchanged);

    await c.change(s, ids);
    expect(await c.probe(s, ids)).not.toEqual(unchanged);
    const types = await eventTypes(s.conference.id, start);
    expect([...new Set(types)].sort()).toEqual([...c.expected].sort());
    // One delivery per event for the subscribed endpoint, due at once.
    const deliveries = await db.webhookDelivery.findMany({ where: { endpointId: endpoint.id } });
    expect(deliveries).toHaveLength(types.length);
    expect(deliveries.every((d) => d.status === "pending" && d.attempts === 0)).toBe(true);
  });

  it("covers every event type", () => {
    expect(new Set(cases.flatMap((c) => c.expected))).toEqual(new Set(WEBHOOK_EVENT_TYPES));
  });

  it("writes nothing when no enabled endpoint wants the event", async () => {
    const s = await webhookScenario();
    await db.webhookEndpoint.create({ data: { conferenceId: s.conference.id, url: "https://a.example.org/", events: ["session.cancelled"], secretSealed: seal(newEndpointSecret()) } });
    await db.webhookEndpoint.create({ data: { conferenceId: s.conference.id, url: "https://b.example.org/", events: ["registration.created"], enabled: false, secretSealed: seal(newEndpointSecret()) } });
    await register(s);
    expect(await db.webhookEvent.count({ where: { conferenceId: s.conference.id } })).toBe(0);
  });

  it("erasure leaves no personal data in stored webhook bodies", async () => {
    const s = await webhookScenario();
    await subscribeAll(s);
    const { registration } = await registerAttendee({ conferenceSlug: s.conference.slug, input: { ...person("Erika Mustermann"), organisation: "Schule am Park" } });
    await eraseRegistration({ registrationId: registration.id, actor: "attendee" });
    const events = await db.webhookEvent.findMany({ where: { registrationId: registration.id } });
    expect(events.map((e) => e.type).sort()).toEqual(["registration.cancelled", "registration.created"]);
    const text = JSON.stringify(events.map((e) => e.payload));
    expect(text).not.toMatch(/Erika|Mustermann|Schule am Park|@example\.org/);
    expect(events.every((e) => (e.payload as { data: { registration: { anonymised: boolean } } }).data.registration.anonymised)).toBe(true);
  });
});

describe("webhook events are kept 30 days", () => {
  it("the retention job deletes older events with their deliveries and keeps recent ones", async () => {
    const { runRetention } = await import("@/lib/privacy/run-retention");
    const s = await webhookScenario();
    const endpoint = await subscribeAll(s);
    const now = new Date();
    const make = (id: string, createdAt: Date) =>
      db.webhookEvent.create({ data: { id, conferenceId: s.conference.id, type: "session.changed", payload: {}, createdAt, deliveries: { create: { endpointId: endpoint.id } } } });
    const old = await make(`msg_${uniq("old")}`, new Date(now.getTime() - 31 * 864e5));
    const recent = await make(`msg_${uniq("new")}`, new Date(now.getTime() - 29 * 864e5));
    const report = await runRetention({ now });
    expect(report.purged.webhookEvents).toBeGreaterThanOrEqual(1);
    expect(await db.webhookEvent.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.webhookEvent.findUnique({ where: { id: recent.id } })).not.toBeNull();
    expect(await db.webhookDelivery.count({ where: { eventId: old.id } })).toBe(0);
  });
});
