import { beforeAll, describe, expect, it } from "vitest";
import { attendeeCsv } from "@/lib/attendees/attendee-csv";
import { checkInAttendee } from "@/lib/attendees/check-in";
import { toCsv } from "@/lib/attendees/csv";
import { listAttendees } from "@/lib/attendees/list-attendees";
import { db } from "@/lib/db";
import { registerAttendee } from "../helpers/register";
import { createConference, createSession, uniq } from "../helpers/fixtures";

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

async function setup() {
  const { conference, host } = await createConference({ timeZone: "Europe/Berlin" });
  await db.registrationQuestion.createMany({
    data: [
      { conferenceId: conference.id, key: "role", label: "Ihre Rolle", labelEn: "Your role", type: "single_choice", position: 0, options: [{ value: "head", label: "Schulleitung", labelEn: "Head teacher" }, { value: "teacher", label: "Lehrkraft", labelEn: "Teacher" }] },
      { conferenceId: conference.id, key: "topics", label: "Themen", labelEn: "Topics", type: "multiple_choice", position: 1, options: [{ value: "digital", label: "Digitalisierung", labelEn: "Digitalisation" }, { value: "inclusion", label: "Inklusion", labelEn: "Inclusion" }] },
      { conferenceId: conference.id, key: "photo", label: "Fotos erlaubt", labelEn: "Photos allowed", type: "checkbox", position: 2 },
    ],
  });
  const full = await createSession(conference, host.id, { title: "Volle Werkstatt", capacity: 0, offsetMinutes: 60 });
  const open = await createSession(conference, host.id, { title: "Offenes Forum", offsetMinutes: 180 });
  const reg = await registerAttendee({
    conferenceSlug: conference.slug,
    input: { name: "Jörg Müller", email: `${uniq("j")}@example.org`, consent: true, answers: { role: "head", topics: ["digital", "inclusion"], photo: true }, sessionIds: [full.id, open.id] },
  });
  const owner = await db.user.create({ data: { email: `${uniq("o")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
  const row = await db.registration.findUniqueOrThrow({ where: { id: reg.registration.id } });
  // Checked in at 13:05 UTC in winter = 14:05 in Berlin.
  await checkInAttendee({ conferenceId: conference.id, code: row.checkInCode, actor: { userId: owner.id }, now: new Date("2027-01-12T13:05:00Z") });
  await db.registration.update({ where: { id: row.id }, data: { createdAt: new Date("2026-12-01T08:30:00Z") } });
  const list = await listAttendees({ conferenceId: conference.id, actor: { userId: owner.id } });
  return { list, row };
}

const cell = (table: { header: string[]; rows: unknown[][] }, column: string) => table.rows[0][table.header.indexOf(column)];

describe("attendee CSV in the organiser's language", () => {
  it.each([
    {
      locale: "de" as const,
      columns: { status: "Status", sessions: "Programmpunkte", checkedIn: "Eingecheckt", registered: "Angemeldet am", role: "Ihre Rolle", topics: "Themen", photo: "Fotos erlaubt" },
      values: { status: "bestätigt", sessions: ["Volle Werkstatt (Warteliste)", "Offenes Forum"], role: "Schulleitung", topics: ["Digitalisierung", "Inklusion"], photo: "ja" },
      foreign: /\b(yes|confirmed|waiting list)\b/,
    },
    {
      locale: "en" as const,
      columns: { status: "Status", sessions: "Sessions", checkedIn: "Checked in", registered: "Registered at", role: "Your role", topics: "Topics", photo: "Photos allowed" },
      values: { status: "confirmed", sessions: ["Volle Werkstatt (waiting list)", "Offenes Forum"], role: "Head teacher", topics: ["Digitalisation", "Inclusion"], photo: "yes" },
      foreign: /\b(ja|nein|bestätigt|Warteliste|Programmpunkte|Eingecheckt|Angemeldet)\b/,
    },
  ])("$locale: translated headers, statuses and yes/no, answers as labels, times in the conference's zone", async ({ locale, columns, values, foreign }) => {
    const { list } = await setup();
    const table = await attendeeCsv(list, locale);
    for (const column of Object.values(columns)) expect(table.header).toContain(column);
    expect(cell(table, columns.status)).toBe(values.status);
    expect(cell(table, columns.sessions)).toEqual(values.sessions);
    expect(cell(table, columns.role)).toBe(values.role);
    expect(cell(table, columns.topics)).toEqual(values.topics);
    expect(cell(table, columns.photo)).toBe(values.photo);
    // Excel reads YYYY-MM-DD HH:MM as a date in every locale; Berlin is UTC+1 in winter.
    expect(cell(table, columns.checkedIn)).toBe("2027-01-12 14:05");
    expect(cell(table, columns.registered)).toBe("2026-12-01 09:30");
    const csv = toCsv(table.header, table.rows);
    expect(csv).not.toMatch(foreign);
    expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it("the technical export keeps ids, stored keys and UTC timestamps", async () => {
    const { list, row } = await setup();
    const table = await attendeeCsv(list, "de", { technical: true });
    expect(table.header.slice(0, 2)).toEqual(["id", "Name"]);
    expect(table.header).toEqual(expect.arrayContaining(["role", "topics", "photo"]));
    expect(cell(table, "id")).toBe(row.id);
    expect(cell(table, "Status")).toBe("confirmed");
    expect(cell(table, "role")).toBe("head");
    expect(cell(table, "topics")).toEqual(["digital", "inclusion"]);
    expect(cell(table, "photo")).toBe(true);
    expect(cell(table, "Eingecheckt")).toBe("2027-01-12T13:05:00.000Z");
  });
});
