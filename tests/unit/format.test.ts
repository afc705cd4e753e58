import { describe, expect, it } from "vitest";
import { groupProgramme } from "@/lib/conferences/programme";
import { dayKey, formatDateRange, formatDayLong, formatTime, formatTimeRange, formatZoneName } from "@/lib/format/datetime";

// vitest runs this file under TZ=UTC by default; `npm test` also runs it under other zones in CI.
describe("formatting in the conference's time zone", () => {
  const winter = new Date("2027-03-04T08:30:00Z");
  const summer = new Date("2027-07-01T07:30:00Z");

  it("shows Berlin wall time whatever the process zone", () => {
    expect(formatTime(winter, "Europe/Berlin", "de")).toBe("09:30");
    expect(formatTime(summer, "Europe/Berlin", "de")).toBe("09:30");
    expect(formatTimeRange(winter, new Date("2027-03-04T10:00:00Z"), "Europe/Berlin", "en")).toBe("09:30–11:00");
  });

  it("names days and zones in the page's language", () => {
    expect(formatDayLong(winter, "Europe/Berlin", "de")).toBe("Donnerstag, 4. März 2027");
    expect(formatDayLong(winter, "Europe/Berlin", "en")).toBe("Thursday, 4 March 2027");
    expect(formatZoneName(winter, "Europe/Berlin", "de")).toBe("MEZ");
    expect(formatZoneName(summer, "Europe/Berlin", "en")).toBe("CEST");
  });

  it("formats a conference's date range compactly", () => {
    expect(formatDateRange(winter, new Date("2027-03-05T15:00:00Z"), "Europe/Berlin", "de")).toBe("4.–5. März 2027");
  });

  it("puts a late-evening session on its local day", () => {
    // 23:30 UTC on 4 March is 00:30 on 5 March in Berlin.
    expect(dayKey(new Date("2027-03-04T23:30:00Z"), "Europe/Berlin")).toBe("2027-03-05");
  });

  it("groups a programme by local day and start time, rooms in order", () => {
    const s = (title: string, iso: string, position: number) => ({ title, startsAt: new Date(iso), endsAt: new Date(new Date(iso).getTime() + 36e5), room: { name: title, position } });
    const days = groupProgramme(
      [s("B", "2027-03-04T10:30:00Z", 1), s("A", "2027-03-04T10:30:00Z", 0), s("C", "2027-03-05T08:00:00Z", 0), s("Late", "2027-03-04T23:30:00Z", 0)],
      "Europe/Berlin",
    );
    expect(days.map((d) => d.key)).toEqual(["2027-03-04", "2027-03-05"]);
    expect(days[0].slots[0].sessions.map((x) => x.title)).toEqual(["A", "B"]);
    expect(days[1].slots.map((slot) => slot.sessions[0].title)).toEqual(["Late", "C"]);
  });
});
