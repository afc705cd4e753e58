"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { googleSubscribeUrl, outlookSubscribeUrl, webcalUrl } from "@/lib/calendar/links";
import { readFreshRegistration, rememberFreshRegistration } from "./fresh-registration";
import { ResetFeedLink } from "./link-controls";

/**
 * The agenda for the attendee's calendar: a one-time .ics import (a data: URL drawn by the server)
 * and the subscription that follows changes. The subscription address is known here only right
 * after registering or after creating a new one (this tab's sessionStorage); otherwise it is in
 * the confirmation email, and a new one can be made.
 */
export function AgendaCalendar({ token, registrationId, icsHref, feedName }: { token: string; registrationId: string; icsHref: string | null; feedName: string }) {
  const t = useTranslations("registration.manage");
  const tc = useTranslations("calendar");
  const [feedUrl, setFeedUrl] = useState<string | null>(null);
  useEffect(() => {
    // Read after hydration: the server cannot know what this tab remembers.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFeedUrl(readFreshRegistration(registrationId)?.feedUrl ?? null);
  }, [registrationId]);
  function created(url: string) {
    const fresh = readFreshRegistration(registrationId);
    rememberFreshRegistration(registrationId, { email: fresh?.email ?? "", feedUrl: url });
    setFeedUrl(url);
  }
  return (
    <div className="stack">
      <p className="small muted">{t(icsHref ? "calendarHint" : "calendarLater")}</p>
      <ul className="calendar-links">
        {icsHref && (
          <li>
            <a className="button button--secondary" href={icsHref} download="agenda.ics" data-testid="agenda-ics">
              {t("addToCalendar")}
            </a>
          </li>
        )}
        {feedUrl && (
          <>
            <li>
              <a className="button button--secondary" href={webcalUrl(feedUrl)}>
                {tc("subscribe")}
              </a>
            </li>
            <li>
              <a href={googleSubscribeUrl(feedUrl)} target="_blank" rel="noopener noreferrer">
                {tc("google")}
              </a>
            </li>
            <li>
              <a href={outlookSubscribeUrl(feedUrl, feedName)} target="_blank" rel="noopener noreferrer">
                {tc("outlook")}
              </a>
            </li>
            <li className="calendar-links__feed">
              <label>
                <span className="small">{tc("feedAddress")}</span>
                <input type="text" readOnly value={feedUrl} data-testid="feed-url" onFocus={(e) => e.currentTarget.select()} />
              </label>
            </li>
          </>
        )}
      </ul>
      <ResetFeedLink token={token} onCreated={created} known={feedUrl !== null} />
    </div>
  );
}
