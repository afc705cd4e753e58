/**
 * Issue 17: organiser API tokens — created by a host's owners (and admins) for some of the host's
 * conferences, shown once, stored hashed, revocable, last use noted (throttled); the bearer acts
 * with the same permission checks as the pages, read tokens cannot write.
 */
import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { GET as listRegistrationsRoute } from "@/app/api/organiser/conferences/[id]/registrations/route";
import { GET as listSessionsRoute } from "@/app/api/organiser/conferences/[id]/sessions/route";
import { PATCH as patchSession } from "@/app/api/organiser/sessions/[id]/route";
import { authenticateApiToken, LAST_USED_RESOLUTION_MS, organiserActor } from "@/lib/api-tokens/authenticate";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { hostApiTokens } from "@/lib/api-tokens/queries";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { createApiTokenInput } from "@/lib/api-tokens/schema";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { hostTeam } from "@/lib/hosts/queries";
import { createConference, createHost, createSession, uniq } from "../helpers/fixtures";

// The session cookie's user, as next-auth would resolve it (route tests run outside a Next.js request).
const signedIn = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null } }));
vi.mock("@/lib/auth", async (original) => ({ ...(await original<typeof import("@/lib/auth")>()), currentUser: async () => signedIn.user }));

async function user(hostId: string | null, role: "owner" | "editor" | "viewer" = "owner", isPlatformAdmin = false) {
  return db.user.create({ data: { email: `${uniq("u")}@example.org`, isPlatformAdmin, ...(hostId ? { memberships: { create: { hostId, role } } } : {}) } });
}

async function setup() {
  const a = await createConference();
  const b = await createConference();
  // A second conference of host A, and one where host A is only a partner.
  const owner = await user(a.host.id);
  return { a, b, owner };
}

const input = (hostId: string, conferenceIds: string[], rights: "read" | "write" = "read", name = "Abgleich") => createApiTokenInput.parse({ hostId, name, rights, conferenceIds });

function bearer(secret: string) {
  return { authorization: `Bearer ${secret}` };
}

function listRequest(conferenceId: string, headers: Record<string, string>, query = "") {
  return listRegistrationsRoute(new Request(`http://test/api/organiser/conferences/${conferenceId}/registrations${query}`, { headers }), { params: Promise.resolve({ id: conferenceId }) });
}

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return "ok";
}

describe("creating a token", () => {
  it("returns the secret once (tgk_ + 256 bits); the database keeps only its SHA-256 hash and a short prefix", async () => {
    const { a, owner } = await setup();
    const created = await createApiToken({ input: input(a.host.id, [a.conference.id]), actor: { userId: owner.id } });
    expect(created.secret).toMatch(/^tgk_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.tokenId }, include: { conferences: true } });
    expect(row.tokenHash).toBe(createHash("sha256").update(created.secret).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(4));
    expect(created.secret.startsWith(row.prefix)).toBe(true);
    expect(row.prefix.length).toBeLessThan(12);
    expect(row.conferences.map((c) => c.conferenceId)).toEqual([a.conference.id]);
    // The page never has the secret again, only name, prefix and scope.
    const page = await hostApiTokens(owner.id, a.host.id);
    expect(JSON.stringify(page)).not.toContain(created.secret);
    expect(page?.tokens[0]).toMatchObject({ name: "Abgleich", rights: "read", prefix: row.prefix, lastUsedAt: null, revokedAt: null, conferences: [a.conference.title] });
    // An audit row in the host's log names it, without the secret.
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "ApiToken", entityId: created.tokenId, action: "api-token.create" } });
    expect(audit.actorUserId).toBe(owner.id);
    expect(JSON.stringify(audit)).not.toContain(created.secret);
    expect((await hostTeam(owner.id, a.host.id))?.log.some((l) => l.action === "api-token.create")).toBe(true);
  });

  it("only owners of the host and platform admins may; editors are refused, strangers do not see the host", async () => {
    const { a } = await setup();
    const editor = await user(a.host.id, "editor");
    const stranger = await user(null);
    const admin = await user(null, "owner", true);
    expect(await refusal(createApiToken({ input: input(a.host.id, [a.conference.id]), actor: { userId: editor.id } }))).toBe("forbidden");
    expect(await refusal(createApiToken({ input: input(a.host.id, [a.conference.id]), actor: { userId: stranger.id } }))).toBe("not_found");
    expect(await refusal(createApiToken({ input: input(a.host.id, [a.conference.id]), actor: { userId: admin.id } }))).toBe("ok");
    expect(await hostApiTokens(editor.id, a.host.id)).toBeNull();
    expect(await hostApiTokens(admin.id, a.host.id)).not.toBeNull();
  });

  it("refuses conferences of another host, and an empty scope", async () => {
    const { a, b, owner } = await setup();
    const error = await createApiToken({ input: input(a.host.id, [a.conference.id, b.conference.id]), actor: { userId: owner.id } }).catch((e: unknown) => e);
    expect(isAppError(error) && error.fields).toEqual({ conferenceIds: "unknownConference" });
    expect(createApiTokenInput.safeParse({ hostId: a.host.id, name: "x", rights: "read", conferenceIds: [] }).success).toBe(false);
    expect(createApiTokenInput.safeParse({ hostId: a.host.id, name: "x", rights: "admin", conferenceIds: [a.conference.id] }).success).toBe(false);
    // A form's single ticked box arrives as a string.
    expect(createApiTokenInput.parse({ hostId: a.host.id, name: " x ", rights: "write", conferenceIds: a.conference.id }).conferenceIds).toEqual([a.conference.id]);
  });
});

describe("using a token", () => {
  it("without an Authorization header the signed-in organiser's session still works, with the user's own rights", async () => {
    const { a, b, owner } = await setup();
    signedIn.user = { id: owner.id, email: owner.email, name: null };
    try {
      expect((await listRequest(a.conference.id, {})).status).toBe(200);
      expect((await listRequest(b.conference.id, {})).status).toBe(404);
      // A bad token is judged alone: it never falls back to the cookie.
      expect((await listRequest(a.conference.id, { authorization: "Bearer tgk_nope" })).status).toBe(401);
    } finally {
      signedIn.user = null;
    }
  });

  it("works as Authorization: Bearer, never from the query string; unknown and malformed tokens are 401 with WWW-Authenticate", async () => {
    const { a, owner } = await setup();
    const { secret } = await createApiToken({ input: input(a.host.id, [a.conference.id]), actor: { userId: owner.id } });
    expect((await listRequest(a.conference.id, bearer(secret))).status).toBe(200);
    signedIn.user = null;
    for (const query of [`?access_token=${secret}`, `?token=${secret}`, `?authorization=Bearer%20${secret}`]) {
      const response = await listRequest(a.conference.id, {}, query);
      expect(response.status, query).toBe(401);
    }
    for (const header of [`Bearer tgk_${"x".repeat(43)}`, `Basic ${secret}`, secret, "Bearer"]) {
      const response = await listRequest(a.conference.id, { authorization: header });
      expect(response.status, header).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="tagung"');
      expect(await response.json()).toMatchObject({ error: "unauthenticated" });
    }
  });

  it("sees only the conferences it is scoped to: another conference of the same host and other hosts' conferences are 404", async () => {
    const { a, b, owner } = await setup();
    const second = await db.conference.create({
      data: { slug: uniq("conf"), title: "Zweite", startsAt: a.conference.startsAt, endsAt: a.conference.endsAt, venueName: "x", venueAddress: "y", status: "published", hosts: { create: { hostId: a.host.id, role: "organiser" } } },
    });
    const { secret } = await createApiToken({ input: input(a.host.id, [a.conference.id]), actor: { userId: owner.id } });
    expect((await listRequest(a.conference.id, bearer(secret))).status).toBe(200);
    expect((await listRequest(second.id, bearer(secret))).status).toBe(404);
    expect((await listRequest(b.conference.id, bearer(secret))).status).toBe(404);
    const sessions = await listSessionsRoute(new Request(`http://test/x`, { headers: bearer(secret) }), { params: Promise.resolve({ id: b.conference.id }) });
    expect(sessions.status).toBe(404);
  });

  it("read tokens get 403 on writes; write tokens may change sessions like an editor, and the audit log names the token", async () => {
    const { a, owner } = await setup();
    const session = await createSession(a.conference, a.host.id, { title: "Alt" });
    const read = await createApiToken({ input: input(a.host.id, [a.conference.id], "read", "Nur lesen"), actor: { userId: owner.id } });
    const write = await createApiToken({ input: input(a.host.id, [a.conference.id], "write", "Programm-Sync"), actor: { userId: owner.id } });
    const patch = (secret: string, title: string) =>
      patchSession(new Request("http://test/x", { method: "PATCH", headers: { ...bearer(secret), "content-type": "application/json" }, body: JSON.stringify({ title }) }), { params: Promise.resolve({ id: session.id }) });
    const refused = await patch(read.secret, "Gekapert");
    expect(refused.status).toBe(403);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).title).toBe("Alt");
    expect((await patch(write.secret, "Neu")).status).toBe(200);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).title).toBe("Neu");
    const row = await db.auditLog.findFirstOrThrow({ where: { entityId: session.id, action: "session.update" } });
    expect(row).toMatchObject({ actorUserId: null, actorLabel: `api-token:${write.tokenId}` });
    const log = await listAuditLog({ conferenceId: a.conference.id, actor: { userId: owner.id } });
    expect(log.entries.find((e) => e.entityId === session.id)?.actor).toEqual({ kind: "apiToken", name: "Programm-Sync" });
  });

  it("a write token of a partner host may change only that host's sessions (the pages' rule)", async () => {
    const { a } = await setup();
    const partner = await createHost();
    await db.conferenceHost.create({ data: { conferenceId: a.conference.id, hostId: partner.id, role: "partner" } });
    const partnerOwner = await user(partner.id);
    const own = await createSession(a.conference, partner.id, { title: "Partner" });
    const theirs = await createSession(a.conference, a.host.id, { title: "Veranstalter", offsetMinutes: 200 });
    const { secret } = await createApiToken({ input: input(partner.id, [a.conference.id], "write"), actor: { userId: partnerOwner.id } });
    const patch = (id: string) => patchSession(new Request("http://test/x", { method: "PATCH", headers: { ...bearer(secret), "content-type": "application/json" }, body: JSON.stringify({ abstract: "neu" }) }), { params: Promise.resolve({ id }) });
    expect((await patch(own.id)).status).toBe(200);
    expect((await patch(theirs.id)).status).toBe(403);
  });

  it("revoked tokens stop working at once; revoking is logged, and repeating it changes nothing", async () => {
    const { a, owner } = await setup();
    const created = await createApiToken({ input: input(a.host.id, [a.conference.id]), actor: { userId: owner.id } });
    const editor = await user(a.host.id, "editor");
    expect(await refusal(revokeApiToken({ input: { tokenId: created.tokenId }, actor: { userId: editor.id } }))).toBe("forbidden");
    expect((await listRequest(a.conference.id, bearer(created.secret))).status).toBe(200);
    const now = new Date("2027-01-01T10:00:00Z");
    expect(await revokeApiToken({ input: { tokenId: created.tokenId }, actor: { userId: owner.id }, now })).toEqual({ ok: true, name: "Abgleich", already: false });
    expect((await listRequest(a.conference.id, bearer(created.secret))).status).toBe(401);
    expect(await revokeApiToken({ input: { tokenId: created.tokenId }, actor: { userId: owner.id } })).toMatchObject({ already: true });
    expect(await db.auditLog.count({ where: { entityId: created.tokenId, action: "api-token.revoke" } })).toBe(1);
    expect((await hostApiTokens(owner.id, a.host.id))?.tokens[0].revokedAt).toEqual(now);
  });

  it("notes the last use at most every few minutes, not on every request", async () => {
    const { a, owner } = await setup();
    const { secret, tokenId } = await createApiToken({ input: input(a.host.id, [a.conference.id]), actor: { userId: owner.id } });
    const lastUsed = async () => (await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt;
    const t0 = new Date("2027-02-01T09:00:00Z");
    expect(await lastUsed()).toBeNull();
    expect(await authenticateApiToken(secret, t0)).toEqual({ apiTokenId: tokenId });
    expect(await lastUsed()).toEqual(t0);
    await authenticateApiToken(secret, new Date(t0.getTime() + LAST_USED_RESOLUTION_MS - 1000));
    expect(await lastUsed()).toEqual(t0);
    const later = new Date(t0.getTime() + LAST_USED_RESOLUTION_MS + 1000);
    await authenticateApiToken(secret, later);
    expect(await lastUsed()).toEqual(later);
    expect(await organiserActor(new Request("http://test", { headers: bearer(secret) }), later)).toEqual({ apiTokenId: tokenId });
  });

  it("a token stops reaching a conference its host has left", async () => {
    const { a } = await setup();
    const partner = await createHost();
    await db.conferenceHost.create({ data: { conferenceId: a.conference.id, hostId: partner.id, role: "co_organiser" } });
    const partnerOwner = await user(partner.id);
    const { secret } = await createApiToken({ input: input(partner.id, [a.conference.id]), actor: { userId: partnerOwner.id } });
    expect((await listRequest(a.conference.id, bearer(secret))).status).toBe(200);
    await db.conferenceHost.delete({ where: { conferenceId_hostId: { conferenceId: a.conference.id, hostId: partner.id } } });
    expect((await listRequest(a.conference.id, bearer(secret))).status).toBe(404);
  });
});
