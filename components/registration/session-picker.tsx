"use client";

import { useTranslations } from "next-intl";
import type { PickerSession } from "@/lib/registrations/form-data";
import { overlapsWithChosen } from "@/lib/registrations/rules";

/**
 * Session checkboxes grouped by day, with seats left. A session that overlaps a chosen one cannot
 * be ticked, and says which one it collides with; the server checks overlaps and capacity anyway.
 * `legendHeading`: the legend is the section's heading (h2, on the registration page); elsewhere
 * the surrounding section has its own h2. Day headings are h3 either way.
 */
export function SessionPicker({
  sessions,
  selected,
  onChange,
  error,
  legendHeading = false,
}: {
  sessions: PickerSession[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  legendHeading?: boolean;
}) {
  const t = useTranslations("registration.form");
  const days = [...new Set(sessions.map((s) => s.day))];
  const overlaps = overlapsWithChosen(sessions, selected);
  return (
    <fieldset className="field" aria-describedby={error ? "sessions-hint sessionIds-error" : "sessions-hint"}>
      <legend className={legendHeading ? "legend-heading" : "h3"}>{legendHeading ? <h2 className="h3">{t("sessions")}</h2> : t("sessions")}</legend>
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
                const clash = overlaps.get(s.id);
                const blocked = !!clash && !checked;
                const reasonId = `overlap-${s.id}`;
                return (
                  <li key={s.id} className={`picker-item${checked ? " picker-item--checked" : ""}${blocked ? " picker-item--blocked" : ""}${clash && checked ? " picker-item--clash" : ""}`}>
                    <label className="check">
                      <input
                        type="checkbox"
                        name="sessionIds"
                        value={s.id}
                        checked={checked}
                        disabled={blocked}
                        aria-describedby={clash ? reasonId : undefined}
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
                    {/* Outside the label: the reason describes the box (aria-describedby) without becoming part of its name. */}
                    {clash && (
                      <p className={checked ? "picker-item__reason picker-item__reason--clash" : "picker-item__reason"} id={reasonId} data-testid="overlap-reason">
                        {t(checked ? "overlapChosen" : "overlapsWith", { title: clash.title })}
                      </p>
                    )}
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
