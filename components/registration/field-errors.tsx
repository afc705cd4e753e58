"use client";

import { useEffect, useRef } from "react";

/** The error summary at the top of a form (GOV.UK pattern): focused on error, links to each field. */
export function ErrorSummary({ title, errors, labels }: { title: string; errors: Record<string, string>; labels: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  useEffect(() => {
    if (entries.length) ref.current?.focus();
  }, [entries.length]);
  if (!entries.length) return null;
  return (
    <div className="notice notice--error error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${fieldId(field)}`}>
              {labelFor(field, labels) ? `${labelFor(field, labels)}: ` : ""}
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function labelFor(field: string, labels: Record<string, string>): string | undefined {
  return labels[field] ?? labels[field.split(".")[0]];
}

/** DOM id of the input for an API field path ("answers.role" → "field-answers-role"; sessionIds.* → the picker). */
export function fieldId(field: string): string {
  if (field.startsWith("sessionIds")) return "field-sessionIds";
  return `field-${field.replace(/\./g, "-")}`;
}
