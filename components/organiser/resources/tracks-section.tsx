"use client";

import { useTranslations } from "next-intl";
import type { ActionFailure, ActionResult } from "@/lib/action";
import type { DeleteTrackResult } from "@/lib/resources/delete-track";
import type { Resources } from "@/lib/resources/load-resources";
import { colourName, TRACK_PALETTE } from "@/lib/resources/rules";
import type { DeleteTrackInput, MoveResourceInput, SaveTrackInput } from "@/lib/resources/schema";
import { useFieldErrors, useResourceSection } from "./form-bits";
import { ResourceForm, ResourceTable } from "./resource-table";
import styles from "./resources.module.css";

type Track = Resources["tracks"][number];
type Actions = {
  save: (input: SaveTrackInput) => Promise<ActionResult<{ name: string; created: boolean }>>;
  remove: (input: DeleteTrackInput) => Promise<ActionResult<DeleteTrackResult>>;
  move: (input: MoveResourceInput) => Promise<ActionResult<{ order: string[] }>>;
};

/** Tracks with their colour: edit in place, reorder, delete (sessions lose the track after confirmation), add. */
export function TracksSection({ conferenceId, tracks, actions }: { conferenceId: string; tracks: Track[]; actions: Actions }) {
  const t = useTranslations("resources.tracks");
  const tc = useTranslations("resources.common");
  const section = useResourceSection();
  const { save, act } = section;
  const savedText = ({ name, created }: { name: string; created: boolean }) => t(created ? "created" : "saved", { name });

  function remove(track: Track) {
    const question = track.sessions ? t("confirmDeleteLinked", { name: track.name, count: track.sessions }) : t("confirmDelete", { name: track.name });
    if (!window.confirm(question)) return;
    // Confirmed with the count shown: the track goes, and its sessions keep going without it.
    act(
      () => actions.remove({ conferenceId, trackId: track.id, unlinkSessions: true }),
      (done) =>
        !done.ok
          ? { kind: "error", text: t("inUse", { count: done.count }) }
          : { kind: "success", text: done.unlinked ? t("deletedUnlinked", { name: done.name, count: done.unlinked }) : t("deleted", { name: done.name }) },
    );
  }

  function move(track: Track, direction: "up" | "down") {
    act(() => actions.move({ conferenceId, kind: "track", id: track.id, direction }), () => ({ kind: "success", text: t("moved") }));
  }

  const colourLabel = (hex: string | null) => {
    const name = colourName(hex);
    return name ? t(`colors.${name}`) : (hex ?? "–");
  };

  return (
    <ResourceTable
      kind="track"
      texts={{ heading: t("heading"), intro: t("intro"), empty: t("empty"), addHeading: t("addHeading") }}
      items={tracks}
      section={section}
      onDelete={remove}
      onMove={move}
      columns={[
        { header: t("name"), rowHeader: true, cell: (track) => track.name },
        {
          header: t("color"),
          cell: (track) => (
            <>
              <span className={styles.swatch} style={{ background: track.color ?? "transparent" }} aria-hidden="true" />
              {colourLabel(track.color)}
            </>
          ),
        },
        { header: tc("sessions"), numeric: true, cell: (track) => track.sessions },
      ]}
      form={({ item, ...props }) => (
        <TrackForm
          {...props}
          track={item}
          onSubmit={(values) =>
            item ? save(item.id, () => actions.save({ conferenceId, trackId: item.id, ...values }), savedText) : save("new", () => actions.save({ conferenceId, ...values }), savedText)
          }
        />
      )}
    />
  );
}

function TrackForm({
  prefix,
  track,
  failure,
  pending,
  labelledBy,
  onSubmit,
  onCancel,
}: {
  prefix: string;
  track?: Track;
  failure: ActionFailure | null;
  pending: boolean;
  labelledBy?: string;
  onSubmit: (values: { name: string; color: string }) => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("resources.tracks");
  const { error, described } = useFieldErrors(failure, prefix);
  const current = colourName(track?.color ?? null) ?? "blue";
  return (
    <ResourceForm itemName={track?.name} labelledBy={labelledBy} pending={pending} addLabel={t("add")} onCancel={onCancel} onSubmit={(form) => {
        onSubmit({ name: String(form.get("name") ?? ""), color: String(form.get("color") ?? "") });
      }}>
      <div className="field">
        <label htmlFor={`${prefix}-name`}>{t("name")}</label>
        <input id={`${prefix}-name`} name="name" type="text" defaultValue={track?.name ?? ""} required maxLength={120} autoFocus={Boolean(track)} {...described("name")} />
        {error("name")}
      </div>
      <fieldset className={styles.colours} {...described("color")}>
        <legend>{t("color")}</legend>
        <div className={styles.colourChoices}>
          {Object.entries(TRACK_PALETTE).map(([name, hex]) => (
            <label key={name} className={styles.colourChoice}>
              <input type="radio" name="color" value={hex} defaultChecked={name === current} />
              <span className={styles.swatch} style={{ background: hex }} aria-hidden="true" />
              {t(`colors.${name as keyof typeof TRACK_PALETTE}`)}
            </label>
          ))}
        </div>
        {error("color")}
      </fieldset>
    </ResourceForm>
  );
}
