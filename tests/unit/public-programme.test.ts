import { describe, expect, it } from "vitest";
import { groupProgramme } from "@/lib/conferences/programme";

const saal = { id: "saal", name: "Saal", position: 0 };
const raum2 = { id: "raum2", name: "Raum 2", position: 1 };
const werkstatt = { id: "werkstatt", name: "Werkstatt", position: 2 };

function session(title: string, iso: string, room: typeof saal | null, minutes = 60) {
  const startsAt = new Date(iso);
  return { title, startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000), room };
}

describe("the programme grouped by day, slot and room", () => {
  it("groups by local day and start time, rooms in the conference's order", () => {
    const days = groupProgramme(
      [session("B", "2027-03-04T10:30:00Z", raum2), session("A", "2027-03-04T10:30:00Z", saal), session("C", "2027-03-05T08:00:00Z", saal), session("Late", "2027-03-04T23:30:00Z", saal)],
      "Europe/Berlin",
    );
    expect(days.map((d) => d.key)).toEqual(["2027-03-04", "2027-03-05"]);
    expect(days[0].slots[0].sessions.map((x) => x.session.title)).toEqual(["A", "B"]);
    // 23:30 UTC is 00:30 the next day in Berlin, so "Late" opens the second day.
    expect(days[1].slots.map((slot) => slot.sessions[0].session.title)).toEqual(["Late", "C"]);
  });

  it("gives each parallel session its room's column and marks single sessions as plenary", () => {
    const [day] = groupProgramme(
      [
        session("Opening", "2027-03-04T08:30:00Z", saal),
        session("Workshop", "2027-03-04T10:30:00Z", werkstatt),
        session("Talk", "2027-03-04T10:30:00Z", saal),
      ],
      "Europe/Berlin",
    );
    expect(day.rooms.map((r) => r.name)).toEqual(["Saal", "Werkstatt"]);
    expect(day.slots[0]).toMatchObject({ plenary: true });
    expect(day.slots[1].plenary).toBe(false);
    expect(day.slots[1].sessions.map((s) => [s.session.title, s.column])).toEqual([
      ["Talk", 0],
      ["Workshop", 1],
    ]);
  });

  it("lists only the rooms used that day, and sessions without a room get no column", () => {
    const days = groupProgramme(
      [session("Day 1", "2027-03-04T08:30:00Z", raum2), session("Day 2", "2027-03-05T08:30:00Z", saal), session("Somewhere", "2027-03-05T08:30:00Z", null)],
      "Europe/Berlin",
    );
    expect(days[0].rooms.map((r) => r.id)).toEqual(["raum2"]);
    expect(days[1].rooms.map((r) => r.id)).toEqual(["saal"]);
    expect(days[1].slots[0].sessions.map((s) => [s.session.title, s.column])).toEqual([
      ["Day 2", 0],
      ["Somewhere", null],
    ]);
  });

  it("returns no days for no sessions", () => {
    expect(groupProgramme([], "Europe/Berlin")).toEqual([]);
  });
});
