import { beforeAll, describe, expect, it, vi } from "vitest";
import { attendedSessions } from "@/lib/attendees/attended-sessions";
import { checkInAttendee } from "@/lib/attendees/check-in";
import { db } from "@/lib/db";
import { feedbackResults } from "@/lib/feedback/feedback-results";
import { feedbackFormFor } from "@/lib/feedback/queries";
import { feedbackInput } from "@/lib/feedback/schema";
import { submitFeedback } from "@/lib/feedback/submit-feedback";
import { anonymiseRegistration } from "@/lib/privacy/anonymise-registration";
import { exportRegistration } from "@/lib/privacy/export-registration";
import { registerAttendee } from "../helpers/register";
import { createConference, createHost, createSession, uniq } from "../helpers/fixtures";

const clock = vi.hoisted(() => ({ now: null as Date | null }));
// The route reads the real time; the test moves it (the use case takes `now`, the route passes none).
vi.mock("@/lib/feedback/submit-feedback", async (original) => {
  const actual = await original<typeof import("@/lib/feedback/submit-feedback")>();
  return { ...actual, submitFeedback: (o: Parameters<typeof actual.submitFeedback>[0]) => actual.submitFeedback({ ...o, now: o.now ?? clock.now ?? undefined }) };
});
const { POST } = await import("@/app/api/registrations/[token]/feedback/route");

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function setup() {
  const { conference, host } = await createConference();
  const partner = await createHost();
  await db.conferenceHost.create({ data: { conferenceId: conference.id, hostId: partner.id, role: "partner" } });
  const keynote = await createSession(conference, host.id, { title: "Keynote", offsetMinutes: 60 });
  const workshop = await createSession(conference, partner.id, { title: "Werkstatt", offsetMinutes: 180 });
  const people = [];
  for (const name of ["Jörg", "Ada", "Ben"]) {
    const r = await registerAttendee({ conferenceSlug: conference.slug, input: { name, email: `${uniq("a")}@example.org`, consent: true, sessionIds: [keynote.id, workshop.id] } });
    people.push({ ...(await db.registration.findUniqueOrThrow({ where: { id: r.registration.id } })), token: r.manageToken! });
  }
  const user = (hostId: string, role: "owner" | "editor" | "viewer") => db.user.create({ data: { email: `${uniq("u")}@example.org`, memberships: { create: { hostId, role } } } });
  return { conference, keynote, workshop, people, owner: await user(host.id, "owner"), viewer: await user(host.id, "viewer"), partnerViewer: await user(partner.id, "viewer") };
}

async function post(token: string, body: unknown, now: Date) {
  clock.now = now;
  const response = await POST(new Request(`http://localhost/api/registrations/${token}/feedback`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }), { params: Promise.resolve({ token }) });
  return { status: response.status, body: await response.json() };
}

describe("attended sessions", () => {
  it("without door check-ins: the confirmed sessions of people checked in at the entrance; with them: only the doors", async () => {
    const s = await setup();
    const [jorg, ada] = s.people;
    expect(await attendedSessions(db, jorg.id)).toEqual([]);
    await checkInAttendee({ conferenceId: s.conference.id, code: jorg.checkInCode, actor: { userId: s.owner.id } });
    expect((await attendedSessions(db, jorg.id)).map((x) => x.title)).toEqual(["Keynote", "Werkstatt"]);
    await checkInAttendee({ conferenceId: s.conference.id, code: ada.checkInCode, sessionId: s.workshop.id, actor: { userId: s.owner.id } });
    // The conference now uses door check-in: Jörg was seen at no door, Ada at one.
    expect(await attendedSessions(db, jorg.id)).toEqual([]);
    expect((await attendedSessions(db, ada.id)).map((x) => x.title)).toEqual(["Werkstatt"]);
  });
});

describe("POST /api/registrations/{token}/feedback", () => {
  it("409 before the session ended and for sessions not attended; editable for 14 days after the end, refused after", async () => {
    const s = await setup();
    const [jorg, ada] = s.people;
    await checkInAttendee({ conferenceId: s.conference.id, code: jorg.checkInCode, sessionId: s.keynote.id, actor: { userId: s.owner.id } });
    const during = new Date(s.keynote.startsAt.getTime() + 10 * 60_000);
    const after = new Date(s.keynote.endsAt.getTime() + HOUR);

    expect(await post(jorg.token, { sessionId: s.keynote.id, rating: 5 }, during)).toMatchObject({ status: 409, body: { reason: "not_ended" } });
    expect(await post(jorg.token, { sessionId: s.workshop.id, rating: 4 }, new Date(s.workshop.endsAt.getTime() + HOUR))).toMatchObject({ status: 409, body: { reason: "not_attended" } });
    expect(await post(ada.token, { sessionId: s.keynote.id, rating: 4 }, after)).toMatchObject({ status: 409, body: { reason: "not_attended" } });
    expect((await post(jorg.token, { sessionId: s.keynote.id, rating: 6 }, after)).status).toBe(422);
    expect((await post(jorg.token, { sessionId: s.keynote.id }, after)).body).toMatchObject({ error: "validation", errors: { rating: expect.any(String) } });
    expect((await post("x".repeat(43), { sessionId: s.keynote.id, rating: 3 }, after)).status).toBe(404);

    const first = await post(jorg.token, { sessionId: s.keynote.id, rating: 3, comment: "Zu kurz." }, after);
    expect(first).toMatchObject({ status: 200, body: { sessionId: s.keynote.id, rating: 3, comment: "Zu kurz.", created: true } });
    // Changed on day 13: one row, the comment kept when not sent.
    const edit = await post(jorg.token, { sessionId: s.keynote.id, rating: 4 }, new Date(s.keynote.endsAt.getTime() + 13 * DAY));
    expect(edit).toMatchObject({ status: 200, body: { rating: 4, comment: "Zu kurz.", created: false } });
    expect(await db.sessionFeedback.count({ where: { registrationId: jorg.id } })).toBe(1);
    const late = await post(jorg.token, { sessionId: s.keynote.id, rating: 1, comment: null }, new Date(s.keynote.endsAt.getTime() + 14 * DAY + 60_000));
    expect(late).toMatchObject({ status: 409, body: { reason: "closed" } });
    expect(await db.sessionFeedback.findFirstOrThrow({ where: { registrationId: jorg.id } })).toMatchObject({ rating: 4, comment: "Zu kurz." });

    const form = await feedbackFormFor(jorg.token, new Date(s.keynote.endsAt.getTime() + DAY));
    expect(form?.sessions).toEqual([expect.objectContaining({ id: s.keynote.id, window: "open", rating: 4, comment: "Zu kurz." })]);

    // The attendee's data export names it; anonymising keeps the rating and drops the comment.
    const exported = await exportRegistration(jorg.id);
    expect(exported?.feedback).toEqual([expect.objectContaining({ sessionId: s.keynote.id, title: "Keynote", rating: 4, comment: "Zu kurz." })]);
    expect(exported?.sessionCheckIns).toEqual([expect.objectContaining({ sessionId: s.keynote.id, title: "Keynote" })]);
    await db.$transaction((tx) => anonymiseRegistration(tx, jorg.id, new Date()));
    expect(await db.sessionFeedback.findFirstOrThrow({ where: { registrationId: jorg.id } })).toMatchObject({ rating: 4, comment: null });
  });
});

describe("feedback results", () => {
  it("organising hosts see every session, a partner host only its own; no names anywhere", async () => {
    const s = await setup();
    const after = new Date(s.workshop.endsAt.getTime() + HOUR);
    for (const p of s.people) await checkInAttendee({ conferenceId: s.conference.id, code: p.checkInCode, actor: { userId: s.owner.id } });
    const ratings: [number, number][] = [[5, 2], [4, 2], [4, 5]];
    for (const [i, p] of s.people.entries()) {
      await submitFeedback({ token: p.token, input: feedbackInput.parse({ sessionId: s.keynote.id, rating: ratings[i][0], comment: i === 0 ? "Sehr inspirierend" : undefined }), now: after });
      await submitFeedback({ token: p.token, input: feedbackInput.parse({ sessionId: s.workshop.id, rating: ratings[i][1] }), now: after });
    }
    const organiser = await feedbackResults({ conferenceId: s.conference.id, actor: { userId: s.viewer.id } });
    expect(organiser.sessions.map((x) => x.title)).toEqual(["Keynote", "Werkstatt"]);
    expect(organiser.sessions[0]).toMatchObject({ count: 3, average: 4.3, distribution: [0, 0, 0, 2, 1], comments: ["Sehr inspirierend"] });
    expect(organiser.sessions[1]).toMatchObject({ count: 3, average: 3, distribution: [0, 2, 0, 0, 1], comments: [] });
    expect(JSON.stringify(organiser)).not.toMatch(/Jörg|Ada|Ben|@example/);
    const partner = await feedbackResults({ conferenceId: s.conference.id, actor: { userId: s.partnerViewer.id } });
    expect(partner.sessions.map((x) => x.title)).toEqual(["Werkstatt"]);
    expect(partner.wholeConference).toBe(false);
    const stranger = await db.user.create({ data: { email: `${uniq("x")}@example.org` } });
    await expect(feedbackResults({ conferenceId: s.conference.id, actor: { userId: stranger.id } })).rejects.toMatchObject({ code: "not_found" });
  });
});
