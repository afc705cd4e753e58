"use client";

import { useTranslations } from "next-intl";
import type { ActionFailure, ActionResult } from "@/lib/action";
import type { Resources } from "@/lib/resources/load-resources";
import type { DeleteRoomInput, MoveResourceInput, SaveRoomInput } from "@/lib/resources/schema";
import { MoveButtons, SectionNotice, useFieldErrors, RowActions, useResourceSection } from "./form-bits";
import styles from "./resources.module.css";

type Room = Resources["rooms"][number];
type Actions = {
  save: (input: SaveRoomInput) => Promise<ActionResult<{ name: string; created: boolean; notified: number; sessionsUpdated: number }>>;
  remove: (input: DeleteRoomInput) => Promise<ActionResult<{ name: string }>>;
  move: (input: MoveResourceInput) => Promise<ActionResult<{ order: string[] }>>;
};

/** Rooms in timetable order: edit in place, reorder, delete (refused while sessions are planned there), add. */
export function RoomsSection({ conferenceId, rooms, actions }: { conferenceId: string; rooms: Room[]; actions: Actions }) {
  const t = useTranslations("resources.rooms");
  const tc = useTranslations("resources.common");
  const { pending, notice, editing, addKey, save, act, edit, cancelEdit, formFailure } = useResourceSection();
  const savedText = ({ name, created, notified, sessionsUpdated }: { name: string; created: boolean; notified: number; sessionsUpdated: number }) =>
    created ? t("created", { name }) : sessionsUpdated ? t("savedNotified", { name, sessions: sessionsUpdated, count: notified }) : t("saved", { name });

  function remove(room: Room) {
    if (!window.confirm(t("confirmDelete", { name: room.name }))) return;
    act(
      () => actions.remove({ conferenceId, roomId: room.id }),
      ({ name }) => t("deleted", { name }),
      (failure) => (failure.details?.reason === "room_in_use" ? { kind: "error", text: t("inUse", { count: Number(failure.details.count) }) } : null),
    );
  }

  function move(room: Room, direction: "up" | "down") {
    act(() => actions.move({ conferenceId, kind: "room", id: room.id, direction }), () => t("moved"));
  }

  return (
    <section className={styles.section} aria-labelledby="rooms-heading">
      <h2 id="rooms-heading">{t("heading")}</h2>
      <p className="muted">{t("intro")}</p>
      <SectionNotice notice={notice} pending={pending} />
      {rooms.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <div className={`table-wrap card ${styles.tableCard}`}>
          <table className="table" data-testid="rooms">
            <thead>
              <tr>
                <th scope="col">{tc("order")}</th>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("description")}</th>
                <th scope="col">{t("capacity")}</th>
                <th scope="col">{tc("sessions")}</th>
                <th scope="col" className={styles.actionsCell}>
                  <span className="visually-hidden">{tc("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rooms.map((room, i) =>
                editing === room.id ? (
                  <tr key={room.id} className={styles.editRow}>
                    <td colSpan={6}>
                      <RoomForm
                        prefix={`room-${room.id}`}
                        room={room}
                        failure={formFailure(room.id)}
                        pending={pending}
                        onCancel={cancelEdit}
                        onSubmit={(values) => save(room.id, () => actions.save({ conferenceId, roomId: room.id, ...values }), savedText)}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={room.id}>
                    <td>
                      <MoveButtons name={room.name} first={i === 0} last={i === rooms.length - 1} disabled={pending} onMove={(d) => move(room, d)} />
                    </td>
                    <th scope="row" className={styles.rowHeader}>{room.name}</th>
                    <td>{room.description ? <span className={styles.clamp}>{room.description}</span> : <span className={styles.muted}>–</span>}</td>
                    <td className={styles.number}>{room.capacity ?? t("noCapacity")}</td>
                    <td className={styles.number}>{room.sessions}</td>
                    <RowActions name={room.name} disabled={pending} onEdit={() => edit(room.id)} onDelete={() => remove(room)} />
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      <div className={`card ${styles.addForm}`}>
        <h3 id="room-add-heading">{t("addHeading")}</h3>
        <RoomForm
          key={addKey}
          prefix="room-new"
          labelledBy="room-add-heading"
          failure={formFailure("new")}
          pending={pending}
          onSubmit={(values) => save("new", () => actions.save({ conferenceId, ...values }), savedText)}
        />
      </div>
    </section>
  );
}

type RoomValues = { name: string; description: string; descriptionEn: string; capacity: string };

function RoomForm({
  prefix,
  room,
  failure,
  pending,
  labelledBy,
  onSubmit,
  onCancel,
}: {
  prefix: string;
  room?: Room;
  failure: ActionFailure | null;
  pending: boolean;
  labelledBy?: string;
  onSubmit: (values: RoomValues) => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("resources.rooms");
  const tc = useTranslations("resources.common");
  const { error, described } = useFieldErrors(failure, prefix);
  return (
    // onSubmit, not a form action: a refused save must keep what was typed.
    <form
      className="form"
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : tc("editLabel", { name: room?.name ?? "" })}
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        onSubmit({ name: String(form.get("name") ?? ""), description: String(form.get("description") ?? ""), descriptionEn: String(form.get("descriptionEn") ?? ""), capacity: String(form.get("capacity") ?? "") });
      }}
    >
      <div className={`form-row ${styles.row}`}>
        <div className="field">
          <label htmlFor={`${prefix}-name`}>{t("name")}</label>
          <input id={`${prefix}-name`} name="name" type="text" defaultValue={room?.name ?? ""} required maxLength={120} autoFocus={Boolean(room)} {...described("name")} />
          {error("name")}
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-capacity`}>
            {t("capacity")} <span className="muted small">({tc("optional")})</span>
          </label>
          <input id={`${prefix}-capacity`} name="capacity" type="number" min={1} max={100000} defaultValue={room?.capacity ?? ""} {...described("capacity", `${prefix}-capacity-hint`)} />
          <span className="hint" id={`${prefix}-capacity-hint`}>
            {t("capacityHint")}
          </span>
          {error("capacity")}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-description`}>
          {t("description")} <span className="muted small">({tc("optional")})</span>
        </label>
        <input id={`${prefix}-description`} name="description" type="text" defaultValue={room?.description ?? ""} maxLength={1000} {...described("description")} />
        {error("description")}
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-descriptionEn`}>
          {t("descriptionEn")} <span className="muted small">({tc("optional")})</span>
        </label>
        <input id={`${prefix}-descriptionEn`} name="descriptionEn" type="text" lang="en" defaultValue={room?.descriptionEn ?? ""} maxLength={1000} {...described("descriptionEn", `${prefix}-descriptionEn-hint`)} />
        <span className="hint" id={`${prefix}-descriptionEn-hint`}>
          {t("descriptionEnHint")}
        </span>
        {error("descriptionEn")}
      </div>
      <div className={styles.formActions}>
        <button type="submit" className="button" disabled={pending}>
          {room ? tc("save") : t("add")}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {tc("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
