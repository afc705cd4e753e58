"use client";

import { useTranslations } from "next-intl";
import type { ActionFailure, ActionResult } from "@/lib/action";
import type { DeleteSpeakerResult } from "@/lib/resources/delete-speaker";
import type { Resources } from "@/lib/resources/load-resources";
import type { DeleteSpeakerInput, SaveSpeakerInput } from "@/lib/resources/schema";
import { useFieldErrors, useResourceSection } from "./form-bits";
import { ResourceForm, ResourceTable } from "./resource-table";
import styles from "./resources.module.css";

type Speaker = Resources["speakers"][number];
type Actions = {
  save: (input: SaveSpeakerInput) => Promise<ActionResult<{ name: string; created: boolean }>>;
  remove: (input: DeleteSpeakerInput) => Promise<ActionResult<DeleteSpeakerResult>>;
};

/** Speakers with the sessions they are on: edit in place, delete (refused while on sessions), add. */
export function SpeakersSection({ conferenceId, speakers, actions }: { conferenceId: string; speakers: Speaker[]; actions: Actions }) {
  const t = useTranslations("resources.speakers");
  const tc = useTranslations("resources.common");
  const section = useResourceSection();
  const { save, act } = section;
  const savedText = ({ name, created }: { name: string; created: boolean }) => t(created ? "created" : "saved", { name });

  function remove(speaker: Speaker) {
    if (!window.confirm(t("confirmDelete", { name: speaker.name }))) return;
    act(
      () => actions.remove({ conferenceId, speakerId: speaker.id }),
      (done) =>
        done.ok ? { kind: "success", text: t("deleted", { name: done.name }) } : { kind: "error", text: t("inUse", { name: speaker.name }), list: done.sessions.map((title) => `„${title}“`) },
    );
  }

  return (
    <ResourceTable
      kind="speaker"
      texts={{ heading: t("heading"), intro: t("intro"), empty: t("empty"), addHeading: t("addHeading") }}
      items={speakers}
      section={section}
      onDelete={remove}
      columns={[
        {
          header: t("name"),
          rowHeader: true,
          cell: (speaker) => (
            <>
              {speaker.name}
              {speaker.bio && <span className={`${styles.clamp} ${styles.muted} small`}>{speaker.bio}</span>}
            </>
          ),
        },
        { header: t("organisation"), cell: (speaker) => speaker.organisation || <span className={styles.muted}>{t("none")}</span> },
        { header: t("email"), cell: (speaker) => speaker.email || <span className={styles.muted}>{t("none")}</span> },
        {
          header: tc("sessions"),
          cell: (speaker) =>
            speaker.sessions.length ? (
              <ul className={styles.sessionList}>
                {speaker.sessions.map((title) => (
                  <li key={title}>{title}</li>
                ))}
              </ul>
            ) : (
              <span className={styles.muted}>{t("none")}</span>
            ),
        },
      ]}
      form={({ item, ...props }) => (
        <SpeakerForm
          {...props}
          speaker={item}
          onSubmit={(values) =>
            item ? save(item.id, () => actions.save({ conferenceId, speakerId: item.id, ...values }), savedText) : save("new", () => actions.save({ conferenceId, ...values }), savedText)
          }
        />
      )}
    />
  );
}

type SpeakerValues = { name: string; organisation: string; email: string; bio: string };

function SpeakerForm({
  prefix,
  speaker,
  failure,
  pending,
  labelledBy,
  onSubmit,
  onCancel,
}: {
  prefix: string;
  speaker?: Speaker;
  failure: ActionFailure | null;
  pending: boolean;
  labelledBy?: string;
  onSubmit: (values: SpeakerValues) => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("resources.speakers");
  const tc = useTranslations("resources.common");
  const { error, described } = useFieldErrors(failure, prefix);
  const optional = <span className="muted small">({tc("optional")})</span>;
  return (
    <ResourceForm itemName={speaker?.name} labelledBy={labelledBy} pending={pending} addLabel={t("add")} onCancel={onCancel} noValidate onSubmit={(form) => {
        const get = (k: string) => String(form.get(k) ?? "");
        onSubmit({ name: get("name"), organisation: get("organisation"), email: get("email"), bio: get("bio") });
      }}>
      <div className={`form-row ${styles.row}`}>
        <div className="field">
          <label htmlFor={`${prefix}-name`}>{t("name")}</label>
          <input id={`${prefix}-name`} name="name" type="text" defaultValue={speaker?.name ?? ""} required maxLength={200} autoFocus={Boolean(speaker)} autoComplete="off" {...described("name")} />
          {error("name")}
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-organisation`}>
            {t("organisation")} {optional}
          </label>
          <input id={`${prefix}-organisation`} name="organisation" type="text" defaultValue={speaker?.organisation ?? ""} maxLength={200} autoComplete="off" {...described("organisation")} />
          {error("organisation")}
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-email`}>
            {t("email")} {optional}
          </label>
          <input id={`${prefix}-email`} name="email" type="email" defaultValue={speaker?.email ?? ""} maxLength={254} autoComplete="off" {...described("email")} />
          {error("email")}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-bio`}>
          {t("bio")} {optional}
        </label>
        <textarea id={`${prefix}-bio`} name="bio" defaultValue={speaker?.bio ?? ""} maxLength={5000} rows={3} {...described("bio")} />
        {error("bio")}
      </div>
    </ResourceForm>
  );
}
