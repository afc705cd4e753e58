import "./helpers/database";
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { DEMO_ORGANISERS, DEMO_SLUG } from "./helpers/demo";
import { apiAs } from "./helpers/session";

/**
 * Every organiser route checks access on the server: anonymous callers are sent to sign in (401 for
 * APIs), people without a role on a conference get 404 (its existence stays hidden), people with too
 * little access get 403 — and nothing changes.
 */

async function fixtures() {
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const bismitSession = await db.session.findFirstOrThrow({ where: { conferenceId: conference.id, host: { shortName: "BiSMit" }, status: "scheduled" } });
  const emmdSession = await db.session.findFirstOrThrow({ where: { conferenceId: conference.id, host: { shortName: "EMMD" }, status: "scheduled" } });
  // Another conference run by a host none of the demo organisers belongs to.
  const stamp = Date.now();
  const host = await db.host.create({ data: { slug: `fremd-${stamp}`, name: "Fremder Träger", shortName: "Fremd", contactEmail: "info@fremd.example" } });
  const other = await db.conference.create({
    data: {
      slug: `andere-tagung-${stamp}`,
      title: "Andere Tagung",
      startsAt: conference.startsAt,
      endsAt: conference.endsAt,
      venueName: "Anderswo",
      venueAddress: "Irgendwo 1",
      status: "published",
      hosts: { create: { hostId: host.id, role: "organiser" } },
    },
  });
  const otherSession = await db.session.create({
    data: { conferenceId: other.id, hostId: host.id, title: "Fremde Session", startsAt: conference.startsAt, endsAt: new Date(conference.startsAt.getTime() + 3600_000), status: "scheduled" },
  });
  await db.user.upsert({ where: { email: "niemand@example.org" }, create: { email: "niemand@example.org" }, update: {} });
  return { conference, bismitSession, emmdSession, other, otherSession };
}

const snapshot = (id: string) => db.session.findUniqueOrThrow({ where: { id }, select: { title: true, startsAt: true, endsAt: true, roomId: true, status: true, revision: true } });

test("session changes: anonymous 401, no role 404, viewer 403, partner editor 403 on another host's session, another conference 404; data unchanged", async () => {
  const f = await fixtures();
  const cases: { who: string | null; sessionId: string; status: number }[] = [
    { who: null, sessionId: f.bismitSession.id, status: 401 },
    { who: "niemand@example.org", sessionId: f.bismitSession.id, status: 404 },
    { who: DEMO_ORGANISERS.bismitViewer, sessionId: f.bismitSession.id, status: 403 },
    { who: DEMO_ORGANISERS.emmdEditor, sessionId: f.bismitSession.id, status: 403 },
    { who: DEMO_ORGANISERS.bismitOwner, sessionId: f.otherSession.id, status: 404 },
    { who: DEMO_ORGANISERS.emmdOwner, sessionId: f.otherSession.id, status: 404 },
  ];
  for (const c of cases) {
    const before = await snapshot(c.sessionId);
    const api = await apiAs(c.who);
    const patch = await api.patch(`/api/organiser/sessions/${c.sessionId}`, { data: { title: "Gekapert" } });
    expect(patch.status(), `PATCH as ${c.who ?? "anonymous"}`).toBe(c.status);
    expect(JSON.stringify(await patch.json())).not.toContain("at ");
    const del = await api.delete(`/api/organiser/sessions/${c.sessionId}`);
    expect(del.status(), `DELETE as ${c.who ?? "anonymous"}`).toBe(c.status);
    expect(await snapshot(c.sessionId)).toEqual(before);
    await api.dispose();
  }
  // The partner's own editor may change the partner's session (the positive control).
  const editor = await apiAs(DEMO_ORGANISERS.emmdEditor);
  const own = await editor.patch(`/api/organiser/sessions/${f.emmdSession.id}`, { data: { title: f.emmdSession.title } });
  expect(own.status()).toBe(200);
  await editor.dispose();
});

test("attendee data: the CSV export is refused to anonymous callers and people without a role, and to organisers of another conference", async () => {
  const f = await fixtures();
  const cases: { who: string | null; conferenceId: string; status: number }[] = [
    { who: null, conferenceId: f.conference.id, status: 401 },
    { who: "niemand@example.org", conferenceId: f.conference.id, status: 404 },
    { who: DEMO_ORGANISERS.bismitOwner, conferenceId: f.other.id, status: 404 },
    { who: DEMO_ORGANISERS.bismitOwner, conferenceId: "does-not-exist", status: 404 },
  ];
  for (const c of cases) {
    const api = await apiAs(c.who);
    const response = await api.get(`/api/organiser/conferences/${c.conferenceId}/attendees.csv`);
    expect(response.status(), `CSV as ${c.who ?? "anonymous"} for ${c.conferenceId}`).toBe(c.status);
    expect(await response.text()).not.toContain("@");
    await api.dispose();
  }
  const owner = await apiAs(DEMO_ORGANISERS.bismitOwner);
  const ok = await owner.get(`/api/organiser/conferences/${f.conference.id}/attendees.csv`);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toContain("text/csv");
  await owner.dispose();
});

test("workspace pages: anonymous visitors are sent to sign in, people without a role get 404", async () => {
  const f = await fixtures();
  const pages = ["timetable", "attendees", "check-in", "broadcast", "resources", "settings", "audit", "reminders", "feedback"].map((p) => `/organiser/conferences/${f.conference.id}/${p}`);
  const anonymous = await apiAs(null);
  for (const path of ["/organiser", "/organiser/conferences/new", ...pages]) {
    const response = await anonymous.get(path);
    expect(response.status(), path).toBeGreaterThanOrEqual(300);
    expect(response.status(), path).toBeLessThan(400);
    expect(response.headers().location, path).toContain("/signin");
  }
  await anonymous.dispose();
  const stranger = await apiAs("niemand@example.org");
  for (const path of pages) expect((await stranger.get(path)).status(), path).toBe(404);
  await stranger.dispose();
  const owner = await apiAs(DEMO_ORGANISERS.bismitOwner);
  for (const path of pages.map((p) => p.replace(f.conference.id, f.other.id))) expect((await owner.get(path)).status(), path).toBe(404);
  await owner.dispose();
});

test("an attendee's own data is reachable only with their manage link", async () => {
  const owner = await apiAs(DEMO_ORGANISERS.bismitOwner);
  for (const token of ["x", "0".repeat(43), "../../organiser"]) {
    expect((await owner.get(`/api/registrations/${encodeURIComponent(token)}`)).status()).toBe(404);
    expect((await owner.delete(`/api/registrations/${encodeURIComponent(token)}`)).status()).toBe(404);
  }
  await owner.dispose();
});
