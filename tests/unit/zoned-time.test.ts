import { describe, expect, it } from "vitest";
import { offsetMinutes, toIsoWithOffset, toWallTime, zonedToUtc } from "@/lib/time/zoned";

const berlin = "Europe/Berlin";

describe("zoned time", () => {
  it("maps Berlin winter and summer wall times to UTC", () => {
    expect(zonedToUtc({ year: 2027, month: 3, day: 10, hour: 9, minute: 0 }, berlin).toISOString()).toBe("2027-03-10T08:00:00.000Z");
    expect(zonedToUtc({ year: 2027, month: 7, day: 1, hour: 9, minute: 0 }, berlin).toISOString()).toBe("2027-07-01T07:00:00.000Z");
  });

  it("moves a wall time inside the spring-forward gap forward", () => {
    // 2027-03-28 02:30 does not exist in Berlin.
    expect(zonedToUtc({ year: 2027, month: 3, day: 28, hour: 2, minute: 30 }, berlin).toISOString()).toBe("2027-03-28T01:30:00.000Z");
  });

  it("picks the earlier instant for an ambiguous autumn wall time", () => {
    expect(zonedToUtc({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, berlin).toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("works for zones west of UTC", () => {
    expect(zonedToUtc({ year: 2027, month: 1, day: 5, hour: 9, minute: 0 }, "America/New_York").toISOString()).toBe("2027-01-05T14:00:00.000Z");
  });

  it("round-trips and formats ISO 8601 with the zone's offset", () => {
    const instant = new Date("2027-03-10T08:00:00Z");
    expect(toWallTime(instant, berlin)).toMatchObject({ hour: 9, minute: 0 });
    expect(offsetMinutes(instant, berlin)).toBe(60);
    expect(toIsoWithOffset(instant, berlin)).toBe("2027-03-10T09:00:00+01:00");
    expect(toIsoWithOffset(new Date("2027-01-05T14:00:00Z"), "America/New_York")).toBe("2027-01-05T09:00:00-05:00");
  });
});
