"use client";

import { useTranslations } from "next-intl";
import { Fragment, type FormEvent, type ReactNode } from "react";
import type { ActionFailure } from "@/lib/action";
import { MoveButtons, RowActions, SectionNotice, useResourceSection } from "./form-bits";
import styles from "./resources.module.css";

type Section = ReturnType<typeof useResourceSection>;

/** What a row's edit form and the add form get from the table. */
export type ResourceFormProps<T> = {
  item?: T;
  prefix: string;
  failure: ActionFailure | null;
  pending: boolean;
  labelledBy?: string;
  onCancel?: () => void;
};

export type ResourceColumn<T> = {
  header: string;
  cell: (item: T) => ReactNode;
  /** The column naming the row (a `th scope="row"`). */
  rowHeader?: boolean;
  numeric?: boolean;
};

/**
 * The rooms, tracks and speakers sections: a heading, a notice, a table whose rows can be edited in
 * place (the row turns into its form), optionally reordered, and deleted, and an "add" form below.
 * Each section says only what differs: its columns, its form and what delete and move do.
 */
export function ResourceTable<T extends { id: string; name: string }>({
  kind,
  texts,
  items,
  columns,
  section,
  form,
  onDelete,
  onMove,
}: {
  kind: "room" | "track" | "speaker";
  texts: { heading: string; intro: string; empty: string; addHeading: string };
  items: T[];
  columns: ResourceColumn<T>[];
  section: Section;
  form: (props: ResourceFormProps<T>) => ReactNode;
  onDelete: (item: T) => void;
  onMove?: (item: T, direction: "up" | "down") => void;
}) {
  const tc = useTranslations("resources.common");
  const { pending, notice, editing, addKey, edit, cancelEdit, formFailure } = section;
  const span = columns.length + (onMove ? 2 : 1);
  return (
    <section className={styles.section} aria-labelledby={`${kind}s-heading`}>
      <h2 id={`${kind}s-heading`}>{texts.heading}</h2>
      <p className="muted">{texts.intro}</p>
      <SectionNotice notice={notice} pending={pending} />
      {items.length === 0 ? (
        <p className="muted">{texts.empty}</p>
      ) : (
        <div className={`table-wrap card ${styles.tableCard}`}>
          <table className="table" data-testid={`${kind}s`}>
            <thead>
              <tr>
                {onMove && <th scope="col">{tc("order")}</th>}
                {columns.map((c) => (
                  <th key={c.header} scope="col">
                    {c.header}
                  </th>
                ))}
                <th scope="col" className={styles.actionsCell}>
                  <span className="visually-hidden">{tc("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, i) =>
                editing === item.id ? (
                  <tr key={item.id} className={styles.editRow}>
                    <td colSpan={span}>{form({ item, prefix: `${kind}-${item.id}`, failure: formFailure(item.id), pending, onCancel: cancelEdit })}</td>
                  </tr>
                ) : (
                  <tr key={item.id}>
                    {onMove && (
                      <td>
                        <MoveButtons name={item.name} first={i === 0} last={i === items.length - 1} disabled={pending} onMove={(d) => onMove(item, d)} />
                      </td>
                    )}
                    {columns.map((c) =>
                      c.rowHeader ? (
                        <th key={c.header} scope="row" className={styles.rowHeader}>
                          {c.cell(item)}
                        </th>
                      ) : (
                        <td key={c.header} className={c.numeric ? styles.number : undefined}>
                          {c.cell(item)}
                        </td>
                      ),
                    )}
                    <RowActions name={item.name} disabled={pending} onEdit={() => edit(item.id)} onDelete={() => onDelete(item)} />
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      <div className={`card ${styles.addForm}`}>
        <h3 id={`${kind}-add-heading`}>{texts.addHeading}</h3>
        <Fragment key={addKey}>{form({ prefix: `${kind}-new`, labelledBy: `${kind}-add-heading`, failure: formFailure("new"), pending })}</Fragment>
      </div>
    </section>
  );
}

/**
 * The form of a row being edited or of the "add" section: named by its heading (add) or by the
 * item (edit), submitted with onSubmit rather than a form action (React resets a form after an
 * action, and a refused save must keep what was typed), with save/add and cancel buttons.
 */
export function ResourceForm({
  itemName,
  labelledBy,
  pending,
  addLabel,
  onCancel,
  onSubmit,
  noValidate,
  children,
}: {
  /** The item being edited; absent for the add form. */
  itemName?: string;
  labelledBy?: string;
  pending: boolean;
  addLabel: string;
  onCancel?: () => void;
  onSubmit: (form: FormData) => void;
  noValidate?: boolean;
  children: ReactNode;
}) {
  const tc = useTranslations("resources.common");
  return (
    <form
      className="form"
      noValidate={noValidate}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : tc("editLabel", { name: itemName ?? "" })}
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        onSubmit(new FormData(e.currentTarget));
      }}
    >
      {children}
      <div className={styles.formActions}>
        <button type="submit" className="button" disabled={pending}>
          {itemName === undefined ? addLabel : tc("save")}
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
