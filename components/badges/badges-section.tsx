"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

type Selection = "all" | "new" | "since" | "person";

type Props = {
  conferenceId: string;
  confirmed: number;
  notPrinted: number;
  /** Formatted in the conference's time zone, when badges were printed before. */
  lastPrinted: string | null;
  people: { id: string; name: string; organisation: string | null }[];
};

/** "Namensschilder" on the attendees page: choose who and which format, then download the PDF. */
export function BadgesSection({ conferenceId, confirmed, notPrinted, lastPrinted, people }: Props) {
  const t = useTranslations("badges.section");
  const locale = useLocale();
  const [selection, setSelection] = useState<Selection>("all");
  const [since, setSince] = useState("");
  const [person, setPerson] = useState("");
  const [layout, setLayout] = useState<"sheet" | "single">("sheet");
  const query = new URLSearchParams({ layout, locale });
  if (selection === "new") query.set("since", "last");
  if (selection === "since" && since) query.set("since", since);
  if (selection === "person" && person) query.set("registration", person);
  const ready = (selection !== "since" || since !== "") && (selection !== "person" || person !== "");

  return (
    <section className="card stack" aria-labelledby="badges-heading" data-testid="badges">
      <h2 id="badges-heading" className="h3">
        {t("title")}
      </h2>
      <p className="muted">{t("intro")}</p>
      <p className="small">
        {t("status", { confirmed, notPrinted })} {lastPrinted && t("lastPrinted", { date: lastPrinted })}
      </p>
      <fieldset className="field stack">
        <legend>{t("selection")}</legend>
        {(["all", "new", "since", "person"] as const).map((value) => (
          <label key={value} className="check" htmlFor={`badges-choice-${value}`}>
            <input id={`badges-choice-${value}`} type="radio" name="badge-selection" value={value} checked={selection === value} onChange={() => setSelection(value)} />
            <span>{t(value)}</span>
          </label>
        ))}
      </fieldset>
      {selection === "since" && (
        <div className="field">
          <label htmlFor="badges-since">{t("sinceLabel")}</label>
          <input id="badges-since" type="date" value={since} onChange={(e) => setSince(e.target.value)} />
        </div>
      )}
      {selection === "person" && (
        <div className="field">
          <label htmlFor="badges-person">{t("personLabel")}</label>
          <select id="badges-person" value={person} onChange={(e) => setPerson(e.target.value)}>
            <option value="">{t("choose")}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.organisation ? `${p.name} (${p.organisation})` : p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="badges-layout">{t("layout")}</label>
        <select id="badges-layout" value={layout} onChange={(e) => setLayout(e.target.value === "single" ? "single" : "sheet")}>
          <option value="sheet">{t("sheet")}</option>
          <option value="single">{t("single")}</option>
        </select>
      </div>
      <p>
        {ready ? (
          <a className="button" href={`/api/organiser/conferences/${conferenceId}/badges.pdf?${query}`} download>
            {t("download")}
          </a>
        ) : (
          <button type="button" className="button" disabled>
            {t("download")}
          </button>
        )}
      </p>
      <p className="small muted">{t("printHint")}</p>
    </section>
  );
}
