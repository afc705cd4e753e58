import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { retryFailedEmail } from "@/lib/mail/retry-email";
import { sendSignInLink, tagungAdapter } from "@/lib/auth";
import { createConference, createHost, uniq } from "../helpers/fixtures";

async function failedEmail(conferenceId: string) {
  return db.emailOutbox.create({
    data: { kind: "manage-link", toAddress: "x@example.org", payload: { attendeeName: "Anna" }, messageId: `<${uniq("m")}@localhost>`, status: "failed", lastError: "550 Mailbox unavailable", attempts: 1, conferenceId },
  });
}

describe("failed emails for organisers", () => {
  it("an organiser of the conference can retry; a viewer is forbidden; others do not see it", async () => {
    const { conference, host } = await createConference();
    const email = await failedEmail(conference.id);
    const owner = await db.user.create({ data: { email: `${uniq("o")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
    const viewer = await db.user.create({ data: { email: `${uniq("v")}@example.org`, memberships: { create: { hostId: host.id, role: "viewer" } } } });
    const stranger = await db.user.create({ data: { email: `${uniq("s")}@example.org`, memberships: { create: { hostId: (await createHost()).id, role: "owner" } } } });

    await expect(retryFailedEmail({ emailId: email.id, actor: { userId: viewer.id } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(retryFailedEmail({ emailId: email.id, actor: { userId: stranger.id } })).rejects.toMatchObject({ code: "not_found" });
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("failed");

    await retryFailedEmail({ emailId: email.id, actor: { userId: owner.id } });
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("pending");
    expect(await db.auditLog.count({ where: { entityId: email.id, action: "email.retry", actorUserId: owner.id } })).toBe(1);
    await expect(retryFailedEmail({ emailId: email.id, actor: { userId: owner.id } })).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("organiser sign-in", () => {
  it("sends a link only to known users, through the outbox", async () => {
    const known = await db.user.create({ data: { email: `${uniq("k")}@example.org` } });
    expect(await sendSignInLink({ identifier: known.email.toUpperCase(), url: "http://localhost/api/auth/callback/email?token=t" })).toBe(true);
    expect(await db.emailOutbox.count({ where: { toAddress: known.email, kind: "sign-in" } })).toBe(1);
    const unknown = `${uniq("nobody")}@example.org`;
    expect(await sendSignInLink({ identifier: unknown, url: "http://localhost/x" })).toBe(false);
    expect(await db.emailOutbox.count({ where: { toAddress: unknown } })).toBe(0);
  });

  it("uses a verification token once", async () => {
    const adapter = tagungAdapter();
    // Tokens are stored for existing users only (unknown addresses get the same answer, no token).
    const identifier = (await db.user.create({ data: { email: `${uniq("t")}@example.org` } })).email;
    await adapter.createVerificationToken!({ identifier, token: "hashed-token", expires: new Date(Date.now() + 600_000) });
    expect(await adapter.useVerificationToken!({ identifier, token: "hashed-token" })).toMatchObject({ identifier });
    expect(await adapter.useVerificationToken!({ identifier, token: "hashed-token" })).toBeNull();
  });
});
