"use client";

import { useState } from "react";

/**
 * A host's print colour: a colour picker and the hex value side by side, kept in step. The text
 * field is the one submitted, so it can be emptied (back to the colour derived from the slug,
 * which the picker shows meanwhile).
 */
export function HostColourField({ id, defaultValue, fallback, labels }: { id: string; defaultValue: string | null; fallback: string; labels: { field: string; picker: string; hint: string } }) {
  const [value, setValue] = useState(defaultValue ?? "");
  const valid = /^#[0-9a-fA-F]{6}$/.test(value);
  return (
    <div className="field">
      <label htmlFor={id}>{labels.field}</label>
      <div className="colour-field">
        <input type="color" aria-label={labels.picker} value={valid ? value.toLowerCase() : fallback} onChange={(event) => setValue(event.target.value)} />
        <input type="text" id={id} name="colour" value={value} onChange={(event) => setValue(event.target.value)} maxLength={7} pattern="#[0-9a-fA-F]{6}" placeholder={fallback} aria-describedby={`${id}-hint`} autoCapitalize="none" spellCheck={false} />
      </div>
      <p className="hint" id={`${id}-hint`}>
        {labels.hint}
      </p>
    </div>
  );
}
