/** Pure rules for host teams. */
export type InvitationState = "open" | "unknown" | "expired" | "used" | "revoked";

export function invitationState(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date } | null, now: Date): InvitationState {
  if (!invitation) return "unknown";
  if (invitation.acceptedAt) return "used";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt <= now) return "expired";
  return "open";
}

/** Whether changing or removing this member would leave the host without an owner. */
export function leavesNoOwner(members: { userId: string; role: string }[], userId: string, newRole: string | null): boolean {
  const owners = members.filter((m) => m.role === "owner");
  const isOwner = owners.some((m) => m.userId === userId);
  return isOwner && newRole !== "owner" && owners.length === 1;
}
