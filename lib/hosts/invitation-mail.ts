/** Issues an invitation's token and writes its email to the outbox (invite and re-send share it). */
import "server-only";
import type { Tx } from "../db";
import { appUrl } from "../http";
import { enqueueEmail } from "../mail/enqueue";
import { hashToken, newManageToken } from "../registrations/token";
import { INVITATION_DAYS, type MembershipRoleName } from "./schema";

export function invitationUrl(token: string, locale: string): string {
  return `${appUrl()}${locale === "en" ? "/en" : ""}/invite/${token}`;
}

/** A fresh token (256 random bits; only its hash is stored) and its expiry, INVITATION_DAYS from now. */
export function newInvitationToken(now: Date) {
  const token = newManageToken();
  return { token, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + INVITATION_DAYS * 864e5) };
}

export async function enqueueInvitationEmail(
  tx: Tx,
  invitation: { email: string; role: MembershipRoleName; expiresAt: Date; host: { name: string; shortName: string } },
  options: { token: string; locale: string; inviterName: string },
) {
  await enqueueEmail(tx, {
    kind: "host-invitation",
    to: invitation.email,
    locale: options.locale,
    payload: {
      url: invitationUrl(options.token, options.locale),
      hostName: invitation.host.name,
      hostShortName: invitation.host.shortName,
      role: invitation.role,
      inviterName: options.inviterName,
      expiresAt: invitation.expiresAt.toISOString(),
      days: INVITATION_DAYS,
    },
  });
}
