/**
 * The secret links emailed to an attendee, read back from the outbox as the mail would carry them
 * (the outbox stores them sealed: lib/mail/sealed.ts).
 */
import { db } from "@/lib/db";
import { unsealPayload } from "@/lib/mail/sealed";

export const tokenIn = (url: string) => /\/(?:manage|agenda)\/([A-Za-z0-9_-]{43})/.exec(url)![1];

/** The newest manage link and calendar feed token emailed to a registration. */
export async function emailedLinks(registrationId: string): Promise<{ manage: string; feed: string }> {
  const mail = await db.emailOutbox.findFirstOrThrow({
    where: { registrationId, kind: { in: ["registration-received", "manage-link"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const payload = unsealPayload(mail.payload) as { manageUrl: string; agendaFeedUrl: string };
  return { manage: tokenIn(payload.manageUrl), feed: tokenIn(payload.agendaFeedUrl) };
}
