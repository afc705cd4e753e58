"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action";
import type { DetailsFormValues, UpdateConferenceInput } from "@/lib/conferences/schema";
import { DetailsForm } from "./details-form";
import styles from "./settings.module.css";

type Update = (input: UpdateConferenceInput) => Promise<ActionResult<{ movedToWaitlist: number; promoted: number; venueNotified: number }>>;

export function SettingsDetails({ conferenceId, initial, timeZones, confirmed, action }: { conferenceId: string; initial: DetailsFormValues; timeZones: string[]; confirmed: number; action: Update }) {
  const t = useTranslations("settings.details");
  return (
    <section className={`card ${styles.section}`} aria-labelledby="details-heading">
      <h2 id="details-heading">{t("heading")}</h2>
      <DetailsForm
        initial={initial}
        timeZones={timeZones}
        confirmed={confirmed}
        submitLabel={t("submit")}
        onSubmit={(details, { overflowToWaitlist }) => action({ conferenceId, details, overflowToWaitlist })}
        onSaved={({ movedToWaitlist = 0, promoted = 0, venueNotified = 0 }) =>
          [movedToWaitlist ? t("savedMoved", { count: movedToWaitlist }) : promoted ? t("savedPromoted", { count: promoted }) : t("saved"), venueNotified ? t("venueNotified", { count: venueNotified }) : ""]
            .filter(Boolean)
            .join(" ")
        }
      />
    </section>
  );
}
