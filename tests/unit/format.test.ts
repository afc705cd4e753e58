import { afterEach, describe, expect, it } from "vitest";
import { dayKey, formatDateRange, formatDateTime, formatDayLong, formatDayShort, formatTime, formatTimeRange, formatZoneName } from "@/lib/format/datetime";

const BERLIN = "Europe/Berlin";
// 09:00 in Berlin: winter time (CET, UTC+1) and summer time (CEST, UTC+2).
const winterNine = new Date("2027-03-04T08:00:00Z");
const summerNine = new Date("2027-07-01T07:00:00Z");

describe("times in the conference's zone, whatever the process zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it.each(["UTC", "America/New_York", "Asia/Tokyo", "Europe/Berlin"])("a 09:00 Berlin session shows 09:00 under TZ=%s, winter and summer", (zone) => {
    process.env.TZ = zone;
    // Node re-reads TZ on assignment; prove the process zone really changed before trusting the result.
    const expectedLocalHour = Number(new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", hourCycle: "h23" }).format(winterNine));
    expect(winterNine.getHours()).toBe(expectedLocalHour);
    expect(formatTime(winterNine, BERLIN, "de")).toBe("09:00");
    expect(formatTime(summerNine, BERLIN, "de")).toBe("09:00");
    expect(formatTime(winterNine, BERLIN, "en")).toBe("09:00");
    expect(formatTimeRange(summerNine, new Date("2027-07-01T08:30:00Z"), BERLIN, "en")).toBe("09:00–10:30");
    expect(dayKey(new Date("2027-03-04T23:30:00Z"), BERLIN)).toBe("2027-03-05");
  });

  it("names the zone so times are unambiguous: MEZ/CET in winter, MESZ/CEST in summer", () => {
    expect(formatZoneName(winterNine, BERLIN, "de")).toBe("MEZ");
    expect(formatZoneName(winterNine, BERLIN, "en")).toBe("CET");
    expect(formatZoneName(summerNine, BERLIN, "de")).toBe("MESZ");
    expect(formatZoneName(summerNine, BERLIN, "en")).toBe("CEST");
  });

  it("follows the switch to summer time inside a day", () => {
    // 28 March 2027: clocks go from 02:00 to 03:00. 00:30 UTC is 01:30 CET, 01:30 UTC is 03:30 CEST.
    expect(formatTime(new Date("2027-03-28T00:30:00Z"), BERLIN, "de")).toBe("01:30");
    expect(formatTime(new Date("2027-03-28T01:30:00Z"), BERLIN, "de")).toBe("03:30");
  });

  it("uses 24-hour times in English too, and midnight is 00:00", () => {
    expect(formatTime(new Date("2027-03-04T13:15:00Z"), BERLIN, "en")).toBe("14:15");
    expect(formatTime(new Date("2027-03-04T23:00:00Z"), BERLIN, "en")).toBe("00:00");
  });

  it("shows a conference elsewhere in that place's time", () => {
    expect(formatTime(new Date("2027-07-01T13:00:00Z"), "America/New_York", "de")).toBe("09:00");
  });
});

describe("dates in the page's language", () => {
  it("names days in German and English", () => {
    expect(formatDayLong(winterNine, BERLIN, "de")).toBe("Donnerstag, 4. März 2027");
    expect(formatDayLong(winterNine, BERLIN, "en")).toBe("Thursday, 4 March 2027");
    expect(formatDayShort(winterNine, BERLIN, "de")).toBe("Do., 4. März");
    expect(formatDayShort(winterNine, BERLIN, "en")).toBe("Thu 4 Mar");
  });

  it("takes the day from the conference's zone, not UTC", () => {
    // 23:30 UTC on Wednesday 3 March is 00:30 on Thursday in Berlin.
    expect(formatDayLong(new Date("2027-03-03T23:30:00Z"), BERLIN, "de")).toBe("Donnerstag, 4. März 2027");
  });

  it("formats a conference's dates compactly", () => {
    expect(formatDateRange(winterNine, new Date("2027-03-05T15:00:00Z"), BERLIN, "de")).toBe("4.–5. März 2027");
    expect(formatDateRange(winterNine, new Date("2027-03-04T15:00:00Z"), BERLIN, "de")).toBe("4. März 2027");
    expect(formatDateRange(new Date("2027-03-30T08:00:00Z"), new Date("2027-04-01T15:00:00Z"), BERLIN, "de")).toBe("30. März – 1. April 2027");
    expect(formatDateRange(new Date("2027-03-30T08:00:00Z"), new Date("2027-04-01T15:00:00Z"), BERLIN, "en")).toBe("30 March – 1 April 2027");
    expect(formatDateRange(new Date("2027-12-30T08:00:00Z"), new Date("2028-01-02T15:00:00Z"), BERLIN, "de")).toBe("30. Dezember 2027 – 2. Januar 2028");
  });

  it("formats a deadline with its time", () => {
    expect(formatDateTime(new Date("2027-03-01T17:00:00Z"), BERLIN, "de")).toBe("1. März 2027 um 18:00");
    expect(formatDateTime(new Date("2027-03-01T17:00:00Z"), BERLIN, "en")).toBe("1 March 2027 at 18:00");
  });
});
