"use client";

import { useEffect, useMemo, useState, type CSSProperties } from "react";
import { useTranslations } from "next-intl";
import { EMPTY_FILTER, filterToQuery, isFiltered, matchesFilter, type FilterableSession, type ProgrammeFilter } from "@/lib/conferences/programme-filter";
import { filterableEntry, type ProgrammeDayView, type ProgrammeEntry } from "@/lib/conferences/programme-view";
import { unpackProgramme, type PackedProgramme } from "@/lib/conferences/programme-wire";
import { useMySessions } from "./my-sessions";
import { ProgrammeFilters } from "./programme-filters";
import { ProgrammePrint } from "./programme-print";
import { SessionCard } from "./session-card";
import { usePrinting } from "./use-printing";

/** `programme`: the view packed for the page's HTML (programme-wire.ts). `initial`: the filter of the page's URL query, read by the page, so the server renders the view the URL asks for. */
type Props = { programme: PackedProgramme; locale: string; past?: boolean; heading: string; initial: ProgrammeFilter };

/**
 * The programme by day and time slot, with search and filters. On wide screens a day is a grid
 * with one column per room (plenary slots span the row); on phones the same markup reads as a
 * list, each card naming its room. Filtering happens here, over the programme the page holds; the
 * filter lives in the URL's query so a filtered view can be shared. Printing gives a compact table.
 */
export function Programme({ programme, locale, past = false, heading, initial }: Props) {
  const t = useTranslations("public");
  const view = useMemo(() => unpackProgramme(programme), [programme]);
  const [filter, setFilter] = useState(initial);
  const my = useMySessions(view.slug);
  const printing = usePrinting();
  const mine = my.remembered && filter.mine;

  useEffect(() => {
    const query = filterToQuery(filter);
    const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, "", url);
  }, [filter]);

  const sessions = useMemo(() => new Map(view.days.flatMap((d) => d.slots.flatMap((slot) => slot.sessions.map((s) => [s.id, filterableEntry(s, d.key, view)] as const)))), [view]);
  const days = useMemo(() => filterDays(view.days, sessions, { ...filter, mine }, my.ids), [view, sessions, filter, mine, my.ids]);
  const total = sessions.size;
  const shown = days.reduce((n, d) => n + d.slots.reduce((m, s) => m + s.sessions.length, 0), 0);
  const filtered = isFiltered({ ...filter, mine });

  if (!total) return <p className="muted">{t("conference.noSessions")}</p>;
  return (
    <div className="programme-browser">
      <ProgrammeFilters view={view} sessions={[...sessions.values()]} filter={filter} onChange={(change) => setFilter((f) => ({ ...f, ...change }))} past={past} my={my} />
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
                      <span key={room}>{room}</span>
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
                          <SessionCard session={session} view={view} locale={locale} past={past} mine={my.ids.has(session.id)} />
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
      {printing && <ProgrammePrint days={days} view={view} heading={heading} mine={my.ids} />}
    </div>
  );
}

/** The days, slots and sessions that pass the filter; empty slots and days drop out, room columns stay. */
function filterDays(days: ProgrammeDayView[], sessions: ReadonlyMap<string, FilterableSession>, filter: ProgrammeFilter, mine: ReadonlySet<string>): ProgrammeDayView[] {
  const passes = (s: ProgrammeEntry) => {
    const filterable = sessions.get(s.id);
    return filterable !== undefined && matchesFilter(filterable, filter, mine);
  };
  return days
    .map((day) => ({
      ...day,
      slots: day.slots.map((slot) => ({ ...slot, sessions: slot.sessions.filter(passes) })).filter((slot) => slot.sessions.length > 0),
    }))
    .filter((day) => day.slots.length > 0);
}
