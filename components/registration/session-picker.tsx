"use client";

import { useTranslations } from "next-intl";
import type { PickerSession } from "@/lib/registrations/form-data";

/** Session checkboxes grouped by day, with seats left; the server checks overlaps and capacity. */
export function SessionPicker({ sessions, selected, onChange, error }: { sessions: PickerSession[]; selected: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const t = useTranslations("registration.form");
  const days = [...new Set(sessions.map((s) => s.day))];
  return (
    <fieldset className="field" aria-describedby="sessions-hint" aria-invalid={error ? true : undefined}>
      <legend className="h3">{t("sessions")}</legend>
      <p id="sessions-hint" className="hint">
        {t("sessionsHint")}
      </p>
      {error && (
        <p className="error" id="sessionIds-error" role="alert">
          {error}
        </p>
      )}
      {days.map((day) => {
        const list = sessions.filter((s) => s.day === day);
        return (
          <div key={day} className="picker-day">
            <h3 className="h4">{list[0].dayLabel}</h3>
            <ul className="picker-list">
              {list.map((s) => {
                const checked = selected.includes(s.id);
                return (
                  <li key={s.id} className={`picker-item${checked ? " picker-item--checked" : ""}`}>
                    <label className="check">
                      <input
                        type="checkbox"
                        name="sessionIds"
                        value={s.id}
                        checked={checked}
                        onChange={(e) => onChange(e.target.checked ? [...selected, s.id] : selected.filter((id) => id !== s.id))}
                      />
                      <span>
                        <span className="picker-item__time">{s.time}</span> <strong>{s.title}</strong>
                        <span className="picker-item__meta">
                          {[s.room, s.host].filter(Boolean).join(" · ")}
                          {s.seatsLeft !== null && (
                            <span className={s.seatsLeft === 0 ? "badge badge--warning" : "badge badge--success"}>
                              {s.seatsLeft === 0 ? t("full") : t("seatsLeft", { count: s.seatsLeft })}
                            </span>
                          )}
                        </span>
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </fieldset>
  );
}
