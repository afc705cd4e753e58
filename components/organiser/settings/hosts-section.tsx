"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import type { ActionFailure, ActionResult } from "@/lib/action";
import { HOST_ROLES, type AddConferenceHostInput, type RemoveConferenceHostInput, type SetConferenceHostRoleInput } from "@/lib/conferences/schema";
import { DataTable } from "@/components/data-table";
import { SectionNotice, useFailureText, useFieldErrorText, useFieldErrors, type Notice } from "./form-bits";
import styles from "./settings.module.css";

type Role = (typeof HOST_ROLES)[number];
type HostRow = { hostId: string; shortName: string; name: string; role: Role; sessions: number };
type Result = ActionResult<{ host: string }>;
type Actions = {
  add: (input: AddConferenceHostInput) => Promise<Result>;
  setRole: (input: SetConferenceHostRoleInput) => Promise<Result>;
  remove: (input: RemoveConferenceHostInput) => Promise<Result>;
};

/** The hosts behind the conference: change a role, remove one, add another. Refusals say why (last organiser, sessions). */
export function HostsSection({ conferenceId, hosts, available, actions }: { conferenceId: string; hosts: HostRow[]; available: { id: string; shortName: string; name: string }[]; actions: Actions }) {
  const t = useTranslations("settings.hosts");
  const failureText = useFailureText();
  const [notice, setNotice] = useState<Notice>(null);
  const [addFailure, setAddFailure] = useState<ActionFailure | null>(null);
  const [pending, startTransition] = useTransition();
  const addErrors = useFieldErrors(addFailure, "host-add");
  const fieldErrorText = useFieldErrorText();

  function run(work: () => Promise<Result>, success: (host: string) => string, onFailure: (f: ActionFailure) => void) {
    setNotice(null);
    startTransition(async () => {
      const result = await work();
      if (result.ok) {
        setAddFailure(null);
        setNotice({ kind: "success", text: success(result.data.host) });
      } else {
        onFailure(result);
        const field = result.fields ? Object.values(result.fields)[0] : undefined;
        setNotice({ kind: "error", text: field ? fieldErrorText(field, result.details) : failureText(result) });
      }
    });
  }
  // A refused row action is announced in the section's alert; only the add form has fields to mark.
  const rowFail = () => setAddFailure(null);

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { conferenceId, hostId: String(form.get("hostId") ?? ""), role: String(form.get("role") ?? "partner") as Role };
    const target = event.currentTarget;
    run(
      () => actions.add(input),
      (host) => {
        target.reset();
        return t("added", { host });
      },
      (f) => setAddFailure(f),
    );
  }

  function saveRole(row: HostRow) {
    const select = document.getElementById(`host-role-${row.hostId}`) as HTMLSelectElement | null;
    const role = (select?.value ?? row.role) as Role;
    run(
      () => actions.setRole({ conferenceId, hostId: row.hostId, role }),
      (host) => t("roleChanged", { host }),
      () => {
        // Refused: show the role the host still has, not the one that was asked for.
        if (select) select.value = row.role;
        rowFail();
      },
    );
  }

  return (
    <section className={`card ${styles.section}`} aria-labelledby="hosts-heading">
      <h2 id="hosts-heading">{t("heading")}</h2>
      <p className="muted">{t("intro")}</p>
      <DataTable
        columns={[t("host"), t("role"), t("sessions"), { label: t("actions"), className: styles.actionsCell }]}
        rows={hosts}
        row={(h) => (
          <tr key={h.hostId}>
            <td>
              <strong>{h.shortName}</strong>
              <div className="small muted">{h.name}</div>
            </td>
            <td>
              <div className={styles.inline}>
                <label htmlFor={`host-role-${h.hostId}`} className="visually-hidden">
                  {t("roleOf", { host: h.shortName })}
                </label>
                <select id={`host-role-${h.hostId}`} defaultValue={h.role} key={h.role}>
                  {HOST_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`roles.${r}`)}
                    </option>
                  ))}
                </select>
                <button type="button" className={`button button--secondary ${styles.compact}`} disabled={pending} onClick={() => saveRole(h)}>
                  {t("saveRole")}
                  <span className="visually-hidden"> – {h.shortName}</span>
                </button>
              </div>
            </td>
            <td className={styles.number}>{h.sessions}</td>
            <td className={styles.actionsCell}>
              <button
                type="button"
                className={`button button--secondary ${styles.compact}`}
                disabled={pending}
                onClick={() => run(() => actions.remove({ conferenceId, hostId: h.hostId }), (host) => t("removed", { host }), rowFail)}
              >
                {t("remove")}
                <span className="visually-hidden"> – {h.shortName}</span>
              </button>
            </td>
          </tr>
        )}
      />
      <SectionNotice notice={notice} pending={pending} />
      {available.length === 0 ? (
        <p className="muted">{t("noneAvailable")}</p>
      ) : (
        <form className={styles.addForm} onSubmit={add} noValidate aria-labelledby="host-add-heading">
          <h3 id="host-add-heading">{t("add")}</h3>
          <div className="form-row">
            <div className="field">
              <label htmlFor="host-add-hostId">{t("addHost")}</label>
              <select id="host-add-hostId" name="hostId" defaultValue="" {...addErrors.described("hostId")}>
                <option value="">–</option>
                {available.map((h) => (
                  <option key={h.id} value={h.id}>
                    {h.shortName} – {h.name}
                  </option>
                ))}
              </select>
              {addErrors.error("hostId")}
            </div>
            <div className="field">
              <label htmlFor="host-add-role">{t("addRole")}</label>
              <select id="host-add-role" name="role" defaultValue="partner" {...addErrors.described("role")}>
                {HOST_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`roles.${r}`)}
                  </option>
                ))}
              </select>
              {addErrors.error("role")}
            </div>
          </div>
          <p className="button-row">
            <button type="submit" className="button" disabled={pending}>
              {t("addSubmit")}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
