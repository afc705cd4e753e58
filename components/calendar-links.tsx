"use client";

import { useTranslations } from "next-intl";
import { googleCalendarUrl, googleSubscribeUrl, outlookCalendarUrl, outlookSubscribeUrl, webcalUrl, type LinkEvent } from "@/lib/calendar/links";

/**
 * Calendar actions for one event (.ics download, Google, Outlook.com) or for a feed
 * (subscribe via webcal:// or copy the https address). A client component because its props are
 * smaller than the long links it makes, which a server component would send twice (issue 15).
 */
export function CalendarLinks({ icsUrl, event, feedUrl, feedName = "Tagung" }: { icsUrl: string; event?: LinkEvent; feedUrl?: string; feedName?: string }) {
  const t = useTranslations("calendar");
  return (
    <ul className="calendar-links">
      {feedUrl && (
        <li>
          <a className="button button--secondary" href={webcalUrl(feedUrl)}>
            {t("subscribe")}
          </a>
        </li>
      )}
      <li>
        <a className="button button--secondary" href={icsUrl} download>
          {t("download")}
        </a>
      </li>
      {event && (
        <>
          <li>
            <a href={googleCalendarUrl(event)} target="_blank" rel="noopener noreferrer">
              {t("google")}
            </a>
          </li>
          <li>
            <a href={outlookCalendarUrl(event)} target="_blank" rel="noopener noreferrer">
              {t("outlook")}
            </a>
          </li>
        </>
      )}
      {feedUrl && !event && (
        <>
          <li>
            <a href={googleSubscribeUrl(feedUrl)} target="_blank" rel="noopener noreferrer">
              {t("google")}
            </a>
          </li>
          <li>
            <a href={outlookSubscribeUrl(feedUrl, feedName)} target="_blank" rel="noopener noreferrer">
              {t("outlook")}
            </a>
          </li>
        </>
      )}
      {feedUrl && (
        <li className="calendar-links__feed">
          <label>
            <span className="small">{t("feedAddress")}</span>
            <input type="text" readOnly value={feedUrl} />
          </label>
        </li>
      )}
    </ul>
  );
}
