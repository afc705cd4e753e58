import type { ReactNode } from "react";
import { Localized } from "@/components/public/localized";
import { pickLocalized } from "@/lib/localized";

/**
 * A conference's title in an organiser page's heading, picked as on the public pages: the English
 * title on the English site when one is entered, else the German one marked lang="de". The values
 * for a heading message such as "Attendees: <title>{conference}</title>" (t.rich). Forms that edit
 * the title keep showing the raw fields.
 */
export function conferenceHeadingValues(conference: { title: string; titleEn?: string | null }, locale: string) {
  const title = pickLocalized(conference.title, conference.titleEn, locale);
  return { conference: title.text, title: (chunks: ReactNode) => <Localized text={title} locale={locale}>{chunks}</Localized> };
}

/** The title alone (a card's heading, a heading that does not come from a message). */
export function ConferenceTitle({ conference, locale }: { conference: { title: string; titleEn?: string | null }; locale: string }) {
  return <Localized text={pickLocalized(conference.title, conference.titleEn, locale)} locale={locale} />;
}
