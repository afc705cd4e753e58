"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent, type ReactNode } from "react";
import type { ActionFailure, ActionResult } from "@/lib/action";
import { QUESTION_TYPES, type AddQuestionInput, type ArchiveQuestionInput, type MoveQuestionInput, type QuestionFieldsInput, type QuestionType, type UpdateQuestionInput } from "@/lib/conferences/schema";
import { DataTable } from "@/components/data-table";
import { SectionNotice, useFailureText, type Notice } from "./form-bits";
import { useFieldErrors } from "./form-bits";
import styles from "./settings.module.css";

export type QuestionRow = {
  id: string;
  key: string;
  label: string;
  labelEn: string;
  helpText: string;
  helpTextEn: string;
  type: QuestionType;
  required: boolean;
  options: { value: string; label: string; labelEn?: string }[];
  archived: boolean;
  answers: number;
};
type Actions = {
  add: (input: AddQuestionInput) => Promise<ActionResult<{ label: string }>>;
  update: (input: UpdateQuestionInput) => Promise<ActionResult<{ label: string }>>;
  move: (input: MoveQuestionInput) => Promise<ActionResult<{ moved: boolean }>>;
  archive: (input: ArchiveQuestionInput) => Promise<ActionResult<{ outcome: "archived" | "deleted" }>>;
  restore: (input: ArchiveQuestionInput) => Promise<ActionResult<null>>;
};

const isChoice = (type: string) => type === "single_choice" || type === "multiple_choice";
const optionText = (options: QuestionRow["options"]) => options.map((o) => (o.labelEn ? `${o.label} | ${o.labelEn}` : o.label)).join("\n");

/** The conference's own registration questions: list in asking order, edit in place, add, archive. */
export function QuestionsSection({ conferenceId, questions, actions, builtInFields }: { conferenceId: string; questions: QuestionRow[]; actions: Actions; builtInFields?: ReactNode }) {
  const t = useTranslations("settings.questions");
  const failureText = useFailureText();
  const [notice, setNotice] = useState<Notice>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const active = questions.filter((q) => !q.archived);

  function rowAction(work: () => Promise<ActionResult<unknown>>, success: () => string) {
    setNotice(null);
    startTransition(async () => {
      const result = await work();
      setNotice(result.ok ? { kind: "success", text: success() } : { kind: "error", text: failureText(result) });
    });
  }

  return (
    <section className={`card ${styles.section}`} aria-labelledby="questions-heading">
      <h2 id="questions-heading">{t("heading")}</h2>
      {builtInFields}
      <p className="muted">{t("intro")}</p>
      <DataTable
        columns={[t("question"), t("type"), t("order"), { label: t("actions"), className: styles.actionsCell }]}
        rows={questions}
        empty={<p>{t("none")}</p>}
        row={(q) =>
          editing === q.id ? (
            <tr key={q.id} className={styles.editRow}>
              <td colSpan={4}>
                <QuestionForm
                  idPrefix={`q-${q.id}`}
                  heading={t("editHeading", { label: q.label })}
                  initial={q}
                  typeLocked={q.answers > 0}
                  submit={(question) => actions.update({ conferenceId, questionId: q.id, question })}
                  onDone={(label) => {
                    setEditing(null);
                    setNotice({ kind: "success", text: t("updated", { label }) });
                  }}
                  onCancel={() => setEditing(null)}
                />
              </td>
            </tr>
          ) : (
            <tr key={q.id} className={q.archived ? styles.archived : undefined}>
              <td>
                <strong>{q.label}</strong>
                {q.labelEn && <div className="small muted" lang="en">{q.labelEn}</div>}{" "}
                {q.required && <span className="badge">{t("requiredBadge")}</span>} {q.archived && <span className="badge badge--neutral">{t("archived")}</span>}
                {q.options.length > 0 && (
                  <ul className={styles.options}>
                    {q.options.map((o) => (
                      <li key={o.value}>{o.labelEn ? `${o.label} / ${o.labelEn}` : o.label}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {t(`types.${q.type}`)}
                <div className="small muted">{t("answers", { count: q.answers })}</div>
              </td>
              <td>
                {!q.archived && (
                  <span className={`${styles.inline} ${styles.move}`}>
                    <button
                      type="button"
                      className={`button button--secondary ${styles.compact}`}
                      aria-label={t("moveUp", { label: q.label })}
                      disabled={pending || active[0]?.id === q.id}
                      onClick={() => rowAction(() => actions.move({ conferenceId, questionId: q.id, direction: "up" }), () => t("updated", { label: q.label }))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className={`button button--secondary ${styles.compact}`}
                      aria-label={t("moveDown", { label: q.label })}
                      disabled={pending || active[active.length - 1]?.id === q.id}
                      onClick={() => rowAction(() => actions.move({ conferenceId, questionId: q.id, direction: "down" }), () => t("updated", { label: q.label }))}
                    >
                      ↓
                    </button>
                  </span>
                )}
              </td>
              <td className={styles.actionsCell}>
                <span className={styles.inline}>
                  {q.archived ? (
                    <button type="button" className={`button button--secondary ${styles.compact}`} disabled={pending} onClick={() => rowAction(() => actions.restore({ conferenceId, questionId: q.id }), () => t("restored", { label: q.label }))}>
                      {t("restore")}
                      <span className="visually-hidden"> – {q.label}</span>
                    </button>
                  ) : (
                    <>
                      <button type="button" className={`button button--secondary ${styles.compact}`} disabled={pending} onClick={() => setEditing(q.id)}>
                        {t("edit")}
                        <span className="visually-hidden"> – {q.label}</span>
                      </button>
                      <button
                        type="button"
                        className={`button button--secondary ${styles.compact}`}
                        disabled={pending}
                        onClick={() => rowAction(() => actions.archive({ conferenceId, questionId: q.id }), () => t(q.answers > 0 ? "archivedMsg" : "deleted", { label: q.label }))}
                      >
                        {q.answers > 0 ? t("archive") : t("delete")}
                        <span className="visually-hidden"> – {q.label}</span>
                      </button>
                    </>
                  )}
                </span>
              </td>
            </tr>
          )
        }
      />
      <SectionNotice notice={notice} pending={pending} />
      <div className={styles.addForm}>
        <QuestionForm
          key={questions.length}
          idPrefix="q-new"
          heading={t("addHeading")}
          initial={null}
          typeLocked={false}
          submit={(question) => actions.add({ conferenceId, question })}
          onDone={(label) => setNotice({ kind: "success", text: t("created", { label }) })}
        />
      </div>
    </section>
  );
}

function QuestionForm({
  idPrefix,
  heading,
  initial,
  typeLocked,
  submit,
  onDone,
  onCancel,
}: {
  idPrefix: string;
  heading: string;
  initial: QuestionRow | null;
  typeLocked: boolean;
  submit: (question: QuestionFieldsInput) => Promise<ActionResult<{ label: string }>>;
  onDone: (label: string) => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("settings.questions");
  const tc = useTranslations("settings.common");
  const failureText = useFailureText();
  const [type, setType] = useState<QuestionType>(initial?.type ?? "short_text");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const f = useFieldErrors(failure, idPrefix);
  const id = (name: string) => `${idPrefix}-${name}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const v = (name: string) => String(form.get(name) ?? "");
    const question: QuestionFieldsInput = { label: v("label"), labelEn: v("labelEn"), helpText: v("helpText"), helpTextEn: v("helpTextEn"), type, required: form.get("required") === "on", options: isChoice(type) ? v("options") : "" };
    setProblem(null);
    startTransition(async () => {
      const result = await submit(question);
      if (result.ok) {
        setFailure(null);
        onDone(result.data.label);
      } else {
        setFailure(result);
        setProblem(failureText(result));
      }
    });
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby={id("heading")}>
      <h3 id={id("heading")}>{heading}</h3>
      <div className="form-row">
        <div className="field">
          <label htmlFor={id("label")}>{t("label")}</label>
          <input id={id("label")} name="label" type="text" defaultValue={initial?.label ?? ""} required {...f.described("label")} />
          {f.error("label")}
        </div>
        <div className="field">
          <label htmlFor={id("labelEn")}>
            {t("labelEn")} <span className={styles.zone}>({tc("optional")})</span>
          </label>
          <input id={id("labelEn")} name="labelEn" type="text" lang="en" defaultValue={initial?.labelEn ?? ""} {...f.described("labelEn")} />
          {f.error("labelEn")}
        </div>
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={id("helpText")}>
            {t("helpText")} <span className={styles.zone}>({tc("optional")})</span>
          </label>
          <input id={id("helpText")} name="helpText" type="text" defaultValue={initial?.helpText ?? ""} {...f.described("helpText")} />
          {f.error("helpText")}
        </div>
        <div className="field">
          <label htmlFor={id("helpTextEn")}>
            {t("helpTextEn")} <span className={styles.zone}>({tc("optional")})</span>
          </label>
          <input id={id("helpTextEn")} name="helpTextEn" type="text" lang="en" defaultValue={initial?.helpTextEn ?? ""} {...f.described("helpTextEn")} />
          {f.error("helpTextEn")}
        </div>
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={id("type")}>{t("type")}</label>
          <select id={id("type")} name="type" value={type} onChange={(e) => setType(e.target.value as QuestionType)} disabled={typeLocked} {...f.described("type")}>
            {QUESTION_TYPES.map((qt) => (
              <option key={qt} value={qt}>
                {t(`types.${qt}`)}
              </option>
            ))}
          </select>
          {f.error("type")}
        </div>
        <div className="field" style={{ alignSelf: "end" }}>
          <label className="check" htmlFor={id("required")}>
            <input id={id("required")} name="required" type="checkbox" defaultChecked={initial?.required ?? false} />
            <span>{t("required")}</span>
          </label>
        </div>
      </div>
      {isChoice(type) && (
        <div className="field">
          <label htmlFor={id("options")}>{t("options")}</label>
          <textarea id={id("options")} name="options" rows={4} defaultValue={initial ? optionText(initial.options) : ""} {...f.described("options", id("options-hint"))} />
          <span className="hint" id={id("options-hint")}>
            {t("optionsHint")}
          </span>
          {f.error("options")}
        </div>
      )}
      {problem && !pending && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      <p className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {initial ? t("save") : t("add")}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {tc("cancel")}
          </button>
        )}
      </p>
    </form>
  );
}
