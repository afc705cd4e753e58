"use client";

import { Suspense, useEffect, useMemo, useState, type CSSProperties } from "react";
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { EMPTY_FILTER, filterFromQuery, filterToQuery, isFiltered, matchesFilter, type ProgrammeFilter } from "@/lib/conferences/programme-filter";
import type { ProgrammeDayView, ProgrammeView } from "@/lib/conferences/programme-view";
import { useMySessions } from "./my-sessions";
import { ProgrammeFilters } from "./programme-filters";
import { ProgrammePrint } from "./programme-print";
import { SessionCard } from "./session-card";

type Props = { view: ProgrammeView; locale: string; past?: boolean; heading: string };

/**
 * The programme by day and time slot, with search and filters. On wide screens a day is a grid
 * with one column per room (plenary slots span the row); on phones the same markup reads as a
 * list, each card naming its room. Filtering happens here, over the programme the page holds; the
 * filter lives in the URL's query so a filtered view can be shared. Printing gives a compact table.
 */
export function Programme(props: Props) {
  // Rendered without the query first when the page is served from a cache; the query then applies in the browser.
  return (
    <Suspense fallback={<ProgrammeBrowser {...props} initial={EMPTY_FILTER} />}>
      <ProgrammeFromUrl {...props} />
    </Suspense>
  );
}

function ProgrammeFromUrl(props: Props) {
  const params = useSearchParams();
  return <ProgrammeBrowser {...props} initial={filterFromQuery(params)} />;
}

function ProgrammeBrowser({ view, locale, past = false, heading, initial }: Props & { initial: ProgrammeFilter }) {
  const t = useTranslations("public");
  const [filter, setFilter] = useState(initial);
  const my = useMySessions(view.slug);
  const mine = my.remembered && filter.mine;

  useEffect(() => {
    const query = filterToQuery(filter);
    const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, "", url);
  }, [filter]);

  const total = useMemo(() => view.days.reduce((n, d) => n + d.slots.reduce((m, s) => m + s.sessions.length, 0), 0), [view]);
  const days = useMemo(() => filterDays(view.days, { ...filter, mine }, my.ids), [view, filter, mine, my.ids]);
  const shown = days.reduce((n, d) => n + d.slots.reduce((m, s) => m + s.sessions.length, 0), 0);
  const filtered = isFiltered({ ...filter, mine });

  if (!total) return <p className="muted">{t("conference.noSessions")}</p>;
  return (
    <div className="programme-browser">
      <ProgrammeFilters view={view} filter={filter} onChange={(change) => setFilter((f) => ({ ...f, ...change }))} past={past} my={my} />
      <p className="programme-count" role="status">
        {filtered ? t("programme.countFiltered", { shown, total }) : t("programme.countAll", { total })}
      </p>
      {shown === 0 ? (
        <div className="notice programme-empty">
          <p>{t("programme.none")}</p>
          <button type="button" className="button button--secondary" onClick={() => setFilter(EMPTY_FILTER)}>
            {t("programme.reset")}
          </button>
        </div>
      ) : (
        <div className="programme">
          {days.map((day) => (
            <section key={day.key} className="programme-day" aria-labelledby={`day-${day.key}`} style={{ "--rooms": Math.max(1, day.rooms.length) } as CSSProperties}>
              <h3 id={`day-${day.key}`} className="programme-day__title">
                {day.label}
              </h3>
              {day.rooms.length > 1 && (
                // Every card names its room, so this header row is only a visual aid for the grid.
                <div className="programme-rooms" aria-hidden="true">
                  <span />
                  <span className="programme-rooms__names">
                    {day.rooms.map((room) => (
                      <span key={room.id}>{room.name}</span>
                    ))}
                  </span>
                </div>
              )}
              <ol className="programme-slots">
                {day.slots.map((slot) => (
                  <li key={slot.startsAt} className={`programme-slot${slot.plenary ? " programme-slot--plenary" : ""}`}>
                    <p className="programme-slot__time">
                      <time dateTime={slot.startsAt}>{slot.time}</time>
                    </p>
                    <ul className="programme-slot__sessions">
                      {slot.sessions.map((session) => (
                        <li key={session.id} style={!slot.plenary && session.column !== null ? ({ "--column": session.column + 1 } as CSSProperties) : undefined}>
                          <SessionCard session={session} slug={view.slug} locale={locale} past={past} mine={my.ids.has(session.id)} />
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}
      <ProgrammePrint days={days} locale={locale} heading={heading} mine={my.ids} />
    </div>
  );
}

/** The days, slots and sessions that pass the filter; empty slots and days drop out, room columns stay. */
function filterDays(days: ProgrammeDayView[], filter: ProgrammeFilter, mine: ReadonlySet<string>): ProgrammeDayView[] {
  return days
    .map((day) => ({
      ...day,
      slots: day.slots.map((slot) => ({ ...slot, sessions: slot.sessions.filter((s) => matchesFilter(s, filter, mine)) })).filter((slot) => slot.sessions.length > 0),
    }))
    .filter((day) => day.slots.length > 0);
}
