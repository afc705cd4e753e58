import { isValidElement, type ReactNode } from "react";

/** A column heading, or one with a class for its header cell. */
type Column = ReactNode | { label: ReactNode; className: string };

type DataTableProps<T> = {
  /** Column headings, left to right. */
  columns: Column[];
  rows: readonly T[];
  /** One `<tr>` (with its key) per item. */
  row: (item: T) => ReactNode;
  /** Stands in for the table when there are no rows; without it an empty table is shown. */
  empty?: ReactNode;
  testId?: string;
  className?: string;
  wrapClassName?: string;
};

/** A table in its scrolling wrapper: one header row, one body row per item. */
export function DataTable<T>({ columns, rows, row, empty, testId, className = "table", wrapClassName = "table-wrap" }: DataTableProps<T>) {
  if (rows.length === 0 && empty !== undefined) return empty;
  return (
    <div className={wrapClassName}>
      <table className={className} data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column, i) =>
              column !== null && typeof column === "object" && "label" in column && !isValidElement(column) ? (
                <th key={i} scope="col" className={column.className}>
                  {column.label}
                </th>
              ) : (
                <th key={i} scope="col">
                  {column}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{rows.map(row)}</tbody>
      </table>
    </div>
  );
}

/** A page section headed by its own h2 (the section is labelled by it), holding a table and what goes with it. */
export function TableSection({ id, title, titleClassName, children }: { id: string; title: ReactNode; titleClassName?: string; children: ReactNode }) {
  return (
    <section className="stack" aria-labelledby={id}>
      <h2 id={id} className={titleClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
