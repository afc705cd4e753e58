"use client";

import { useTranslations } from "next-intl";
import type { ActionFailure, ActionResult } from "@/lib/action";
import type { DeleteRoomResult } from "@/lib/resources/delete-room";
import type { Resources } from "@/lib/resources/load-resources";
import type { DeleteRoomInput, MoveResourceInput, SaveRoomInput } from "@/lib/resources/schema";
import { useFieldErrors, useResourceSection } from "./form-bits";
import { ResourceForm, ResourceTable } from "./resource-table";
import styles from "./resources.module.css";

type Room = Resources["rooms"][number];
type Actions = {
  save: (input: SaveRoomInput) => Promise<ActionResult<{ name: string; created: boolean; notified: number; sessionsUpdated: number }>>;
  remove: (input: DeleteRoomInput) => Promise<ActionResult<DeleteRoomResult>>;
  move: (input: MoveResourceInput) => Promise<ActionResult<{ order: string[] }>>;
};

/** Rooms in timetable order: edit in place, reorder, delete (refused while sessions are planned there), add. */
export function RoomsSection({ conferenceId, rooms, actions }: { conferenceId: string; rooms: Room[]; actions: Actions }) {
  const t = useTranslations("resources.rooms");
  const tc = useTranslations("resources.common");
  const section = useResourceSection();
  const { save, act } = section;
  const savedText = ({ name, created, notified, sessionsUpdated }: { name: string; created: boolean; notified: number; sessionsUpdated: number }) =>
    created ? t("created", { name }) : sessionsUpdated ? t("savedNotified", { name, sessions: sessionsUpdated, count: notified }) : t("saved", { name });

  function remove(room: Room) {
    if (!window.confirm(t("confirmDelete", { name: room.name }))) return;
    act(
      () => actions.remove({ conferenceId, roomId: room.id }),
      (done) => (done.ok ? { kind: "success", text: t("deleted", { name: done.name }) } : { kind: "error", text: t("inUse", { count: done.count }) }),
    );
  }

  function move(room: Room, direction: "up" | "down") {
    act(() => actions.move({ conferenceId, kind: "room", id: room.id, direction }), () => ({ kind: "success", text: t("moved") }));
  }

  return (
    <ResourceTable
      kind="room"
      texts={{ heading: t("heading"), intro: t("intro"), empty: t("empty"), addHeading: t("addHeading") }}
      items={rooms}
      section={section}
      onDelete={remove}
      onMove={move}
      columns={[
        { header: t("name"), rowHeader: true, cell: (room) => room.name },
        { header: t("description"), cell: (room) => (room.description ? <span className={styles.clamp}>{room.description}</span> : <span className={styles.muted}>–</span>) },
        { header: t("capacity"), numeric: true, cell: (room) => room.capacity ?? t("noCapacity") },
        { header: tc("sessions"), numeric: true, cell: (room) => room.sessions },
      ]}
      form={({ item, ...props }) => (
        <RoomForm
          {...props}
          room={item}
          onSubmit={(values) =>
            item ? save(item.id, () => actions.save({ conferenceId, roomId: item.id, ...values }), savedText) : save("new", () => actions.save({ conferenceId, ...values }), savedText)
          }
        />
      )}
    />
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
    <ResourceForm itemName={room?.name} labelledBy={labelledBy} pending={pending} addLabel={t("add")} onCancel={onCancel} onSubmit={(form) => {
        onSubmit({ name: String(form.get("name") ?? ""), description: String(form.get("description") ?? ""), descriptionEn: String(form.get("descriptionEn") ?? ""), capacity: String(form.get("capacity") ?? "") });
      }}>
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
    </ResourceForm>
  );
}
