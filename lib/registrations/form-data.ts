/** What the registration and manage pages need to draw the session picker and the questions. */
import "server-only";
import { db } from "../db";
import { dayKey, formatDayLong, formatTimeRange } from "../format/datetime";
import { localizedText, pickLocalized, pickOptionalLocalized } from "../localized";
import { builtInFields } from "./built-in-fields";
import { optionValues, seatsLeft } from "./rules";

export type PickerSession = { id: string; title: string; day: string; dayLabel: string; time: string; room: string | null; host: string; seatsLeft: number | null; startsAt: string; endsAt: string };
export type FormQuestion = { key: string; label: string; help: string | null; type: string; required: boolean; options: { value: string; label: string }[] };

export async function registrationFormData(slug: string, locale: string) {
  const conference = await db.conference.findFirst({
    where: { slug, status: { in: ["published", "archived"] } },
    include: {
      questions: { where: { archivedAt: null }, orderBy: { position: "asc" } },
      sessions: {
        where: { status: "scheduled" },
        orderBy: [{ startsAt: "asc" }, { title: "asc" }],
        include: { room: { select: { name: true, position: true } }, host: { select: { shortName: true } } },
      },
    },
  });
  if (!conference) return null;
  const sessions: PickerSession[] = conference.sessions
    .filter((s) => s.format !== "break")
    .map((s) => ({
      id: s.id,
      title: pickLocalized(s.title, s.titleEn, locale, s.language).text,
      day: dayKey(s.startsAt, conference.timeZone),
      dayLabel: formatDayLong(s.startsAt, conference.timeZone, locale),
      time: formatTimeRange(s.startsAt, s.endsAt, conference.timeZone, locale),
      room: s.room?.name ?? null,
      host: s.host.shortName,
      seatsLeft: seatsLeft(s.capacity, s.seatsTaken),
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
    }));
  const questions: FormQuestion[] = conference.questions.map((q) => ({
    key: q.key,
    label: localizedText(q.label, q.labelEn, locale),
    help: pickOptionalLocalized(q.helpText, q.helpTextEn, locale)?.text ?? null,
    type: q.type,
    required: q.required,
    options: (Array.isArray(q.options) ? q.options : []).map((o, i) => {
      const option = o as { value?: unknown; label?: unknown; labelEn?: unknown };
      const label = String(option.label ?? option.value ?? "");
      return { value: optionValues([o])[0] ?? String(i), label: localizedText(label, typeof option.labelEn === "string" ? option.labelEn : null, locale) };
    }),
  }));
  return { conference, sessions, questions, fields: builtInFields(conference) };
}
