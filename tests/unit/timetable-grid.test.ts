import { describe, expect, it } from "vitest";
import {
  BASE_ROW_REM,
  MAX_ROW_REM,
  MIN_BLOCK_REM,
  NO_ROOM,
  STEP,
  blockLayout,
  blockPlacement,
  dayRange,
  dropStart,
  grabOffset,
  gridColumns,
  hhmm,
  resizedMinutes,
  rowHeightRem,
} from "@/lib/sessions/timetable-grid";

const session = (id: string, start: string, minutes: number, roomId: string | null = "a") => {
  const [h, m] = start.split(":").map(Number);
  const startMinute = h * 60 + m;
  return { id, roomId, startMinute, endMinute: startMinute + minutes, minutes };
};

describe("timetable grid", () => {
  it.each([
    { name: "empty day", sessions: [], first: 480, last: 1080 },
    { name: "inside 8–18", sessions: [session("x", "09:30", 60)], first: 480, last: 1080 },
    { name: "early start and late end round to hours", sessions: [session("x", "07:10", 30), session("y", "18:20", 20)], first: 420, last: 1140 },
  ])("day range: $name", ({ sessions, first, last }) => {
    expect(dayRange(sessions)).toEqual({ first, last, rows: (last - first) / STEP });
  });

  // The bug this replaces: at 0.55 rem per five minutes a 60-minute block was 6.6 rem (and the board scrolled inside the page), too short for
  // time, title, track, speakers, seats and the edit button, and the edit button was clipped away.
  it.each([
    { shortest: 120, rem: BASE_ROW_REM },
    { shortest: 60, rem: BASE_ROW_REM },
    { shortest: 30, rem: MIN_BLOCK_REM / 6 },
    { shortest: 20, rem: MIN_BLOCK_REM / 4 },
    { shortest: 5, rem: MIN_BLOCK_REM / 4 }, // very short sessions do not stretch the day further
  ])("row height for a shortest session of $shortest min", ({ shortest, rem }) => {
    const height = rowHeightRem([session("a", "09:00", 120), session("b", "12:00", shortest)]);
    expect(height).toBeCloseTo(Math.min(MAX_ROW_REM, rem), 2);
  });

  it("every session of 20 minutes or more gets room for its first line and a two-line title", () => {
    for (const minutes of [20, 25, 30, 45, 60, 90]) {
      const rem = rowHeightRem([session("a", "09:00", minutes)]);
      expect((minutes / STEP) * rem).toBeGreaterThanOrEqual(MIN_BLOCK_REM - 0.01);
    }
  });

  it.each([
    { minutes: 15, layout: "compact" },
    { minutes: 30, layout: "compact" },
    { minutes: 60, layout: "full" },
    { minutes: 90, layout: "full" },
  ] as const)("a $minutes-minute block on the base raster shows the $layout layout", ({ minutes, layout }) => {
    expect(blockLayout(minutes, rowHeightRem([session("a", "09:00", minutes)]))).toBe(layout);
  });

  it("columns: rooms in order, plus 'no room' only when needed", () => {
    const rooms = [
      { id: "a", name: "Aula" },
      { id: "b", name: "B" },
    ];
    expect(gridColumns(rooms, [session("x", "09:00", 30, "a")], "Ohne Raum").map((c) => c.id)).toEqual(["a", "b"]);
    expect(gridColumns(rooms, [session("x", "09:00", 30, null)], "Ohne Raum").map((c) => c.id)).toEqual(["a", "b", NO_ROOM]);
    expect(gridColumns(rooms, [session("x", "09:00", 30, "gone")], "Ohne Raum").map((c) => c.id)).toEqual(["a", "b", NO_ROOM]);
  });

  it.each([
    { name: "on the raster", s: session("x", "09:00", 60, "b"), row: "14 / 26", column: 3 },
    { name: "off the raster rounds outwards", s: session("x", "09:02", 7, "b"), row: "14 / 16", column: 3 },
    { name: "unknown room goes to 'no room'", s: session("x", "08:00", 30, "gone"), row: "2 / 8", column: 4 },
    { name: "past the end of the grid is cut", s: session("x", "17:30", 120, "a"), row: "116 / 122", column: 2 },
  ])("placement: $name", ({ s, row, column }) => {
    const columns = gridColumns([{ id: "a", name: "A" }, { id: "b", name: "B" }], [s], "–");
    const placement = blockPlacement(s, columns, { first: 480, last: 1080 });
    expect(placement.gridRow).toBe(row);
    expect(placement.gridColumn).toBe(column);
  });

  it("drop: pointer position minus where the block was grabbed, snapped to a quarter hour and kept in the day", () => {
    const range = { first: 480, last: 1080 }; // 600 minutes over 600 px: one pixel a minute
    expect(hhmm(dropStart(90, 600, range, 0))).toBe("09:30");
    expect(hhmm(dropStart(97, 600, range, 0))).toBe("09:30");
    expect(hhmm(dropStart(98, 600, range, 0))).toBe("09:45");
    expect(hhmm(dropStart(120, 600, range, 30))).toBe("09:30");
    expect(dropStart(-5000, 600, range, 0)).toBe(0);
    expect(dropStart(50_000, 600, range, 0)).toBe(24 * 60 - 15);
    expect(grabOffset(30, 60, 60)).toBe(30);
    expect(grabOffset(10, 0, 60)).toBe(0);
  });

  it("resize: snapped to quarter hours, never below one", () => {
    expect(resizedMinutes(60, 16, 1)).toBe(75);
    expect(resizedMinutes(60, 7, 1)).toBe(60);
    expect(resizedMinutes(60, -200, 1)).toBe(15);
    expect(resizedMinutes(60, 10, 0)).toBe(60);
  });
});
