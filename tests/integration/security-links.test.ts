/**
 * Issue 11, §2.5: links that cannot be taken away or turned into write access. HTTP level, through
 * the route handlers.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { GET as agenda } from "@/app/api/agenda/[token]/calendar.ics/route";
import { POST } from "@/app/api/conferences/[slug]/registrations/route";
import { POST as resetFeed } from "@/app/api/registrations/[token]/feed/route";
import { DELETE as revokeLinks } from "@/app/api/registrations/[token]/links/route";
import { DELETE, GET, PATCH } from "@/app/api/registrations/[token]/route";
import { POST as requestLink } from "@/app/api/registrations/manage-link/route";
import { db } from "@/lib/db";
import { resetRateLimits } from "@/lib/rate-limit";
import { createConference, createSession, uniq } from "../helpers/fixtures";
import { emailedLinks, tokenIn } from "../helpers/links";

beforeEach(async () => {
  // Other test files switch rate limits off; these tests are about them.
  delete process.env.RATE_LIMIT;
  await resetRateLimits();
});

const ctx = (token: string) => ({ params: Promise.resolve({ token }) });
const person = (extra: Record<string, unknown> = {}) => ({ name: "Jörg Müller", email: `${uniq("p")}@example.org`, consent: true, ...extra });

function register(slug: string, body: unknown) {
  return POST(
    new Request(`http://test/api/conferences/${slug}/registrations`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": uniq("ip") }, body: JSON.stringify(body) }),
    { params: Promise.resolve({ slug }) },
  );
}
const read = (token: string) => GET(new Request("http://test"), ctx(token));
const patch = (token: string, body: unknown) => PATCH(new Request("http://test", { method: "PATCH", body: JSON.stringify(body) }), ctx(token));
const feed = (token: string) => agenda(new Request("http://test"), ctx(token));

describe("calendar feed token", () => {
  it("the emailed subscription address carries a read-only token: it reads the feed but cannot read, change or cancel the registration", async () => {
    const { conference, host } = await createConference();
    const s = await createSession(conference, host.id);
    const body = await (await register(conference.slug, person({ sessionIds: [s.id] }))).json();
    const links = await emailedLinks(body.id);
    expect(links.feed).not.toBe(links.manage);
    expect(links.manage).toBe(tokenIn(body.manageUrl));

    expect((await feed(links.feed)).status).toBe(200);
    const refusals = {
      GET: await read(links.feed),
      PATCH: await patch(links.feed, { sessionIds: [] }),
      DELETE: await DELETE(new Request("http://test", { method: "DELETE" }), ctx(links.feed)),
      "reset feed": await resetFeed(new Request("http://test", { method: "POST" }), ctx(links.feed)),
      "revoke links": await revokeLinks(new Request("http://test", { method: "DELETE" }), ctx(links.feed)),
    };
    for (const [what, response] of Object.entries(refusals)) expect(response.status, what).toBe(404);
    // And the manage token is not a feed address.
    expect((await feed(links.manage)).status).toBe(404);
    expect((await db.registration.findUniqueOrThrow({ where: { id: body.id } })).status).toBe("confirmed");
    const hashes = await db.registrationToken.findMany({ where: { registrationId: body.id } });
    for (const row of hashes) expect([links.feed, links.manage]).not.toContain(row.tokenHash);
  });

  it("resetting the feed address from the manage page makes every older feed link stop working", async () => {
    const { conference } = await createConference();
    const body = await (await register(conference.slug, person())).json();
    const old = await emailedLinks(body.id);
    const response = await resetFeed(new Request("http://test", { method: "POST" }), ctx(old.manage));
    expect(response.status).toBe(200);
    const { feedUrl } = await response.json();
    expect(feedUrl).toMatch(/\/api\/agenda\/[A-Za-z0-9_-]{43}\/calendar\.ics$/);
    expect((await feed(tokenIn(feedUrl))).status).toBe(200);
    expect((await feed(old.feed)).status).toBe(404);
    expect(await db.auditLog.count({ where: { entityId: body.id, action: "registration.feed-reset" } })).toBe(1);
  });
});

describe("several valid manage links", () => {
  it("a repeat registration and a 'lost your link' request add links; the links the attendee already has keep working", async () => {
    const { conference } = await createConference();
    const p = person();
    const first = await (await register(conference.slug, p)).json();
    const original = tokenIn(first.manageUrl);

    const repeat = await register(conference.slug, { ...p, name: "Someone else" });
    expect(repeat.status).toBe(200);
    expect(await repeat.json()).toEqual({ existing: true, message: expect.any(String) });
    const second = await emailedLinks(first.id);

    const lost = await requestLink(new Request("http://test", { method: "POST", body: JSON.stringify({ email: p.email }), headers: { "x-forwarded-for": uniq("ip") } }));
    expect(lost.status).toBe(202);
    const third = await emailedLinks(first.id);

    const tokens = [original, second.manage, third.manage];
    expect(new Set(tokens).size).toBe(3);
    for (const token of tokens) expect((await read(token)).status, token).toBe(200);
    expect(await db.registrationToken.count({ where: { registrationId: first.id, kind: "manage", revokedAt: null } })).toBe(3);
  });

  it("the attendee can revoke every other manage link; the one in use keeps working", async () => {
    const { conference } = await createConference();
    const p = person();
    const first = await (await register(conference.slug, p)).json();
    await register(conference.slug, p);
    const other = (await emailedLinks(first.id)).manage;
    const mine = tokenIn(first.manageUrl);
    const response = await revokeLinks(new Request("http://test", { method: "DELETE" }), ctx(mine));
    expect(await response.json()).toEqual({ revoked: 1 });
    expect((await read(mine)).status).toBe(200);
    expect((await read(other)).status).toBe(404);
  });

  it("the repeat registration's answer reveals nothing personal, whatever the registration's state", async () => {
    const { conference, host } = await createConference({ capacity: 1 });
    const s = await createSession(conference, host.id, { capacity: 1 });
    await register(conference.slug, person({ sessionIds: [s.id] }));
    const waiting = person({ sessionIds: [s.id] });
    expect((await (await register(conference.slug, waiting)).json()).status).toBe("waitlisted");
    const again = await register(conference.slug, waiting);
    const text = await again.text();
    expect(again.status).toBe(200);
    expect(Object.keys(JSON.parse(text)).sort()).toEqual(["existing", "message"]);
    for (const secret of ["waitlisted", "waitlistPosition", "sessions", s.id, "status"]) expect(text).not.toContain(secret);
  });
});

describe("registering again after cancelling", () => {
  it("the same address can register again once its registration is cancelled; the cancelled one is kept", async () => {
    const { conference } = await createConference();
    const p = person();
    const first = await (await register(conference.slug, p)).json();
    await DELETE(new Request("http://test", { method: "DELETE" }), ctx(tokenIn(first.manageUrl)));

    const again = await register(conference.slug, { ...p, email: p.email.toUpperCase() });
    expect(again.status).toBe(201);
    const body = await again.json();
    expect(body).toMatchObject({ status: "confirmed" });
    expect(body.id).not.toBe(first.id);
    expect((await db.registration.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("cancelled");
    expect((await read(tokenIn(body.manageUrl))).status).toBe(200);
    // Now active again, a further attempt is a repeat.
    expect((await register(conference.slug, p)).status).toBe(200);
  });
});
