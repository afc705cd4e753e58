"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

/**
 * A session's title and abstract in English, in the timetable dialog (issue 14). Optional: empty
 * fields show the German texts on the English site. Collapsed unless a text is entered or refused.
 */
export function SessionEnglishFields({
  session,
  fieldError,
  described,
}: {
  session: { titleEn: string; abstractEn: string } | null;
  fieldError: (name: string) => ReactNode;
  described: (name: string) => object;
}) {
  const td = useTranslations("resources.sessionFields");
  const open = Boolean(session?.titleEn || session?.abstractEn || fieldError("titleEn") || fieldError("abstractEn"));
  return (
    <details open={open} className="stack">
      <summary>{td("english")}</summary>
      <p className="hint" id="sd-english-hint">
        {td("englishHint")}
      </p>
      <div className="field">
        <label htmlFor="sd-titleEn">{td("titleEn")}</label>
        <input id="sd-titleEn" name="titleEn" type="text" lang="en" maxLength={300} defaultValue={session?.titleEn ?? ""} aria-describedby="sd-english-hint" {...described("titleEn")} />
        {fieldError("titleEn")}
      </div>
      <div className="field">
        <label htmlFor="sd-abstractEn">{td("abstractEn")}</label>
        <textarea id="sd-abstractEn" name="abstractEn" rows={3} lang="en" maxLength={10000} defaultValue={session?.abstractEn ?? ""} {...described("abstractEn")} />
        {fieldError("abstractEn")}
      </div>
    </details>
  );
}
