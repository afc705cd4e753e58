/**
 * Emails an attendee a manage link. Only hashes of tokens are stored, so sending a link means
 * issuing a further token; the links sent before keep working (up to MAX_MANAGE_LINKS). It goes
 * only to the registered address. Per-address rate limits stop this flooding someone's inbox.
 */
import "server-only";
import { db, type Tx } from "../db";
import { writeTransaction } from "../db-retry";
import { toLocale, type Locale } from "../i18n-server";
import { enforce, hit, RATE_LIMITS } from "../rate-limit";
import { enqueueAttendeeEmail } from "./attendee-email";
import { agendaFeedUrl, conferenceMailInclude, manageUrl, type ConferenceForMail } from "./payloads";
import { emailKey, type LinkRequest } from "./schema";
import { issueToken } from "./link-tokens";

export async function sendManageLink(options: { registrationId: string; locale?: Locale; now?: Date; rateKey?: string | null }): Promise<boolean> {
  if (options.rateKey && (await hit(`link:email:${options.rateKey}`, RATE_LIMITS.linkPerEmail())) !== null) return false;
  const now = options.now ?? new Date();
  await writeTransaction(async (tx) => {
    const registration = await tx.registration.findUniqueOrThrow({ where: { id: options.registrationId }, include: { conference: { include: conferenceMailInclude } } });
    await enqueueManageLink(tx, registration, options.locale ?? toLocale(registration.locale), now);
  });
  return true;
}

/**
 * Issues a fresh manage link (and calendar feed link) for a registration and writes the mail to
 * the outbox, in the caller's transaction. Used by "lost your link?" and by organisers resending it.
 */
export async function enqueueManageLink(tx: Tx, registration: { id: string; email: string; name: string; conferenceId: string; conference: ConferenceForMail }, locale: Locale, now: Date): Promise<string> {
  const token = await issueToken(tx, registration.id, "manage", now);
  const feedToken = await issueToken(tx, registration.id, "feed", now);
  return enqueueAttendeeEmail(tx, {
    kind: "manage-link",
    registration,
    conference: registration.conference,
    locale,
    payload: { manageUrl: manageUrl(token, locale), agendaFeedUrl: agendaFeedUrl(feedToken) },
  });
}

/**
 * "Lost your link?": sends the link for every active registration of that address (in one
 * conference, if given). Answers the same whether or not the address is registered.
 */
export async function requestManageLink(options: { input: LinkRequest; ip?: string | null }): Promise<void> {
  const { input } = options;
  if (options.ip) await enforce(`link:ip:${options.ip}`, RATE_LIMITS.linkPerIp());
  const key = emailKey(input.email);
  const registrations = await db.registration.findMany({
    where: { emailKey: key, status: { not: "cancelled" }, ...(input.conferenceSlug ? { conference: { slug: input.conferenceSlug } } : {}) },
    select: { id: true, locale: true },
    take: 20,
  });
  if (!registrations.length) return;
  if ((await hit(`link:email:${key}`, RATE_LIMITS.linkPerEmail())) !== null) return;
  for (const r of registrations) await sendManageLink({ registrationId: r.id, locale: toLocale(input.locale ?? r.locale) });
}
