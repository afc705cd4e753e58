"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import type { CreateSessionInput } from "@/lib/sessions/schema";
import { Link } from "@/i18n/navigation";
import pickerStyles from "../resources/speaker-picker.module.css";
import { FailureNotice } from "./failure-notice";
import { SelectField } from "./select-field";
import { SessionEnglishFields } from "./session-english-fields";
import { failureOf, type Board, type DialogState, type TimetableActions, type TimetableFailure } from "./types";

// Type-only checks against the schema keep zod out of the browser bundle.
const FORMAT_ORDER = ["talk", "workshop", "panel", "keynote", "forum", "networking", "break", "other"] as const satisfies readonly NonNullable<CreateSessionInput["format"]>[];
const LANGUAGES = ["de", "en"] as const satisfies readonly NonNullable<CreateSessionInput["language"]>[];

/**
 * The keyboard path to every change on the board: title, host, format, language, day, time,
 * duration, room, capacity, status, abstract, track and speakers of one session, or of a new one.
 * `onDone` gets the announcement and, for a new session, its id (the board moves focus there).
 */
export function SessionDialog({
  state,
  timetable,
  actions,
  onClose,
  onDone,
}: {
  state: NonNullable<DialogState>;
  timetable: Board;
  actions: TimetableActions;
  onClose: () => void;
  onDone: (text: string, createdId?: string) => void;
}) {
  const t = useTranslations("organiser.timetable");
  const te = useTranslations("organiser.errors.field");
  const tf = useTranslations("resources.fieldErrors");
  const td = useTranslations("resources.sessionFields");
  const [failure, setFailure] = useState<TimetableFailure | null>(null);
  const [pending, startTransition] = useTransition();
  const failureRef = useRef<HTMLDivElement>(null);
  // The dialog scrolls; a refusal is shown at its top, so bring it (and the reader's focus) there.
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);
  const s = state.mode === "edit" ? state.session : null;
  const needsOverflow = failure !== null && "reason" in failure && failure.conflicts.some((c) => c.code === "capacity_below_confirmed");
  const fields = failure && "fields" in failure ? failure.fields : undefined;
  const fieldError = (name: string) => {
    const code = fields?.[name];
    return code ? (
      <span className="error" id={`err-${name}`}>
        {te.has(code) ? te(code) : tf.has(code) ? tf(code) : te("invalid")}
      </span>
    ) : null;
  };
  const described = (name: string) => (fields?.[name] ? { "aria-invalid": true, "aria-describedby": `err-${name}` } : {});

  function submit(form: FormData) {
    const get = (k: string) => String(form.get(k) ?? "");
    const roomId = get("roomId") || null;
    const details = {
      abstract: get("abstract"),
      titleEn: get("titleEn"),
      abstractEn: get("abstractEn"),
      format: get("format") as CreateSessionInput["format"],
      language: get("language") as CreateSessionInput["language"],
      trackId: get("trackId") || null,
      speakerIds: form.getAll("speakerIds").map(String),
      status: get("status") === "draft" ? ("draft" as const) : ("scheduled" as const),
    };
    startTransition(async () => {
      if (s) {
        const result = await actions.save({
          sessionId: s.id,
          title: get("title"),
          day: get("day"),
          start: get("start"),
          minutes: Number(get("minutes")),
          roomId,
          capacity: get("capacity"),
          overflowToWaitlist: form.get("overflow") === "on",
          ...details,
        });
        if (result.ok && result.data.ok) onDone(`${t("saved", { title: result.data.title })} ${t("notified", { count: result.data.notified })}`);
        else setFailure(failureOf(result));
      } else {
        const result = await actions.create({
          conferenceId: timetable.conference.id,
          hostId: get("hostId"),
          title: get("title"),
          day: get("day"),
          start: get("start"),
          minutes: Number(get("minutes")),
          roomId,
          capacity: get("capacity"),
          ...details,
        });
        if (result.ok && result.data.ok) onDone(t("created", { title: result.data.title }), result.data.id);
        else setFailure(failureOf(result));
      }
    });
  }

  function cancelSession() {
    if (!s || !window.confirm(t("confirmCancel", { title: s.title }))) return;
    startTransition(async () => {
      const result = await actions.cancel({ sessionId: s.id });
      if (result.ok) onDone(`${t("cancelledDone", { title: s.title })} ${t("notified", { count: result.data.notified })}`);
      else setFailure(result);
    });
  }

  const title = s ? t("editTitle", { title: s.title }) : t("createTitle");
  const options = {
    host: timetable.hosts.filter((h) => h.canSchedule).map((h) => ({ value: h.id, label: `${h.shortName} – ${h.name}` })),
    format: FORMAT_ORDER.map((f) => ({ value: f, label: t(`formats.${f}`) })),
    language: LANGUAGES.map((l) => ({ value: l, label: td(`languages.${l}`) })),
    day: timetable.days.map((d) => ({ value: d, label: timetable.dayLabels[d] })),
    room: timetable.rooms.map((r) => ({ value: r.id, label: r.capacity ? `${r.name} (${r.capacity})` : r.name })),
    status: (["scheduled", "draft"] as const).map((v) => ({ value: v, label: t(`statusOptions.${v}`) })),
    track: timetable.tracks.map((tr) => ({ value: tr.id, label: tr.name })),
  };
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <div className="dialog card" role="dialog" aria-modal="true" aria-labelledby="session-dialog-title">
        <h2 id="session-dialog-title">{title}</h2>
        <div ref={failureRef} tabIndex={-1}>
          {failure && <FailureNotice failure={failure} />}
        </div>
        {/* onSubmit, not a form action: React resets a form after an action, and a refused save must keep what was typed. */}
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            submit(new FormData(e.currentTarget));
          }}
        >
          <div className="field">
            <label htmlFor="sd-title">{t("fields.title")}</label>
            <input id="sd-title" name="title" type="text" defaultValue={s?.title ?? ""} required maxLength={300} autoFocus {...described("title")} />
            {fieldError("title")}
          </div>
          <div className="form-row">
            {!s && (
              <SelectField id="sd-host" name="hostId" label={t("fields.host")} options={options.host} described={described("hostId")}>
                {fieldError("hostId")}
              </SelectField>
            )}
            <SelectField id="sd-format" name="format" label={t("fields.format")} options={options.format} defaultValue={s?.format ?? "talk"} described={described("format")}>
              {fieldError("format")}
            </SelectField>
            <SelectField id="sd-language" name="language" label={td("language")} options={options.language} defaultValue={s?.language ?? "de"} described={described("language")}>
              {fieldError("language")}
            </SelectField>
          </div>
          <div className="form-row">
            <SelectField id="sd-day" name="day" label={t("fields.day")} options={options.day} defaultValue={s?.day ?? timetable.day} described={described("day")}>
              {fieldError("day")}
            </SelectField>
            <div className="field">
              <label htmlFor="sd-start">{t("fields.start")}</label>
              <input id="sd-start" name="start" type="time" step={300} defaultValue={s?.start ?? (state.mode === "create" ? state.start : "09:00")} required {...described("start")} />
              {fieldError("start")}
            </div>
            <div className="field">
              <label htmlFor="sd-minutes">{t("fields.minutes")}</label>
              <input id="sd-minutes" name="minutes" type="number" min={5} max={1440} step={5} defaultValue={s?.minutes ?? 60} required {...described("minutes")} />
              {fieldError("minutes")}
            </div>
          </div>
          <div className="form-row">
            <SelectField
              id="sd-room"
              name="roomId"
              label={t("fields.room")}
              noneLabel={t("noRoom")}
              options={options.room}
              defaultValue={s?.roomId ?? (state.mode === "create" ? (state.roomId ?? "") : "")}
              described={described("roomId")}
            >
              {fieldError("roomId")}
            </SelectField>
            <div className="field">
              <label htmlFor="sd-capacity">{t("fields.capacity")}</label>
              <input id="sd-capacity" name="capacity" type="number" min={0} defaultValue={s?.capacity ?? ""} {...described("capacity")} />
              {fieldError("capacity")}
            </div>
            <SelectField
              id="sd-status"
              name="status"
              label={t("fields.status")}
              options={options.status}
              defaultValue={s?.status === "draft" ? "draft" : "scheduled"}
              described={{ "aria-describedby": "sd-status-hint" }}
            >
              <span className="hint" id="sd-status-hint">
                {td("statusHint")}
              </span>
            </SelectField>
          </div>
          <div className="field">
            <label htmlFor="sd-abstract">{td("abstract")}</label>
            <textarea id="sd-abstract" name="abstract" rows={3} maxLength={10000} defaultValue={s?.abstract ?? ""} {...described("abstract")} aria-describedby={fields?.abstract ? "err-abstract sd-abstract-hint" : "sd-abstract-hint"} />
            <span className="hint" id="sd-abstract-hint">
              {td("abstractHint")}
            </span>
            {fieldError("abstract")}
          </div>
          <SessionEnglishFields session={s} fieldError={fieldError} described={described} />
          <div className="form-row">
            <SelectField id="sd-track" name="trackId" label={td("track")} noneLabel={td("noTrack")} options={options.track} defaultValue={s?.trackId ?? ""} described={described("trackId")}>
              {fieldError("trackId")}
            </SelectField>
          </div>
          <fieldset className={`field ${pickerStyles.fieldset}`} {...described("speakerIds")}>
            <legend>{td("speakers")}</legend>
            {timetable.speakers.length === 0 ? (
              <p className="muted small">{td("noSpeakers")}</p>
            ) : (
              <ul className={pickerStyles.list}>
                {timetable.speakers.map((sp) => (
                  <li key={sp.id}>
                    <label className="check">
                      <input type="checkbox" name="speakerIds" value={sp.id} defaultChecked={s?.speakerIds.includes(sp.id) ?? false} />
                      <span>
                        {sp.name}
                        {sp.organisation && <span className="muted small"> · {sp.organisation}</span>}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
            {fieldError("speakerIds")}
          </fieldset>
          {timetable.access.level === "manage" && (
            <p className="small">
              <Link href={`/organiser/conferences/${timetable.conference.id}/resources`}>{td("manage")}</Link>
            </p>
          )}
          {needsOverflow && (
            <label className="check">
              <input type="checkbox" name="overflow" />
              <span>{t("fields.overflow")}</span>
            </label>
          )}
          <div className="dialog__actions">
            <button type="submit" className="button" disabled={pending}>
              {t("save")}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t("close")}
            </button>
            {s && s.status === "scheduled" && (
              <button type="button" className="button button--danger dialog__danger" onClick={cancelSession} disabled={pending}>
                {t("cancelSession")}
              </button>
            )}
          </div>
        </form>
      </div>
    </div>
  );
}
