/** Who did something, as the audit log records it: a signed-in user, or an attendee by link. */
export type Actor = { userId: string } | "attendee";

export function auditActor(actor: Actor): { actorUserId: string | null; actorLabel: string | null } {
  return actor === "attendee" ? { actorUserId: null, actorLabel: "attendee" } : { actorUserId: actor.userId, actorLabel: null };
}
