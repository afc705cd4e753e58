"use client";

import { useTranslations } from "next-intl";
import { filterChoices, isFiltered, type FilterableSession, type ProgrammeFilter } from "@/lib/conferences/programme-filter";
import type { ProgrammeView } from "@/lib/conferences/programme-view";

type Props = {
  view: ProgrammeView;
  sessions: FilterableSession[];
  filter: ProgrammeFilter;
  onChange: (change: Partial<ProgrammeFilter>) => void;
  past: boolean;
  my: { remembered: boolean; forget: () => void };
};

/** The programme's search form: every control labelled, changes apply at once (the count is announced by the programme). */
export function ProgrammeFilters({ view, sessions, filter, onChange, past, my }: Props) {
  const t = useTranslations("public");
  const choices = filterChoices(sessions);
  const select = (name: "day" | "track" | "format" | "language" | "host", all: string, options: { value: string; label: string }[]) =>
    options.length > 1 && (
      <div className={`field programme-filters__field programme-filters__field--${name}`}>
        <label htmlFor={`pf-${name}`}>{t(`programme.${name}`)}</label>
        <select id={`pf-${name}`} value={filter[name]} onChange={(e) => onChange({ [name]: e.target.value })}>
          <option value="">{all}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  return (
    <form className="programme-filters" role="search" aria-label={t("programme.filters")} onSubmit={(e) => e.preventDefault()}>
      <div className="field programme-filters__search">
        <label htmlFor="pf-q">{t("programme.search")}</label>
        <input id="pf-q" type="search" value={filter.q} onChange={(e) => onChange({ q: e.target.value })} placeholder={t("programme.searchPlaceholder")} autoComplete="off" maxLength={200} />
      </div>
      {select("day", t("programme.allDays"), view.days.filter((d) => choices.days.includes(d.key)).map((d) => ({ value: d.key, label: d.shortLabel })))}
      {select("track", t("programme.allTracks"), view.tracks.map((tr) => ({ value: tr.id, label: tr.name })))}
      {select("format", t("programme.allFormats"), choices.formats.map((f) => ({ value: f, label: t(`formats.${f}`) })))}
      {select("language", t("programme.allLanguages"), choices.languages.map((l) => ({ value: l, label: t(`languages.${l === "en" ? "en" : "de"}`) })))}
      {select("host", t("programme.allHosts"), view.hosts.map((h) => ({ value: h.slug, label: h.shortName === h.name ? h.name : `${h.shortName} – ${h.name}` })))}
      <div className="programme-filters__checks">
        {!past && (
          <label className="check">
            <input type="checkbox" checked={filter.free} onChange={(e) => onChange({ free: e.target.checked })} />
            <span>{t("programme.free")}</span>
          </label>
        )}
        {my.remembered && (
          <>
            <label className="check">
              <input type="checkbox" checked={filter.mine} onChange={(e) => onChange({ mine: e.target.checked })} />
              <span>{t("mySessions.only")}</span>
            </label>
            <button type="button" className="link-button" onClick={my.forget}>
              {t("mySessions.forget")}
            </button>
          </>
        )}
        {isFiltered(filter) && (
          <button type="button" className="link-button" onClick={() => onChange({ q: "", day: "", track: "", format: "", language: "", host: "", free: false, mine: false })}>
            {t("programme.reset")}
          </button>
        )}
        <button type="button" className="link-button programme-filters__print" onClick={() => window.print()}>
          {t("programme.print")}
        </button>
      </div>
    </form>
  );
}
