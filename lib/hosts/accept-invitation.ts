/**
 * Someone follows an invitation link and accepts: their user is created if needed (the link came
 * to their address, which verifies it), the membership is added, the invitation is used up, and a
 * database session is created so they are signed in (the page sets next-auth's session cookie).
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { writeAuditLog } from "../audit";
import { SESSION_MAX_AGE_SECONDS } from "../auth";
import { writeTransaction } from "../db-retry";
import { hashToken } from "../registrations/token";
import { invitationState, type InvitationState } from "./rules";

export type AcceptInvitationResult =
  | { ok: true; userId: string; hostId: string; sessionToken: string; sessionExpires: Date }
  | { ok: false; reason: Exclude<InvitationState, "open"> };

/** What the accept page shows after a refused accept (null: nothing to show yet). */
export type AcceptState = { reason: "unknown" | "expired" | "used" | "revoked" } | null;

export async function acceptInvitation(options: { token: string; locale: string; now?: Date }): Promise<AcceptInvitationResult> {
  const now = options.now ?? new Date();
  const tokenHash = hashToken(options.token);
  return writeTransaction(async (tx) => {
    const invitation = await tx.hostInvitation.findUnique({ where: { tokenHash } });
    const state = invitationState(invitation, now);
    if (!invitation || state !== "open") return { ok: false, reason: state === "open" ? "unknown" : state } as const;
    // Single use, also when the link is opened twice at once: only one conditional update wins.
    const { count } = await tx.hostInvitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { acceptedAt: now } });
    if (count !== 1) return { ok: false, reason: "used" } as const;

    const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true, emailVerified: true } });
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { emailVerified: existing.emailVerified ?? now } })
      : await tx.user.create({ data: { email: invitation.email, emailVerified: now, locale: options.locale === "en" ? "en" : "de" } });
    const membership = await tx.membership.findUnique({ where: { userId_hostId: { userId: user.id, hostId: invitation.hostId } }, select: { role: true } });
    // Someone who became an owner meanwhile stays one; otherwise the invited role applies.
    if (!membership) await tx.membership.create({ data: { userId: user.id, hostId: invitation.hostId, role: invitation.role } });
    else if (membership.role !== "owner") await tx.membership.update({ where: { userId_hostId: { userId: user.id, hostId: invitation.hostId } }, data: { role: invitation.role } });
    await writeAuditLog(tx, {
      actor: { userId: user.id },
      conferenceId: null,
      entityType: "HostInvitation",
      entityId: invitation.id,
      action: "invitation.accept",
      after: { hostId: invitation.hostId, email: invitation.email, role: invitation.role, userCreated: !existing },
    });

    const sessionToken = randomBytes(32).toString("hex");
    const sessionExpires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
    await tx.authSession.create({ data: { sessionToken, userId: user.id, expires: sessionExpires } });
    return { ok: true, userId: user.id, hostId: invitation.hostId, sessionToken, sessionExpires } as const;
  });
}
