/** Pieces several templates share: dates in the conference's zone, the session list, links. */
import { formatDateRange, formatDayShort, formatTimeRange, formatZoneName } from "../lib/format/datetime";
import type { Translate } from "../lib/i18n-server";
import type { ConferenceSummary, SessionLine } from "../lib/mail/messages";
import { webcalUrl } from "../lib/calendar/links";
import type { Block } from "./layout";

export type TemplateContext = { t: Translate; locale: string };

/** `footer` replaces the "sent on behalf of {hosts}" line, for mail that no host sends (sign-in). */
export type Rendered = { subject: string; preview: string; heading: string; blocks: Block[]; footerHosts: string[]; footer?: string };

export function hostsLine(c: ConferenceSummary): string {
  return c.hosts.join(", ");
}

export function conferenceFacts(c: ConferenceSummary, { t, locale }: TemplateContext): Block {
  const start = new Date(c.startsAt);
  const end = new Date(c.endsAt);
  return {
    type: "facts",
    rows: [
      { label: t("mail.when"), value: `${formatDateRange(start, end, c.timeZone, locale)}, ${formatTimeRange(start, end, c.timeZone, locale)} ${formatZoneName(start, c.timeZone, locale)}` },
      { label: t("mail.where"), value: `${c.venueName}, ${c.venueAddress}` },
    ],
  };
}

export function sessionItem(s: SessionLine, c: ConferenceSummary, { t, locale }: TemplateContext) {
  const start = new Date(s.startsAt);
  const when = `${formatDayShort(start, c.timeZone, locale)}, ${formatTimeRange(start, new Date(s.endsAt), c.timeZone, locale)}`;
  const status = t(`mail.sessionStatus.${s.status}`, { position: s.waitlistPosition ?? "" });
  // A title with no English version is German on an English mail: say so for screen readers.
  return { title: s.title, detail: [when, s.room, status].filter(Boolean).join(" · "), ...(s.titleLang && s.titleLang !== locale ? { lang: s.titleLang } : {}) };
}

export function sessionList(sessions: SessionLine[], c: ConferenceSummary, ctx: TemplateContext): Block[] {
  return sessions.length ? [{ type: "list", title: ctx.t("mail.sessions"), items: sessions.map((s) => sessionItem(s, c, ctx)) }] : [];
}

export function manageBlocks(p: { manageUrl: string; agendaFeedUrl?: string; conference: ConferenceSummary }, { t }: TemplateContext): Block[] {
  const blocks: Block[] = [];
  if (p.manageUrl) {
    blocks.push({ type: "button", label: t("mail.manageButton"), href: p.manageUrl }, { type: "small", text: t("mail.manageHint") });
  } else {
    blocks.push({ type: "small", text: t("mail.manageFromConfirmation") });
  }
  if (p.agendaFeedUrl) {
    blocks.push({ type: "link", before: t("mail.agendaHint"), label: t("mail.agendaWebcal"), href: webcalUrl(p.agendaFeedUrl) });
    blocks.push({ type: "link", label: p.agendaFeedUrl, href: p.agendaFeedUrl });
  }
  blocks.push({ type: "link", label: t("mail.conferencePage"), href: p.conference.url });
  return blocks;
}

/** "The calendar entry is attached", and how many more follow as messages of their own. */
export function inviteNotes(p: { invite?: unknown; invitesFollow?: number }, { t }: TemplateContext): Block[] {
  const blocks: Block[] = [];
  if (p.invite) blocks.push({ type: "small", text: t("invites.attached") });
  if (p.invitesFollow) blocks.push({ type: "small", text: t("invites.follow", { count: p.invitesFollow }) });
  return blocks;
}
