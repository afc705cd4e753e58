import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { registerAttendee } from "../helpers/register";
import { createConference, createHost, createSession, uniq } from "../helpers/fixtures";

// The route's only outside dependency is the signed-in user; everything below it runs for real.
const signedIn = vi.hoisted(() => ({ user: null as { id: string; email: string; name: string | null } | null }));
vi.mock("@/lib/auth", () => ({ currentUser: async () => signedIn.user }));
const { POST } = await import("@/app/api/organiser/conferences/[id]/check-ins/route");

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

async function setup() {
  const { conference, host } = await createConference();
  const partner = await createHost();
  await db.conferenceHost.create({ data: { conferenceId: conference.id, hostId: partner.id, role: "partner" } });
  const keynote = await createSession(conference, host.id, { title: "Keynote", offsetMinutes: 60 });
  const workshop = await createSession(conference, partner.id, { title: "Werkstatt", offsetMinutes: 180 });
  const other = await createConference();
  const foreign = await createSession(other.conference, other.host.id);
  const register = async (name: string, sessionIds: string[]) => {
    const r = await registerAttendee({ conferenceSlug: conference.slug, input: { name, email: `${uniq("a")}@example.org`, consent: true, sessionIds } });
    return db.registration.findUniqueOrThrow({ where: { id: r.registration.id } });
  };
  const jorg = await register("Jörg Müller", [keynote.id]);
  const walkIn = await register("Wanda", []);
  const user = (email: string, hostId: string | null, role: "owner" | "editor" | "viewer" = "owner") =>
    db.user.create({ data: { email: `${uniq(email)}@example.org`, ...(hostId ? { memberships: { create: { hostId, role } } } : {}) } });
  return {
    conference,
    keynote,
    workshop,
    foreign,
    jorg,
    walkIn,
    owner: await user("owner", host.id),
    viewer: await user("viewer", host.id, "viewer"),
    partnerEditor: await user("partner", partner.id, "editor"),
    stranger: await user("stranger", null),
  };
}

async function post(conferenceId: string, body: unknown, as: { id: string; email: string } | null) {
  signedIn.user = as ? { id: as.id, email: as.email, name: null } : null;
  const request = new Request(`http://localhost/api/organiser/conferences/${conferenceId}/check-ins`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const response = await POST(request, { params: Promise.resolve({ id: conferenceId }) });
  return { status: response.status, body: await response.json() };
}

describe("POST /api/organiser/conferences/{id}/check-ins", () => {
  it("answers each case as documented", async () => {
    const s = await setup();
    const cases: { name: string; as: { id: string; email: string } | null; body: unknown; status: number; expect?: Record<string, unknown> }[] = [
      { name: "anonymous", as: null, body: { code: s.jorg.checkInCode }, status: 401 },
      { name: "stranger: the conference is not found", as: s.stranger, body: { code: s.jorg.checkInCode }, status: 404 },
      { name: "viewer may not check in", as: s.viewer, body: { code: s.jorg.checkInCode }, status: 403 },
      { name: "partner editor at the entrance", as: s.partnerEditor, body: { code: s.jorg.checkInCode }, status: 403 },
      { name: "partner editor at another host's session", as: s.partnerEditor, body: { code: s.jorg.checkInCode, sessionId: s.keynote.id }, status: 403 },
      { name: "missing code", as: s.owner, body: {}, status: 422 },
      { name: "unknown code", as: s.owner, body: { code: "NOSUCHCODE" }, status: 404, expect: { error: "not_found", message: "No registration with this code" } },
      { name: "session of another conference", as: s.owner, body: { code: s.jorg.checkInCode, sessionId: s.foreign.id }, status: 422 },
      { name: "entrance", as: s.owner, body: { code: s.jorg.checkInCode.toLowerCase() }, status: 200, expect: { registrationId: s.jorg.id, name: "Jörg Müller", alreadyCheckedIn: false } },
      { name: "entrance again", as: s.owner, body: { code: s.jorg.checkInCode }, status: 200, expect: { alreadyCheckedIn: true } },
      { name: "session door", as: s.owner, body: { code: s.jorg.checkInCode, sessionId: s.keynote.id }, status: 200, expect: { sessionId: s.keynote.id, alreadyCheckedIn: false } },
      { name: "session door again", as: s.owner, body: { code: s.jorg.checkInCode, sessionId: s.keynote.id }, status: 200, expect: { sessionId: s.keynote.id, alreadyCheckedIn: true } },
      { name: "partner editor at its own session (walk-in)", as: s.partnerEditor, body: { code: s.walkIn.checkInCode, sessionId: s.workshop.id }, status: 200, expect: { name: "Wanda", sessionId: s.workshop.id, alreadyCheckedIn: false } },
    ];
    for (const c of cases) {
      const { status, body } = await post(s.conference.id, c.body, c.as);
      expect(status, c.name).toBe(c.status);
      if (c.expect) expect(body, c.name).toMatchObject(c.expect);
      if (status === 200) expect(new Date(body.checkedInAt).toISOString(), c.name).toBe(body.checkedInAt);
      if (status === 200 && !("sessionId" in (c.body as object))) expect(body, c.name).not.toHaveProperty("sessionId");
      if (status >= 400) expect(body.error, c.name).toBeTruthy();
    }
    const missing = await post(s.conference.id, {}, s.owner);
    expect(missing.body).toMatchObject({ error: "validation", errors: { code: expect.any(String) } });
  });

  it("a session check-in records the conference check-in when missing, once per person and session, with counts", async () => {
    const s = await setup();
    const first = await post(s.conference.id, { code: s.walkIn.checkInCode, sessionId: s.workshop.id }, s.partnerEditor);
    expect(first.status).toBe(200);
    const walkIn = await db.registration.findUniqueOrThrow({ where: { id: s.walkIn.id } });
    expect(walkIn.checkedInAt).not.toBeNull();
    // Two scans at the same door at once: one row.
    const [a, b] = await Promise.all([
      post(s.conference.id, { code: s.jorg.checkInCode, sessionId: s.workshop.id }, s.owner),
      post(s.conference.id, { code: s.jorg.checkInCode, sessionId: s.workshop.id }, s.owner),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.alreadyCheckedIn, b.body.alreadyCheckedIn].sort()).toEqual([false, true]);
    expect(await db.sessionCheckIn.count({ where: { sessionId: s.workshop.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { conferenceId: s.conference.id, action: "session.check-in" } })).toBe(2);
  });

  it("refuses registrations that are not confirmed with 409", async () => {
    const s = await setup();
    await db.registration.update({ where: { id: s.walkIn.id }, data: { status: "cancelled", cancelledAt: new Date() } });
    const { status, body } = await post(s.conference.id, { code: s.walkIn.checkInCode, sessionId: s.keynote.id }, s.owner);
    expect(status).toBe(409);
    expect(body).toMatchObject({ error: "conflict", status: "cancelled" });
    expect(await db.sessionCheckIn.count({ where: { registrationId: s.walkIn.id } })).toBe(0);
  });
});
