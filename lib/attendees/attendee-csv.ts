/**
 * The attendee list as CSV for German or English Excel, in the organiser's language: translated
 * headers, statuses and yes/no, answers as their labels, times in the conference's time zone as
 * `YYYY-MM-DD HH:MM` (Excel reads that as a date in every locale). The technical export keeps the
 * stored keys, ids and UTC timestamps for other programs.
 */
import "server-only";
import type { OrganiserActor } from "../hosts/permissions";
import { storedOptions } from "../conferences/registration-questions";
import { getTranslator, type Locale } from "../i18n-server";
import { toWallTime } from "../time/zoned";
import { csvHead, csvLines } from "./csv";
import { attendeePages, type AttendeeFilter, type AttendeeList } from "./list-attendees";

export type CsvTable = { header: string[]; rows: unknown[][] };

/** "2027-03-11 14:00" in the conference's zone. */
export function excelDateTime(date: Date | null, timeZone: string): string {
  if (!date) return "";
  const p = toWallTime(date, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}`;
}

type CsvConference = Pick<AttendeeList["conference"], "timeZone" | "questions">;
type CsvRegistration = AttendeeList["registrations"][number];

/** The header and a row function for one conference's export (shared by the list and the stream). */
export async function csvFormat(conference: CsvConference, locale: Locale, options: { technical?: boolean } = {}) {
  const t = await getTranslator(locale);
  const questions = conference.questions;
  const yesNo = (value: boolean) => t(value ? "exports.yes" : "exports.no");
  const header = [
    ...(options.technical ? ["id"] : []),
    t("exports.columns.name"),
    t("exports.columns.email"),
    t("exports.columns.organisation"),
    t("exports.columns.jobTitle"),
    t("exports.columns.status"),
    t("exports.columns.sessions"),
    t("exports.columns.accessibilityNeeds"),
    t("exports.columns.dietaryRequirements"),
    t("exports.columns.checkInCode"),
    t("exports.columns.checkedInAt"),
    t("exports.columns.registeredAt"),
    ...questions.map((q) => (options.technical ? q.key : locale === "en" ? (q.labelEn ?? q.label) : q.label)),
  ];
  const when = (date: Date | null) => (options.technical ? (date?.toISOString() ?? "") : excelDateTime(date, conference.timeZone));
  const optionLabels = new Map(questions.map((q) => [q.key, new Map(storedOptions(q.options).map((o) => [o.value, locale === "en" ? (o.labelEn ?? o.label) : o.label]))]));
  const answerText = (q: (typeof questions)[number], value: unknown): unknown => {
    if (value === undefined || value === null || options.technical) return value;
    if (typeof value === "boolean") return yesNo(value);
    const labels = optionLabels.get(q.key)!;
    if (Array.isArray(value)) return value.map((v) => labels.get(String(v)) ?? String(v));
    return labels.get(String(value)) ?? value;
  };
  const row = (r: CsvRegistration): unknown[] => {
    const answers = (r.answers ?? {}) as Record<string, unknown>;
    return [
      ...(options.technical ? [r.id] : []),
      r.name,
      r.email,
      r.organisation,
      r.jobTitle,
      options.technical ? r.status : t(`exports.status.${r.status}`),
      r.sessions.map((s) =>
        options.technical ? `${s.sessionId}:${s.status}` : s.status === "waitlisted" ? t("exports.waitlistedSession", { title: s.session.title }) : s.session.title,
      ),
      r.accessibilityNeeds,
      r.dietaryRequirements,
      r.checkInCode,
      when(r.checkedInAt),
      when(r.createdAt),
      ...questions.map((q) => answerText(q, answers[q.key])),
    ];
  };
  return { header, row };
}

export async function attendeeCsv(list: AttendeeList, locale: Locale, options: { technical?: boolean } = {}): Promise<CsvTable> {
  const { header, row } = await csvFormat(list.conference, locale, options);
  return { header, rows: list.registrations.map(row) };
}

/**
 * The whole export as a stream: pages of registrations (attendeePages) turned into CSV lines as
 * the client reads them, so memory stays flat however many attendees there are.
 */
export async function attendeeCsvStream(
  options: { conferenceId: string; actor: OrganiserActor; filter?: AttendeeFilter; pageSize?: number },
  locale: Locale,
  format: { technical?: boolean } = {},
): Promise<{ conference: { slug: string }; stream: ReadableStream<Uint8Array> }> {
  const { conference, pages } = await attendeePages(options);
  const { header, row } = await csvFormat(conference, locale, format);
  const encoder = new TextEncoder();
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (first) {
        first = false;
        controller.enqueue(encoder.encode(csvHead(header)));
        return;
      }
      const next = await pages.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(csvLines(next.value.map(row))));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
  return { conference, stream };
}
