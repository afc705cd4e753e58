"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type CSSProperties, type DragEvent, type PointerEvent as ReactPointerEvent } from "react";
import type { ActionFailure, ActionResult } from "@/lib/action";
import type { CreateSessionInput, EditSessionInput } from "@/lib/sessions/schema";
import type { Timetable, TimetableSession } from "@/lib/sessions/timetable";
import { Link } from "@/i18n/navigation";
import pickerStyles from "./resources/speaker-picker.module.css";
import { SessionEnglishFields } from "./session-english-fields";

type Actions = {
  save: (input: EditSessionInput) => Promise<ActionResult<{ title: string; notified: number }>>;
  create: (input: CreateSessionInput) => Promise<ActionResult<{ title: string }>>;
  cancel: (input: { sessionId: string }) => Promise<ActionResult<{ notified: number }>>;
};

type Board = Timetable & { dayLabels: Record<string, string> };
type Message = { kind: "success"; text: string } | { kind: "error"; failure: ActionFailure };
type DialogState = { mode: "edit"; session: TimetableSession } | { mode: "create"; roomId: string | null; start: string } | null;

// Type-only checks against the schema keep zod out of the browser bundle.
const FORMAT_ORDER = ["talk", "workshop", "panel", "keynote", "forum", "networking", "break", "other"] as const satisfies readonly NonNullable<CreateSessionInput["format"]>[];
const LANGUAGES = ["de", "en"] as const satisfies readonly NonNullable<CreateSessionInput["language"]>[];
const STEP = 5; // minutes per grid row
const SNAP = 15; // drag and drop snaps to quarter hours
const NO_ROOM = "__none__";
const pad = (n: number) => String(n).padStart(2, "0");
const hhmm = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

/**
 * The day's timetable: rooms as columns, time as rows, sessions as blocks. Editable blocks can be
 * dragged to another room or time and resized by their bottom edge; every block also has an
 * "Edit" button opening a form with day, time, duration and room — the keyboard path.
 */
export function TimetableBoard({ timetable, actions }: { timetable: Board; actions: Actions }) {
  const t = useTranslations("organiser.timetable");
  const router = useRouter();
  const [message, setMessage] = useState<Message | null>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [pending, startTransition] = useTransition();
  const [preview, setPreview] = useState<{ id: string; minutes: number } | null>(null);
  const grab = useRef<{ id: string; offset: number } | null>(null);

  const hasUnroomed = timetable.sessions.some((s) => !s.roomId || !timetable.rooms.some((r) => r.id === s.roomId));
  const columns = [...timetable.rooms.map((r) => ({ id: r.id, name: r.name })), ...(hasUnroomed ? [{ id: NO_ROOM, name: t("noRoom") }] : [])];
  const first = Math.min(8 * 60, ...timetable.sessions.map((s) => Math.floor(s.startMinute / 60) * 60));
  const last = Math.max(18 * 60, ...timetable.sessions.map((s) => Math.ceil(s.endMinute / 60) * 60));
  const rows = (last - first) / STEP;
  const hostIndex = new Map(timetable.hosts.map((h, i) => [h.id, i]));
  const trackName = new Map(timetable.tracks.map((tr) => [tr.id, tr.name]));
  const canCreate = timetable.hosts.some((h) => h.canSchedule);

  function report(result: ActionResult<unknown>, success: string) {
    if (result.ok) {
      setMessage({ kind: "success", text: success });
      router.refresh();
    } else setMessage({ kind: "error", failure: result });
    return result.ok;
  }

  function move(session: TimetableSession, change: Partial<Pick<EditSessionInput, "start" | "minutes" | "roomId">>) {
    startTransition(async () => {
      // Only the slot (and the room of the lane it was dropped in): what is not sent stays as it is.
      const result = await actions.save({ sessionId: session.id, day: session.day, start: session.start, minutes: session.minutes, ...change });
      report(result, result.ok ? `${t("saved", { title: result.data.title })} ${t("notified", { count: result.data.notified })}` : "");
      setPreview(null);
    });
  }

  /** A drop anywhere on the grid (also over another block): the lane under the pointer gives the room, its height the time. */
  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    const dragged = grab.current;
    grab.current = null;
    const session = timetable.sessions.find((s) => s.id === dragged?.id);
    if (!session || !dragged) return;
    const lane = [...event.currentTarget.querySelectorAll<HTMLElement>(".timetable__lane")].find((l) => {
      const r = l.getBoundingClientRect();
      return event.clientX >= r.left && event.clientX < r.right;
    });
    if (!lane) return;
    const roomId = lane.dataset.roomId ?? NO_ROOM;
    const rect = lane.getBoundingClientRect();
    const pointer = first + ((event.clientY - rect.top) / rect.height) * (last - first);
    const start = Math.max(0, Math.min(24 * 60 - SNAP, Math.round((pointer - dragged.offset) / SNAP) * SNAP));
    move(session, { start: hhmm(start), roomId: roomId === NO_ROOM ? null : roomId });
  }

  function startResize(event: ReactPointerEvent<HTMLElement>, session: TimetableSession) {
    event.preventDefault();
    event.stopPropagation();
    const handle = event.currentTarget;
    const grid = handle.closest(".timetable") as HTMLElement;
    const pxPerMinute = grid.querySelector(".timetable__lane")!.getBoundingClientRect().height / (last - first);
    const originY = event.clientY;
    handle.setPointerCapture(event.pointerId);
    let minutes = session.minutes;
    const onMove = (e: PointerEvent) => {
      minutes = Math.max(SNAP, session.minutes + Math.round((e.clientY - originY) / pxPerMinute / SNAP) * SNAP);
      setPreview({ id: session.id, minutes });
    };
    const onUp = () => {
      handle.removeEventListener("pointermove", onMove);
      handle.removeEventListener("pointerup", onUp);
      if (minutes !== session.minutes) move(session, { minutes });
      else setPreview(null);
    };
    handle.addEventListener("pointermove", onMove);
    handle.addEventListener("pointerup", onUp);
  }

  const gridStyle: CSSProperties = { gridTemplateColumns: `4.5rem repeat(${columns.length}, minmax(11rem, 1fr))`, gridTemplateRows: `auto repeat(${rows}, 0.55rem)` };

  return (
    <div className="stack">
      <div className="timetable-toolbar">
        <ul className="timetable-legend" aria-label={t("legend")}>
          {timetable.hosts.map((h, i) => (
            <li key={h.id} className={`host-swatch host-${i % 6}`}>
              {h.shortName}
            </li>
          ))}
        </ul>
        {canCreate && (
          <button type="button" className="button" onClick={() => setDialog({ mode: "create", roomId: timetable.rooms[0]?.id ?? null, start: "09:00" })}>
            + {t("create")}
          </button>
        )}
      </div>
      <div aria-live="polite" aria-atomic="true">
        {pending && <p className="notice">{t("moving")}</p>}
        {!pending && message?.kind === "success" && (
          <p className="notice notice--success" role="status">
            {message.text}
          </p>
        )}
      </div>
      {!pending && message?.kind === "error" && !dialog && <FailureNotice failure={message.failure} />}

      <div className="timetable-scroll card">
        <div
          className="timetable"
          style={gridStyle}
          onDragOver={(e) => {
            if (grab.current) e.preventDefault();
          }}
          onDrop={onDrop}
        >
          <div className="timetable__corner">{t("time")}</div>
          {columns.map((c, i) => (
            <div key={c.id} className="timetable__room" style={{ gridColumn: i + 2 }}>
              {c.name}
            </div>
          ))}
          {Array.from({ length: (last - first) / 60 }, (_, h) => (
            <div key={h} className="timetable__hour" style={{ gridRow: `${2 + (h * 60) / STEP} / span ${60 / STEP}` }}>
              {hhmm(first + h * 60)}
            </div>
          ))}
          {columns.map((c, i) => (
            <div
              key={c.id}
              className="timetable__lane"
              style={{ gridColumn: i + 2, gridRow: `2 / span ${rows}`, backgroundSize: `100% ${(60 / STEP) * 0.55}rem` }}
              data-room={c.name}
              data-room-id={c.id}
            />
          ))}
          {timetable.sessions.map((s) => {
            const col = columns.findIndex((c) => c.id === (s.roomId && timetable.rooms.some((r) => r.id === s.roomId) ? s.roomId : NO_ROOM));
            const minutes = preview?.id === s.id ? preview.minutes : s.minutes;
            const end = Math.min(last, s.startMinute + minutes);
            const classes = ["timetable__session", `host-${(hostIndex.get(s.hostId) ?? 0) % 6}`, s.canEdit ? "is-editable" : "is-locked", `is-${s.status}`, `format-${s.format}`];
            return (
              <article
                key={s.id}
                className={classes.join(" ")}
                style={{ gridColumn: col + 2, gridRow: `${2 + (s.startMinute - first) / STEP} / ${2 + (end - first) / STEP}` }}
                draggable={s.canEdit}
                onDragStart={(e) => {
                  const rect = e.currentTarget.getBoundingClientRect();
                  grab.current = { id: s.id, offset: Math.round(((e.clientY - rect.top) / rect.height) * s.minutes) };
                  e.dataTransfer.effectAllowed = "move";
                  e.dataTransfer.setData("text/plain", s.id);
                }}
                aria-label={s.title}
                data-testid={`session-${s.id}`}
              >
                <p className="timetable__time">
                  {s.start}–{hhmm((s.startMinute + minutes) % (24 * 60))} · <strong>{s.host}</strong>
                  {s.status !== "scheduled" && <span className={`badge ${s.status === "cancelled" ? "badge--danger" : "badge--neutral"}`}>{t(s.status === "cancelled" ? "cancelled" : "draft")}</span>}
                </p>
                <h3 className="timetable__title">{s.title}</h3>
                {s.trackId && trackName.has(s.trackId) && <p className="timetable__meta">{trackName.get(s.trackId)}</p>}
                {s.speakers.length > 0 && <p className="timetable__meta">{s.speakers.join(", ")}</p>}
                <p className="timetable__meta">{s.capacity === null ? t("seatsOpen", { taken: s.seatsTaken }) : t("seats", { taken: s.seatsTaken, capacity: s.capacity })}</p>
                {s.canEdit ? (
                  <>
                    <button type="button" className="timetable__edit" onClick={() => setDialog({ mode: "edit", session: s })} aria-label={`${t("edit")}: ${s.title}`}>
                      {t("edit")}
                    </button>
                    <span className="timetable__resize" onPointerDown={(e) => startResize(e, s)} aria-hidden="true" />
                  </>
                ) : (
                  <p className="timetable__meta timetable__lock">{t("readOnly")}</p>
                )}
              </article>
            );
          })}
        </div>
      </div>

      {dialog && (
        <SessionDialog
          key={dialog.mode === "edit" ? dialog.session.id : "create"}
          state={dialog}
          timetable={timetable}
          actions={actions}
          onClose={() => setDialog(null)}
          onDone={(text) => {
            setDialog(null);
            setMessage({ kind: "success", text });
            router.refresh();
          }}
        />
      )}
    </div>
  );
}

/** Conflicts added with session details (who is double-booked, draft with registrations) are worded in the resources namespace. */
function conflictText(c: { code: string; other?: string; confirmed?: number; speaker?: string; registrations?: number }, t: ReturnType<typeof useTranslations<"organiser">>, tr: ReturnType<typeof useTranslations<"resources.conflicts">>) {
  if (c.code === "speaker_busy" && c.speaker) return tr("speaker_busy", { speaker: c.speaker, other: c.other ?? "" });
  if (c.code === "draft_with_registrations") return tr("draft_with_registrations", { count: c.registrations ?? 0 });
  return t(`timetable.conflicts.${c.code}`, { other: c.other ?? "", confirmed: c.confirmed ?? 0 });
}

function FailureNotice({ failure }: { failure: ActionFailure }) {
  const t = useTranslations("organiser");
  const tr = useTranslations("resources.conflicts");
  const conflicts = (failure.details?.conflicts ?? []) as { code: string; other?: string; confirmed?: number; speaker?: string; registrations?: number }[];
  return (
    <div className="notice notice--error" role="alert">
      <p>{t(`errors.${failure.code}`)}</p>
      {conflicts.length > 0 && (
        <ul>
          {conflicts.map((c, i) => (
            <li key={i}>{conflictText(c, t, tr)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SessionDialog({
  state,
  timetable,
  actions,
  onClose,
  onDone,
}: {
  state: NonNullable<DialogState>;
  timetable: Board;
  actions: Actions;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const t = useTranslations("organiser.timetable");
  const te = useTranslations("organiser.errors.field");
  const tf = useTranslations("resources.fieldErrors");
  const td = useTranslations("resources.sessionFields");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, startTransition] = useTransition();
  const failureRef = useRef<HTMLDivElement>(null);
  // The dialog scrolls; a refusal is shown at its top, so bring it (and the reader's focus) there.
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);
  const s = state.mode === "edit" ? state.session : null;
  const needsOverflow = ((failure?.details?.conflicts ?? []) as { code: string }[]).some((c) => c.code === "capacity_below_confirmed");
  const fieldError = (name: string) => {
    const code = failure?.fields?.[name];
    return code ? (
      <span className="error" id={`err-${name}`}>
        {te.has(code) ? te(code) : tf.has(code) ? tf(code) : te("invalid")}
      </span>
    ) : null;
  };
  const described = (name: string) => (failure?.fields?.[name] ? { "aria-invalid": true, "aria-describedby": `err-${name}` } : {});

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
        if (result.ok) onDone(`${t("saved", { title: result.data.title })} ${t("notified", { count: result.data.notified })}`);
        else setFailure(result);
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
        if (result.ok) onDone(t("created", { title: result.data.title }));
        else setFailure(result);
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
              <div className="field">
                <label htmlFor="sd-host">{t("fields.host")}</label>
                <select id="sd-host" name="hostId" {...described("hostId")}>
                  {timetable.hosts
                    .filter((h) => h.canSchedule)
                    .map((h) => (
                      <option key={h.id} value={h.id}>
                        {h.shortName} – {h.name}
                      </option>
                    ))}
                </select>
                {fieldError("hostId")}
              </div>
            )}
            <div className="field">
              <label htmlFor="sd-format">{t("fields.format")}</label>
              <select id="sd-format" name="format" defaultValue={s?.format ?? "talk"} {...described("format")}>
                {FORMAT_ORDER.map((f) => (
                  <option key={f} value={f}>
                    {t(`formats.${f}`)}
                  </option>
                ))}
              </select>
              {fieldError("format")}
            </div>
            <div className="field">
              <label htmlFor="sd-language">{td("language")}</label>
              <select id="sd-language" name="language" defaultValue={s?.language ?? "de"} {...described("language")}>
                {LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {td(`languages.${l}`)}
                  </option>
                ))}
              </select>
              {fieldError("language")}
            </div>
          </div>
          <div className="form-row">
            <div className="field">
              <label htmlFor="sd-day">{t("fields.day")}</label>
              <select id="sd-day" name="day" defaultValue={s?.day ?? timetable.day} {...described("day")}>
                {timetable.days.map((d) => (
                  <option key={d} value={d}>
                    {timetable.dayLabels[d]}
                  </option>
                ))}
              </select>
              {fieldError("day")}
            </div>
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
            <div className="field">
              <label htmlFor="sd-room">{t("fields.room")}</label>
              <select id="sd-room" name="roomId" defaultValue={s?.roomId ?? (state.mode === "create" ? (state.roomId ?? "") : "")} {...described("roomId")}>
                <option value="">{t("noRoom")}</option>
                {timetable.rooms.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                    {r.capacity ? ` (${r.capacity})` : ""}
                  </option>
                ))}
              </select>
              {fieldError("roomId")}
            </div>
            <div className="field">
              <label htmlFor="sd-capacity">{t("fields.capacity")}</label>
              <input id="sd-capacity" name="capacity" type="number" min={0} defaultValue={s?.capacity ?? ""} {...described("capacity")} />
              {fieldError("capacity")}
            </div>
            <div className="field">
              <label htmlFor="sd-status">{t("fields.status")}</label>
              <select id="sd-status" name="status" defaultValue={s?.status === "draft" ? "draft" : "scheduled"} aria-describedby="sd-status-hint">
                <option value="scheduled">{t("statusOptions.scheduled")}</option>
                <option value="draft">{t("statusOptions.draft")}</option>
              </select>
              <span className="hint" id="sd-status-hint">
                {td("statusHint")}
              </span>
            </div>
          </div>
          <div className="field">
            <label htmlFor="sd-abstract">{td("abstract")}</label>
            <textarea id="sd-abstract" name="abstract" rows={3} maxLength={10000} defaultValue={s?.abstract ?? ""} {...described("abstract")} aria-describedby={failure?.fields?.abstract ? "err-abstract sd-abstract-hint" : "sd-abstract-hint"} />
            <span className="hint" id="sd-abstract-hint">
              {td("abstractHint")}
            </span>
            {fieldError("abstract")}
          </div>
          <SessionEnglishFields session={s} fieldError={fieldError} described={described} />
          <div className="form-row">
            <div className="field">
              <label htmlFor="sd-track">{td("track")}</label>
              <select id="sd-track" name="trackId" defaultValue={s?.trackId ?? ""} {...described("trackId")}>
                <option value="">{td("noTrack")}</option>
                {timetable.tracks.map((tr) => (
                  <option key={tr.id} value={tr.id}>
                    {tr.name}
                  </option>
                ))}
              </select>
              {fieldError("trackId")}
            </div>
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
