"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import type { ActionFailure, ActionResult } from "@/lib/action";
import { slugFromTitle, type ConferenceDetailsInput, type DetailsFormValues } from "@/lib/conferences/schema";
import { EnglishDetailsFields } from "./english-details-fields";
import { SectionNotice, useFailureText, useFieldErrors, type Notice } from "./form-bits";
import styles from "./settings.module.css";

export type DetailsSubmit = (details: ConferenceDetailsInput, extra: { overflowToWaitlist: boolean; hostId: string }) => Promise<ActionResult<{ movedToWaitlist?: number; promoted?: number; id?: string }>>;

/**
 * The conference's details, for a new conference and in the settings. Days, times and the
 * registration window are typed in the conference's time zone, which is named next to them and
 * follows the zone chosen above. A capacity below the confirmed registrations offers the choice to
 * move the latest confirmed to the waiting list.
 */
export function DetailsForm({
  initial,
  timeZones,
  confirmed,
  hosts,
  submitLabel,
  onSubmit,
  onSaved,
}: {
  initial: DetailsFormValues;
  timeZones: string[];
  confirmed?: number;
  /** Only when creating: the hosts the user may create for. */
  hosts?: { id: string; shortName: string; name: string }[];
  submitLabel: string;
  onSubmit: DetailsSubmit;
  onSaved?: (data: { movedToWaitlist?: number; promoted?: number; venueNotified?: number; id?: string }) => string | null;
}) {
  const t = useTranslations("settings");
  const failureText = useFailureText();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [zone, setZone] = useState(initial.timeZone);
  // A new conference's address follows its title until the organiser types one of their own.
  const [slug, setSlug] = useState(initial.slug);
  const [slugTouched, setSlugTouched] = useState(Boolean(initial.slug));
  const [pending, startTransition] = useTransition();
  const f = useFieldErrors(failure, "details");
  const capacityCut = f.code("capacity") === "capacityBelowConfirmed";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const v = (name: string) => String(form.get(name) ?? "");
    const details: ConferenceDetailsInput = {
      title: v("title"),
      subtitle: v("subtitle"),
      slug: v("slug"),
      description: v("description"),
      titleEn: v("titleEn"),
      subtitleEn: v("subtitleEn"),
      descriptionEn: v("descriptionEn"),
      venueName: v("venueName"),
      venueAddress: v("venueAddress"),
      timeZone: v("timeZone"),
      firstDay: v("firstDay"),
      startTime: v("startTime"),
      lastDay: v("lastDay"),
      endTime: v("endTime"),
      registrationOpensAt: v("registrationOpensAt"),
      registrationClosesAt: v("registrationClosesAt"),
      capacity: v("capacity"),
      contactEmail: v("contactEmail"),
      titleDative: v("titleDative"),
    };
    setNotice(null);
    startTransition(async () => {
      const result = await onSubmit(details, { overflowToWaitlist: form.get("overflowToWaitlist") === "on", hostId: v("hostId") });
      if (result.ok) {
        setFailure(null);
        const text = onSaved?.(result.data);
        if (text) setNotice({ kind: "success", text });
      } else {
        setFailure(result);
        setNotice({ kind: "error", text: failureText(result) });
      }
    });
  }

  const zoneNote = (
    <span className={styles.zone}>
      {" "}
      ({t("details.inZone", { zone })})
    </span>
  );
  const zones = timeZones.includes(initial.timeZone) ? timeZones : [initial.timeZone, ...timeZones];

  return (
    <form className="form" onSubmit={submit} noValidate>
      {hosts && (
        <div className="field">
          <label htmlFor="details-hostId">{t("new.host")}</label>
          <select id="details-hostId" name="hostId" defaultValue={hosts.length === 1 ? hosts[0].id : ""} {...f.described("hostId", "details-hostId-hint")}>
            {hosts.length !== 1 && <option value="">{t("new.choose")}</option>}
            {hosts.map((h) => (
              <option key={h.id} value={h.id}>
                {h.shortName} – {h.name}
              </option>
            ))}
          </select>
          <span className="hint" id="details-hostId-hint">
            {t("new.hostHint")}
          </span>
          {f.error("hostId")}
        </div>
      )}
      <fieldset className="stack">
        <legend className={styles.legend}>{t("details.basics")}</legend>
        <div className="field">
          <label htmlFor="details-title">{t("details.title")}</label>
          <input
            id="details-title"
            name="title"
            type="text"
            defaultValue={initial.title}
            required
            maxLength={200}
            onChange={(e) => {
              if (!slugTouched) setSlug(slugFromTitle(e.target.value));
            }}
            {...f.described("title")}
          />
          {f.error("title")}
        </div>
        <div className="field">
          <label htmlFor="details-subtitle">
            {t("details.subtitle")} <span className={styles.zone}>({t("common.optional")})</span>
          </label>
          <input id="details-subtitle" name="subtitle" type="text" defaultValue={initial.subtitle} maxLength={300} {...f.described("subtitle")} />
          {f.error("subtitle")}
        </div>
        <div className="field">
          <label htmlFor="details-titleDative">
            {t("details.titleDative")} <span className={styles.zone}>({t("common.optional")})</span>
          </label>
          <input id="details-titleDative" name="titleDative" type="text" lang="de" defaultValue={initial.titleDative} maxLength={300} {...f.described("titleDative", "details-titleDative-hint")} />
          <span className="hint" id="details-titleDative-hint">
            {t("details.titleDativeHint")}
          </span>
          {f.error("titleDative")}
        </div>
        <div className="field">
          <label htmlFor="details-slug">{t("details.slug")}</label>
          <input
            id="details-slug"
            name="slug"
            type="text"
            value={slug}
            onChange={(e) => {
              setSlug(e.target.value);
              setSlugTouched(true);
            }}
            required
            autoCapitalize="off"
            spellCheck={false}
            {...f.described("slug", "details-slug-hint")}
          />
          <span className="hint" id="details-slug-hint">
            {t("details.slugHint")}
          </span>
          {f.error("slug")}
        </div>
        <div className="field">
          <label htmlFor="details-description">{t("details.description")}</label>
          <textarea id="details-description" name="description" rows={5} defaultValue={initial.description} {...f.described("description")} />
          {f.error("description")}
        </div>
      </fieldset>

      <EnglishDetailsFields initial={initial} fieldErrors={f} />

      <fieldset className="stack">
        <legend className={styles.legend}>{t("details.place")}</legend>
        <div className="form-row">
          <div className="field">
            <label htmlFor="details-venueName">{t("details.venueName")}</label>
            <input id="details-venueName" name="venueName" type="text" defaultValue={initial.venueName} required {...f.described("venueName")} />
            {f.error("venueName")}
          </div>
          <div className="field">
            <label htmlFor="details-venueAddress">{t("details.venueAddress")}</label>
            <input id="details-venueAddress" name="venueAddress" type="text" defaultValue={initial.venueAddress} required {...f.described("venueAddress")} />
            {f.error("venueAddress")}
          </div>
        </div>
        <div className="field">
          <label htmlFor="details-contactEmail">
            {t("details.contactEmail")} <span className={styles.zone}>({t("common.optional")})</span>
          </label>
          <input id="details-contactEmail" name="contactEmail" type="email" defaultValue={initial.contactEmail} {...f.described("contactEmail")} />
          {f.error("contactEmail")}
        </div>
      </fieldset>

      <fieldset className="stack">
        <legend className={styles.legend}>{t("details.dates")}</legend>
        <div className="field">
          <label htmlFor="details-timeZone">{t("details.timeZone")}</label>
          <select id="details-timeZone" name="timeZone" value={zone} onChange={(e) => setZone(e.target.value)} {...f.described("timeZone", "details-timeZone-hint")}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
          <span className="hint" id="details-timeZone-hint">
            {t("details.timeZoneHint")}
          </span>
          {f.error("timeZone")}
        </div>
        <div className="form-row">
          <div className="field">
            <label htmlFor="details-firstDay">
              {t("details.firstDay")}
              {zoneNote}
            </label>
            <input id="details-firstDay" name="firstDay" type="date" defaultValue={initial.firstDay} required {...f.described("firstDay")} />
            {f.error("firstDay")}
          </div>
          <div className="field">
            <label htmlFor="details-startTime">
              {t("details.startTime")}
              {zoneNote}
            </label>
            <input id="details-startTime" name="startTime" type="time" defaultValue={initial.startTime} required {...f.described("startTime")} />
            {f.error("startTime")}
          </div>
        </div>
        <div className="form-row">
          <div className="field">
            <label htmlFor="details-lastDay">
              {t("details.lastDay")}
              {zoneNote}
            </label>
            <input id="details-lastDay" name="lastDay" type="date" defaultValue={initial.lastDay} required {...f.described("lastDay")} />
            {f.error("lastDay")}
          </div>
          <div className="field">
            <label htmlFor="details-endTime">
              {t("details.endTime")}
              {zoneNote}
            </label>
            <input id="details-endTime" name="endTime" type="time" defaultValue={initial.endTime} required {...f.described("endTime")} />
            {f.error("endTime")}
          </div>
        </div>
      </fieldset>

      <fieldset className="stack">
        <legend className={styles.legend}>{t("details.registration")}</legend>
        <p className="small muted" id="details-window-hint">
          {t("details.windowHint")}
        </p>
        <div className="form-row">
          <div className="field">
            <label htmlFor="details-registrationOpensAt">
              {t("details.registrationOpensAt")}
              {zoneNote}
            </label>
            <input id="details-registrationOpensAt" name="registrationOpensAt" type="datetime-local" defaultValue={initial.registrationOpensAt} {...f.described("registrationOpensAt", "details-window-hint")} />
            {f.error("registrationOpensAt")}
          </div>
          <div className="field">
            <label htmlFor="details-registrationClosesAt">
              {t("details.registrationClosesAt")}
              {zoneNote}
            </label>
            <input id="details-registrationClosesAt" name="registrationClosesAt" type="datetime-local" defaultValue={initial.registrationClosesAt} {...f.described("registrationClosesAt", "details-window-hint")} />
            {f.error("registrationClosesAt")}
          </div>
        </div>
        <div className="field">
          <label htmlFor="details-capacity">{t("details.capacity")}</label>
          <input id="details-capacity" name="capacity" type="number" min={0} step={1} inputMode="numeric" defaultValue={initial.capacity} {...f.described("capacity", "details-capacity-hint")} style={{ maxWidth: "12rem" }} />
          <span className="hint" id="details-capacity-hint">
            {t("details.capacityHint")}
            {confirmed !== undefined && <> {t("details.confirmedNow", { count: confirmed })}</>}
          </span>
          {f.error("capacity")}
          {capacityCut && (
            <label className="check">
              <input type="checkbox" name="overflowToWaitlist" />
              <span>{t("details.overflow")}</span>
            </label>
          )}
        </div>
      </fieldset>

      <SectionNotice notice={notice} pending={pending} />
      <p className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
      </p>
    </form>
  );
}
