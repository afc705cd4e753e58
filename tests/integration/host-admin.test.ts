import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAdmin, nextAuthTokenHash } from "@/lib/admin/create-admin";
import { createHost } from "@/lib/admin/create-host";
import { removeDemo } from "@/lib/admin/remove-demo";
import { setPlatformAdmin } from "@/lib/admin/set-platform-admin";
import { updateHost } from "@/lib/admin/update-host";
import { authOptions } from "@/lib/auth";
import { db } from "@/lib/db";
import { unsealPayload } from "@/lib/mail/sealed";
import { acceptInvitation } from "@/lib/hosts/accept-invitation";
import { changeMemberRole } from "@/lib/hosts/change-member-role";
import { inviteMember } from "@/lib/hosts/invite-member";
import { invitationByToken } from "@/lib/hosts/queries";
import { removeMember } from "@/lib/hosts/remove-member";
import { resendInvitation } from "@/lib/hosts/resend-invitation";
import { revokeInvitation } from "@/lib/hosts/revoke-invitation";
import { createHostInput, inviteMemberInput, updateHostInput } from "@/lib/hosts/schema";
import { registerAttendee } from "../helpers/register";
import { upcomingDemoSlug } from "@/prisma/demo-dates";
import { seed } from "@/prisma/seed";
import { createConference, createHost as createHostRow, uniq } from "../helpers/fixtures";

// next-auth's request-independent core (not in its package exports): the callback the sign-in link calls.
type AuthHandlerType = (params: { req: Record<string, unknown>; options: object }) => Promise<{ redirect?: string; cookies?: { name: string; value: string }[] }>;
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as { AuthHandler: AuthHandlerType };

const SECRET = "integration-secret";
const APP = "http://localhost:3999";

async function person(hostId: string | null, role: "owner" | "editor" | "viewer" = "owner", admin = false) {
  return db.user.create({ data: { email: `${uniq("p")}@example.org`, isPlatformAdmin: admin, ...(hostId ? { memberships: { create: { hostId, role } } } : {}) } });
}
const as = (u: { id: string }) => ({ userId: u.id });
const hostFields = (slug = uniq("verein")) => createHostInput.parse({ name: "Bildungsverein Halle e. V.", shortName: "BVH", slug, website: "https://bvh.example.org", contactEmail: "Kontakt@BVH.example.org", logoUrl: "" });

/** The invitation link's token, read from the outbox row the use case wrote (as the mail would carry it). */
async function invitationToken(email: string): Promise<string> {
  const mail = await db.emailOutbox.findFirstOrThrow({ where: { kind: "host-invitation", toAddress: email }, orderBy: { createdAt: "desc" } });
  // At rest the link is sealed: the database alone holds no usable invitation token.
  expect(JSON.stringify(mail.payload)).not.toMatch(/\/invite\//);
  return /\/invite\/([A-Za-z0-9_-]{43})$/.exec((unsealPayload(mail.payload) as { url: string }).url)![1];
}

/** Redeems a printed sign-in link through next-auth's own callback handler, as the browser would. */
async function followSignInLink(url: string) {
  const u = new URL(url);
  const response = await AuthHandler({
    req: { action: "callback", providerId: "email", method: "GET", query: Object.fromEntries(u.searchParams), cookies: {}, headers: { host: u.host }, origin: u.origin },
    options: { ...authOptions, secret: SECRET },
  });
  return { redirect: response.redirect ?? "", session: response.cookies?.find((c) => c.name.endsWith("next-auth.session-token"))?.value };
}

describe("admin:create", () => {
  it("creates an administrator whose printed link signs in once, and a rerun prints a fresh link", async () => {
    process.env.NEXTAUTH_URL = APP;
    const email = `${uniq("first-admin")}@example.org`;
    const now = new Date();
    const first = await createAdmin({ input: { email, name: "Erste Administratorin" }, secret: SECRET, appUrl: APP, now });
    expect(first.created).toBe(true);
    const url = new URL(first.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${APP}/api/auth/callback/email`);
    expect(url.searchParams.get("email")).toBe(email);
    expect(url.searchParams.get("callbackUrl")).toBe(`${APP}/organiser`);
    const token = url.searchParams.get("token")!;
    // Stored the way next-auth's email provider stores it: hashed with the secret, 10 minutes.
    const row = await db.verificationToken.findFirstOrThrow({ where: { identifier: email } });
    expect(row.token).toBe(nextAuthTokenHash(token, SECRET));
    expect(row.token).not.toContain(token);
    expect(row.expires.getTime()).toBe(now.getTime() + 10 * 60_000);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ isPlatformAdmin: true, name: "Erste Administratorin", isDemo: false });

    const again = await createAdmin({ input: { email, name: null }, secret: SECRET, appUrl: APP });
    expect(again).toMatchObject({ created: false, promoted: false, userId: user.id });
    expect(again.url).not.toBe(first.url);
    // Only the newest link works.
    expect((await followSignInLink(first.url)).redirect).toMatch(/error=Verification/);
    const signedIn = await followSignInLink(again.url);
    expect(signedIn.redirect).toBe(`${APP}/organiser`);
    expect(await db.authSession.count({ where: { userId: user.id, sessionToken: signedIn.session } })).toBe(1);
    expect((await followSignInLink(again.url)).redirect).toMatch(/error=Verification/);
  });

  it("promotes an existing user, and a link past its 10 minutes is refused", async () => {
    const member = await person((await createHostRow()).id, "editor");
    const result = await createAdmin({ input: { email: member.email, name: null }, secret: SECRET, appUrl: APP, now: new Date(Date.now() - 11 * 60_000) });
    expect(result).toMatchObject({ created: false, promoted: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).isPlatformAdmin).toBe(true);
    expect((await followSignInLink(result.url)).redirect).toMatch(/error=Verification/);
    expect(await db.auditLog.count({ where: { action: "user.admin-create", entityId: member.id, actorLabel: "script", conferenceId: null } })).toBe(1);
  });
});

describe("demo:remove", () => {
  it("deletes the demo hosts, users and conferences with everything below them, and nothing of the organisation's own", async () => {
    // Other test files share this database, and one fills every column (isDemo too): make the
    // seed's the only demo content, so the counts below are the demo's own.
    await Promise.all([
      db.conference.updateMany({ where: { isDemo: true }, data: { isDemo: false } }),
      db.host.updateMany({ where: { isDemo: true }, data: { isDemo: false } }),
      db.user.updateMany({ where: { isDemo: true }, data: { isDemo: false } }),
    ]);
    await seed();
    const demoConference = await db.conference.findUniqueOrThrow({ where: { slug: upcomingDemoSlug() } });
    const guest = await registerAttendee({ conferenceSlug: demoConference.slug, input: { name: "Demo Gast", email: `${uniq("gast")}@example.org`, consent: true, answers: { role: "schule" } } });
    const guestMails = await db.emailOutbox.findMany({ where: { registrationId: guest.registration.id }, select: { id: true } });
    expect(guestMails.length).toBeGreaterThan(0);
    // The organisation's own: a host, a user (member of its own host and of a demo host), a conference with a registration.
    const { host, conference } = await createConference();
    const own = await person(host.id, "owner");
    const bismit = await db.host.findUniqueOrThrow({ where: { slug: "bismit" } });
    await db.membership.create({ data: { userId: own.id, hostId: bismit.id, role: "viewer" } });
    const registration = await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Echte Teilnehmerin", email: `${uniq("echt")}@example.org`, consent: true } });
    // A demo host the organisation chose to keep working with: still a partner of its own conference.
    const emmd = await db.host.findUniqueOrThrow({ where: { slug: "emmd" } });
    await db.conferenceHost.create({ data: { conferenceId: conference.id, hostId: emmd.id, role: "partner" } });

    const removed = await removeDemo();

    expect(removed.conferences.length).toBe(2);
    expect(removed.hosts).toEqual(["bismit", "transmit"]);
    expect(removed.keptHosts).toEqual(["emmd"]);
    expect(removed.users).toEqual(["admin@tagung.example", "lesen@bismit.example", "orga@bismit.example", "orga@emmd.example", "orga@transmit.example", "redaktion@emmd.example"]);
    expect(removed.registrations).toBeGreaterThanOrEqual(1);
    expect(await db.conference.count({ where: { isDemo: true } })).toBe(0);
    expect(await db.user.count({ where: { isDemo: true } })).toBe(0);
    expect(await db.host.count({ where: { isDemo: true, slug: { not: "emmd" } } })).toBe(0);
    expect(await db.session.count({ where: { conferenceId: demoConference.id } })).toBe(0);
    expect(await db.registration.count({ where: { conferenceId: demoConference.id } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { id: { in: guestMails.map((m) => m.id) } } })).toBe(0);

    expect(await db.host.findUnique({ where: { id: host.id } })).not.toBeNull();
    expect(await db.conference.findUnique({ where: { id: conference.id } })).not.toBeNull();
    expect(await db.registration.findUnique({ where: { id: registration.registration.id } })).not.toBeNull();
    expect(await db.membership.findMany({ where: { userId: own.id }, select: { hostId: true } })).toEqual([{ hostId: host.id }]);
    expect(await db.auditLog.count({ where: { action: "demo.remove" } })).toBeGreaterThanOrEqual(1);
    await db.conferenceHost.delete({ where: { conferenceId_hostId: { conferenceId: conference.id, hostId: emmd.id } } });
    expect((await removeDemo()).hosts).toEqual(["emmd"]);
  });
});

describe("hosts (platform admins)", () => {
  it("an admin creates and edits a host; others may not; a taken slug is refused", async () => {
    const admin = await person(null, "owner", true);
    const owner = await person((await createHostRow()).id, "owner");
    const input = hostFields();
    expect(input.contactEmail).toBe("kontakt@bvh.example.org");
    await expect(createHost({ input, actor: as(owner) })).rejects.toMatchObject({ code: "forbidden" });
    const created = await createHost({ input, actor: as(admin) });
    if (!created.ok) throw new Error(created.reason);
    expect(await createHost({ input, actor: as(admin) })).toEqual({ ok: false, reason: "slug_taken" });
    const update = updateHostInput.parse({ ...input, hostId: created.hostId, website: "", shortName: "BV Halle" });
    expect(await updateHost({ input: update, actor: as(admin) })).toEqual({ ok: true, changed: ["shortName", "website"] });
    expect(await db.host.findUniqueOrThrow({ where: { id: created.hostId } })).toMatchObject({ shortName: "BV Halle", website: null, isDemo: false });
    const audit = await db.auditLog.findMany({ where: { entityId: created.hostId }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.action, a.conferenceId, a.actorUserId])).toEqual([["host.create", null, admin.id], ["host.update", null, admin.id]]);
    expect(audit[1].before).toEqual({ shortName: "BVH", website: "https://bvh.example.org" });
  });

  it("a host's print colour: #rrggbb stored lower-case and audited; left out it stays, empty clears it (back to the derived colour)", async () => {
    const admin = await person(null, "owner", true);
    const input = hostFields();
    const created = await createHost({ input, actor: as(admin) });
    if (!created.ok) throw new Error(created.reason);
    const hostId = created.hostId;
    const update = (change: Record<string, unknown>) => updateHost({ input: updateHostInput.parse({ ...input, hostId, ...change }), actor: as(admin) });
    const colour = async () => (await db.host.findUniqueOrThrow({ where: { id: hostId } })).colour;
    expect(await colour()).toBeNull();
    expect(await update({ colour: "#E6007E" })).toEqual({ ok: true, changed: ["colour"] });
    expect(await colour()).toBe("#e6007e");
    // The form without the field (an older client, the API): unchanged.
    expect(await update({ shortName: "BV Halle" })).toEqual({ ok: true, changed: ["shortName"] });
    expect(await colour()).toBe("#e6007e");
    expect(await update({ shortName: "BV Halle", colour: "" })).toEqual({ ok: true, changed: ["colour"] });
    expect(await colour()).toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityId: hostId, action: "host.update" }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.before, a.after])).toEqual([
      [{ colour: null }, { colour: "#e6007e" }],
      [{ shortName: "BVH" }, { shortName: "BV Halle" }],
      [{ colour: "#e6007e" }, { colour: null }],
    ]);
    for (const bad of ["e6007e", "#e6007", "#ggg000", "red"]) {
      const parsed = updateHostInput.safeParse({ ...input, hostId, colour: bad });
      expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message]), bad).toEqual([["colour", "invalidColour"]]);
    }
  });

  it.each([
    ["slug with spaces", { slug: "mein verein" }, "slug"],
    ["contact address", { contactEmail: "kein-at" }, "contactEmail"],
    ["website without scheme", { website: "bvh.example.org" }, "website"],
    ["empty name", { name: " " }, "name"],
  ])("refuses a host with a bad %s", (_label, change, field) => {
    const parsed = createHostInput.safeParse({ ...hostFields(), ...change });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toContain(field);
  });

  it("grants and revokes platform admin, never the last one", async () => {
    const admin = await person(null, "owner", true);
    const other = await person(null);
    const editor = await person((await createHostRow()).id, "editor");
    await expect(setPlatformAdmin({ input: { userId: other.id, admin: true }, actor: as(editor) })).rejects.toMatchObject({ code: "forbidden" });
    expect(await setPlatformAdmin({ input: { userId: other.id, admin: true }, actor: as(admin) })).toEqual({ ok: true, changed: true, email: other.email });
    expect(await setPlatformAdmin({ input: { userId: admin.id, admin: false }, actor: as(other) })).toEqual({ ok: true, changed: true, email: admin.email });
    // Other test files leave administrators behind; make `other` the only one.
    await db.user.updateMany({ where: { isPlatformAdmin: true, id: { not: other.id } }, data: { isPlatformAdmin: false } });
    expect(await setPlatformAdmin({ input: { userId: other.id, admin: false }, actor: as(other) })).toEqual({ ok: false, reason: "last_admin" });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).isPlatformAdmin).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: { in: [admin.id, other.id] }, action: { in: ["user.admin-grant", "user.admin-revoke"] }, conferenceId: null } })).toBe(2);
  });
});

describe("platform admins revoking each other at once", () => {
  it("leaves one administrator: exactly one of the two revocations is refused", async () => {
    const a = await person(null, "owner", true);
    const b = await person(null, "owner", true);
    // Other test files leave administrators behind; make a and b the only two.
    await db.user.updateMany({ where: { isPlatformAdmin: true, id: { notIn: [a.id, b.id] } }, data: { isPlatformAdmin: false } });
    const results = await Promise.allSettled([
      setPlatformAdmin({ input: { userId: b.id, admin: false }, actor: as(a) }),
      setPlatformAdmin({ input: { userId: a.id, admin: false }, actor: as(b) }),
    ]);
    // The one that runs second finds its actor no longer an admin (forbidden) or itself the last one.
    const done = results.filter((r) => r.status === "fulfilled" && r.value.ok);
    const refused = results.filter((r) => (r.status === "fulfilled" && !r.value.ok && r.value.reason === "last_admin") || (r.status === "rejected" && (r.reason as { code?: string }).code === "forbidden"));
    expect([done.length, refused.length]).toEqual([1, 1]);
    expect(await db.user.count({ where: { isPlatformAdmin: true } })).toBe(1);
  });
});

describe("host members and invitations", () => {
  async function team() {
    const host = await createHostRow();
    const owner = await person(host.id, "owner");
    const editor = await person(host.id, "editor");
    const viewer = await person(host.id, "viewer");
    return { host, owner, editor, viewer };
  }
  const invite = (hostId: string, email: string, role = "editor") => inviteMemberInput.parse({ hostId, email, role, locale: "de" });

  it("the owner invites a new person, who accepts once: user created, membership added, signed in", async () => {
    const t = await team();
    const email = `${uniq("neu")}@Example.org`;
    const result = await inviteMember({ input: invite(t.host.id, email), actor: as(t.owner) });
    if (!result.ok) throw new Error(result.reason);
    const stored = await db.hostInvitation.findUniqueOrThrow({ where: { id: result.invitationId } });
    expect(stored.email).toBe(email.toLowerCase());
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeGreaterThan(7 * 864e5 - 5000);
    const token = await invitationToken(email.toLowerCase());
    expect(stored.tokenHash).not.toContain(token);
    expect(await invitationByToken(token)).toMatchObject({ state: "open", role: "editor", hostName: t.host.name });

    const accepted = await acceptInvitation({ token, locale: "de" });
    if (!accepted.ok) throw new Error(accepted.reason);
    const user = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() }, include: { memberships: true } });
    expect(user.memberships).toEqual([expect.objectContaining({ hostId: t.host.id, role: "editor" })]);
    expect(user.emailVerified).not.toBeNull();
    expect(await db.authSession.findUniqueOrThrow({ where: { sessionToken: accepted.sessionToken } })).toMatchObject({ userId: user.id });
    expect(await acceptInvitation({ token, locale: "de" })).toEqual({ ok: false, reason: "used" });
    expect(await db.auditLog.count({ where: { entityId: result.invitationId, action: { in: ["invitation.create", "invitation.accept"] }, conferenceId: null } })).toBe(2);
  });

  it("an existing user accepting keeps their account; two accepts at once give one membership", async () => {
    const t = await team();
    const existing = await person(null);
    await inviteMember({ input: invite(t.host.id, existing.email, "viewer"), actor: as(t.owner) });
    const token = await invitationToken(existing.email);
    const results = await Promise.all([acceptInvitation({ token, locale: "de" }), acceptInvitation({ token, locale: "de" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.membership.findMany({ where: { userId: existing.id }, select: { hostId: true, role: true } })).toEqual([{ hostId: t.host.id, role: "viewer" }]);
  });

  it("re-sending issues a new token (the old link stops working); revoked and expired links are refused", async () => {
    const t = await team();
    const email = `${uniq("spaet")}@example.org`;
    const first = await inviteMember({ input: invite(t.host.id, email), actor: as(t.owner) });
    if (!first.ok) throw new Error(first.reason);
    const oldToken = await invitationToken(email);
    await new Promise((r) => setTimeout(r, 5)); // distinct createdAt for the outbox ordering
    expect(await resendInvitation({ input: { invitationId: first.invitationId, locale: "en" }, actor: as(t.owner) })).toEqual({ ok: true, email });
    const newToken = await invitationToken(email);
    expect(newToken).not.toBe(oldToken);
    expect(await invitationByToken(oldToken)).toEqual({ state: "unknown" });
    expect(await acceptInvitation({ token: oldToken, locale: "de" })).toEqual({ ok: false, reason: "unknown" });
    const enMail = await db.emailOutbox.findFirstOrThrow({ where: { toAddress: email }, orderBy: { createdAt: "desc" } });
    expect(enMail.locale).toBe("en");
    expect((unsealPayload(enMail.payload) as { url: string }).url).toContain("/en/invite/");

    expect(await acceptInvitation({ token: newToken, locale: "de", now: new Date(Date.now() + 8 * 864e5) })).toEqual({ ok: false, reason: "expired" });
    expect(await revokeInvitation({ input: { invitationId: first.invitationId }, actor: as(t.owner) })).toEqual({ ok: true, email });
    expect(await acceptInvitation({ token: newToken, locale: "de" })).toEqual({ ok: false, reason: "revoked" });
    expect(await resendInvitation({ input: { invitationId: first.invitationId, locale: "de" }, actor: as(t.owner) })).toEqual({ ok: false, reason: "revoked" });
    expect(await db.membership.count({ where: { hostId: t.host.id, user: { email } } })).toBe(0);
  });

  it("only the host's owners and admins manage its team; others get forbidden or not found", async () => {
    const t = await team();
    const admin = await person(null, "owner", true);
    const stranger = await person((await createHostRow()).id, "owner");
    const email = `${uniq("x")}@example.org`;
    await expect(inviteMember({ input: invite(t.host.id, email), actor: as(t.editor) })).rejects.toMatchObject({ code: "forbidden" });
    await expect(inviteMember({ input: invite(t.host.id, email), actor: as(t.viewer) })).rejects.toMatchObject({ code: "forbidden" });
    await expect(inviteMember({ input: invite(t.host.id, email), actor: as(stranger) })).rejects.toMatchObject({ code: "not_found" });
    await expect(changeMemberRole({ input: { hostId: t.host.id, userId: t.viewer.id, role: "owner" }, actor: as(t.editor) })).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeMember({ input: { hostId: t.host.id, userId: t.viewer.id }, actor: as(stranger) })).rejects.toMatchObject({ code: "not_found" });
    const byAdmin = await inviteMember({ input: invite(t.host.id, email), actor: as(admin) });
    expect(byAdmin.ok).toBe(true);
    if (!byAdmin.ok) return;
    await expect(revokeInvitation({ input: { invitationId: byAdmin.invitationId }, actor: as(t.editor) })).rejects.toMatchObject({ code: "forbidden" });
    expect(await inviteMember({ input: invite(t.host.id, t.editor.email), actor: as(t.owner) })).toEqual({ ok: false, reason: "already_member" });
  });

  it("changes roles and removes members, but never the last owner", async () => {
    const t = await team();
    expect(await changeMemberRole({ input: { hostId: t.host.id, userId: t.owner.id, role: "editor" }, actor: as(t.owner) })).toEqual({ ok: false, reason: "last_owner" });
    expect(await removeMember({ input: { hostId: t.host.id, userId: t.owner.id }, actor: as(t.owner) })).toEqual({ ok: false, reason: "last_owner" });
    expect(await changeMemberRole({ input: { hostId: t.host.id, userId: t.editor.id, role: "owner" }, actor: as(t.owner) })).toEqual({ ok: true, changed: true, email: t.editor.email });
    // With a second owner, the first may step down.
    expect(await changeMemberRole({ input: { hostId: t.host.id, userId: t.owner.id, role: "viewer" }, actor: as(t.owner) })).toEqual({ ok: true, changed: true, email: t.owner.email });
    expect(await removeMember({ input: { hostId: t.host.id, userId: t.viewer.id }, actor: as(t.editor) })).toEqual({ ok: true, email: t.viewer.email });
    expect(await db.membership.findMany({ where: { hostId: t.host.id }, select: { userId: true, role: true }, orderBy: { role: "asc" } })).toEqual(
      expect.arrayContaining([{ userId: t.editor.id, role: "owner" }, { userId: t.owner.id, role: "viewer" }]),
    );
    expect(await db.membership.count({ where: { hostId: t.host.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { entityId: { startsWith: `${t.host.id}:` }, conferenceId: null } })).toBe(3);
  });

  it("two owners stepping down at the same time leave one owner", async () => {
    const t = await team();
    await db.membership.update({ where: { userId_hostId: { userId: t.editor.id, hostId: t.host.id } }, data: { role: "owner" } });
    const results = await Promise.all([
      changeMemberRole({ input: { hostId: t.host.id, userId: t.owner.id, role: "editor" }, actor: as(t.owner) }),
      removeMember({ input: { hostId: t.host.id, userId: t.editor.id }, actor: as(t.editor) }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.membership.count({ where: { hostId: t.host.id, role: "owner" } })).toBe(1);
  });
});
