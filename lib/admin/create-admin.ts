/**
 * `npm run admin:create`: makes (or promotes) a platform administrator and issues a one-time
 * sign-in link, so the first administrator needs neither SMTP nor the development mailbox.
 * The link is next-auth's own email sign-in link: the verification token is stored exactly as
 * next-auth v4's email provider stores it (SHA-256 of token + secret), valid LINK_MINUTES, and
 * redeemed (deleted) by next-auth's callback, so it works once.
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { writeAuditLog } from "../audit";
import { LINK_MINUTES } from "../auth";
import { writeTransaction } from "../db-retry";
import type { CreateAdminInput } from "../hosts/schema";

/** next-auth v4's hashToken (core/lib/utils.js): sha256(`${token}${secret}`) in hex. */
export function nextAuthTokenHash(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

export type CreateAdminResult = { userId: string; created: boolean; promoted: boolean; url: string; expiresAt: Date };

export async function createAdmin(options: { input: CreateAdminInput; secret: string; appUrl: string; now?: Date }): Promise<CreateAdminResult> {
  const { email, name } = options.input;
  const now = options.now ?? new Date();
  const token = randomBytes(32).toString("hex");
  const expiresAt = new Date(now.getTime() + LINK_MINUTES * 60_000);
  const result = await writeTransaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, isPlatformAdmin: true, name: true } });
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { isPlatformAdmin: true, ...(name && !existing.name ? { name } : {}) } })
      : await tx.user.create({ data: { email, name, isPlatformAdmin: true } });
    if (!existing || !existing.isPlatformAdmin) {
      await writeAuditLog(tx, { actor: "script", conferenceId: null, entityType: "User", entityId: user.id, action: "user.admin-create", before: existing ? { isPlatformAdmin: false } : null, after: { email, isPlatformAdmin: true } });
    }
    // A fresh link replaces earlier unused ones, so only the newest printed link works.
    await tx.verificationToken.deleteMany({ where: { identifier: email } });
    await tx.verificationToken.create({ data: { identifier: email, token: nextAuthTokenHash(token, options.secret), expires: expiresAt } });
    return { userId: user.id, created: !existing, promoted: Boolean(existing && !existing.isPlatformAdmin) };
  });
  const base = options.appUrl.replace(/\/+$/, "");
  const params = new URLSearchParams({ callbackUrl: `${base}/organiser`, token, email });
  return { ...result, url: `${base}/api/auth/callback/email?${params}`, expiresAt };
}
