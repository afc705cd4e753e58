import { describe, expect, it } from "vitest";
import { conferenceDays, overflowToWaitlist, scheduleConflicts } from "@/lib/sessions/rules";
import { slotToInstants } from "@/lib/sessions/schema";

const at = (iso: string) => new Date(iso);
const conference = { startsAt: at("2027-03-10T07:00:00Z"), endsAt: at("2027-03-11T17:00:00Z") };
const slot = (start: string, end: string, roomId: string | null = "saal", speakerIds: string[] = []) => ({ title: "Neu", startsAt: at(start), endsAt: at(end), roomId, speakerIds });

describe("schedule conflict rules", () => {
  it("finds a room booked twice but not back-to-back sessions", () => {
    const others = [{ id: "a", ...slot("2027-03-10T09:00:00Z", "2027-03-10T10:00:00Z"), title: "Keynote" }];
    expect(scheduleConflicts(slot("2027-03-10T09:30:00Z", "2027-03-10T10:30:00Z"), { conference, others })).toEqual([{ code: "room_taken", other: "Keynote" }]);
    expect(scheduleConflicts(slot("2027-03-10T10:00:00Z", "2027-03-10T11:00:00Z"), { conference, others })).toEqual([]);
    expect(scheduleConflicts(slot("2027-03-10T09:30:00Z", "2027-03-10T10:30:00Z", "werkstatt"), { conference, others })).toEqual([]);
  });

  it("finds a speaker in two rooms at once, and ignores the session itself", () => {
    const others = [{ id: "a", ...slot("2027-03-10T09:00:00Z", "2027-03-10T10:00:00Z", "saal", ["lenz"]), title: "Keynote" }];
    expect(scheduleConflicts(slot("2027-03-10T09:45:00Z", "2027-03-10T10:15:00Z", "werkstatt", ["lenz"]), { conference, others })).toEqual([{ code: "speaker_busy", other: "Keynote", speakerId: "lenz" }]);
    expect(scheduleConflicts({ id: "a", ...slot("2027-03-10T09:30:00Z", "2027-03-10T10:30:00Z", "saal", ["lenz"]) }, { conference, others })).toEqual([]);
  });

  it("refuses end before start, a slot outside the conference days and a capacity below the confirmed seats", () => {
    expect(scheduleConflicts(slot("2027-03-10T10:00:00Z", "2027-03-10T09:00:00Z"), { conference, others: [] }).map((c) => c.code)).toEqual(["end_before_start"]);
    expect(scheduleConflicts(slot("2027-03-11T16:30:00Z", "2027-03-11T17:30:00Z"), { conference, others: [] }).map((c) => c.code)).toEqual(["outside_conference"]);
    expect(scheduleConflicts(slot("2027-03-10T09:00:00Z", "2027-03-10T10:00:00Z"), { conference, others: [], capacity: 5, confirmed: 6 })).toEqual([{ code: "capacity_below_confirmed", confirmed: 6 }]);
    expect(scheduleConflicts(slot("2027-03-10T09:00:00Z", "2027-03-10T10:00:00Z"), { conference, others: [], capacity: 6, confirmed: 6 })).toEqual([]);
  });
});

describe("conference days and the waiting-list overflow", () => {
  it("lists every local day, also across a DST change and for a zone west of UTC", () => {
    expect(conferenceDays(at("2027-03-27T08:00:00Z"), at("2027-03-29T16:00:00Z"), "Europe/Berlin")).toEqual(["2027-03-27", "2027-03-28", "2027-03-29"]);
    // 20:00 in New York on the 10th is already the 11th in UTC.
    expect(conferenceDays(at("2027-03-10T14:00:00Z"), at("2027-03-11T01:00:00Z"), "America/New_York")).toEqual(["2027-03-10"]);
  });

  it("moves the latest confirmed seats first", () => {
    const seats = [
      { id: 1, confirmedAt: at("2027-01-01T10:00:00Z") },
      { id: 2, confirmedAt: at("2027-01-03T10:00:00Z") },
      { id: 3, confirmedAt: at("2027-01-02T10:00:00Z") },
    ];
    expect(overflowToWaitlist(seats, 1).map((s) => s.id)).toEqual([2, 3]);
    expect(overflowToWaitlist(seats, 3)).toEqual([]);
  });
});

describe("slots typed in the conference's time zone", () => {
  it("converts a Berlin wall time to UTC, whatever the server's zone", () => {
    expect(slotToInstants({ day: "2027-03-10", start: "09:30", minutes: 90 }, "Europe/Berlin")).toEqual({ startsAt: at("2027-03-10T08:30:00Z"), endsAt: at("2027-03-10T10:00:00Z") });
    expect(slotToInstants({ day: "2027-07-01", start: "09:30", minutes: 30 }, "Europe/Berlin").startsAt).toEqual(at("2027-07-01T07:30:00Z"));
    expect(slotToInstants({ day: "2027-07-01", start: "09:30", minutes: 30 }, "America/New_York").startsAt).toEqual(at("2027-07-01T13:30:00Z"));
  });

  it("moves a start in the spring-forward gap after the gap and takes the earlier instant in the autumn overlap", () => {
    expect(slotToInstants({ day: "2027-03-28", start: "02:30", minutes: 60 }, "Europe/Berlin").startsAt).toEqual(at("2027-03-28T01:30:00Z"));
    expect(slotToInstants({ day: "2027-10-31", start: "02:30", minutes: 60 }, "Europe/Berlin").startsAt).toEqual(at("2027-10-31T00:30:00Z"));
  });

  it("keeps the real duration across a DST change", () => {
    const { startsAt, endsAt } = slotToInstants({ day: "2027-03-28", start: "01:30", minutes: 120 }, "Europe/Berlin");
    expect((endsAt.getTime() - startsAt.getTime()) / 60_000).toBe(120);
    expect(startsAt).toEqual(at("2027-03-28T00:30:00Z"));
  });
});
