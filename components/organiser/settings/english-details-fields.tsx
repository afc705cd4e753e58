"use client";

import { useTranslations } from "next-intl";
import type { DetailsFormValues } from "@/lib/conferences/schema";
import type { useFieldErrors } from "./form-bits";
import styles from "./settings.module.css";

/**
 * The conference's texts in English (issue 14). All optional: what is left empty shows the German
 * text on the English site. Collapsed until opened, unless a text is already entered or refused.
 */
export function EnglishDetailsFields({ initial, fieldErrors: f }: { initial: Pick<DetailsFormValues, "titleEn" | "subtitleEn" | "descriptionEn">; fieldErrors: ReturnType<typeof useFieldErrors> }) {
  const t = useTranslations("settings");
  const open = Boolean(initial.titleEn || initial.subtitleEn || initial.descriptionEn || f.code("titleEn") || f.code("subtitleEn") || f.code("descriptionEn"));
  return (
    <details className="stack" open={open}>
      <summary className={styles.legend}>{t("details.english")}</summary>
      <p className="small muted" id="details-english-hint">
        {t("details.englishHint")}
      </p>
      <div className="field">
        <label htmlFor="details-titleEn">
          {t("details.titleEn")} <span className={styles.zone}>({t("common.optional")})</span>
        </label>
        <input id="details-titleEn" name="titleEn" type="text" lang="en" defaultValue={initial.titleEn} maxLength={200} {...f.described("titleEn", "details-english-hint")} />
        {f.error("titleEn")}
      </div>
      <div className="field">
        <label htmlFor="details-subtitleEn">
          {t("details.subtitleEn")} <span className={styles.zone}>({t("common.optional")})</span>
        </label>
        <input id="details-subtitleEn" name="subtitleEn" type="text" lang="en" defaultValue={initial.subtitleEn} maxLength={300} {...f.described("subtitleEn")} />
        {f.error("subtitleEn")}
      </div>
      <div className="field">
        <label htmlFor="details-descriptionEn">
          {t("details.descriptionEn")} <span className={styles.zone}>({t("common.optional")})</span>
        </label>
        <textarea id="details-descriptionEn" name="descriptionEn" rows={5} lang="en" defaultValue={initial.descriptionEn} {...f.described("descriptionEn")} />
        {f.error("descriptionEn")}
      </div>
    </details>
  );
}
