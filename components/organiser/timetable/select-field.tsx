import type { ReactNode } from "react";

type Props = {
  id: string;
  name: string;
  label: ReactNode;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  /** The label of a leading "none" choice (value ""), when the field may stay empty. */
  noneLabel?: string;
  /** aria-invalid / aria-describedby for the select. */
  described?: { "aria-invalid"?: boolean; "aria-describedby"?: string };
  /** What follows the select: its error or its hint. */
  children?: ReactNode;
};

/** One labelled select of the session dialog. */
export function SelectField({ id, name, label, options, defaultValue, noneLabel, described, children }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue} {...described}>
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}
