import { describe, expect, it } from "vitest";
import { findOverlap, overlapsWithChosen, sessionsOverlap } from "@/lib/registrations/rules";

// Two days of a conference, as the picker gets them (ISO strings).
const s = (id: string, start: string, end: string) => ({ id, title: `Session ${id}`, startsAt: `2027-03-${start}:00Z`, endsAt: `2027-03-${end}:00Z` });
const sessions = [
  s("a", "11T09:00", "11T10:30"), // workshop A
  s("b", "11T10:00", "11T11:00"), // overlaps a
  s("c", "11T10:30", "11T11:30"), // starts when a ends; overlaps b
  s("d", "12T10:00", "12T11:00"), // same clock time as b, next day
  s("e", "11T08:00", "11T12:00"), // long: overlaps a, b and c
];

describe("sessions that overlap", () => {
  it("share time; touching ends and the same hour on another day do not", () => {
    expect(sessionsOverlap(sessions[0], sessions[1])).toBe(true);
    expect(sessionsOverlap(sessions[0], sessions[2])).toBe(false);
    expect(sessionsOverlap(sessions[1], sessions[3])).toBe(false);
    expect(sessionsOverlap(sessions[4], sessions[2])).toBe(true);
  });

  it("accept Date and string times alike, as the server and the picker use them", () => {
    const asDates = sessions.map((x) => ({ ...x, startsAt: new Date(x.startsAt), endsAt: new Date(x.endsAt) }));
    expect(sessionsOverlap(asDates[0], sessions[1])).toBe(true);
    expect(findOverlap(asDates.slice(0, 2))?.map((x) => x.id)).toEqual(["a", "b"]);
  });
});

describe("the picker's overlap blocks", () => {
  const table: { chosen: string[]; blocked: Record<string, string> }[] = [
    { chosen: [], blocked: {} },
    { chosen: ["a"], blocked: { b: "a", e: "a" } },
    { chosen: ["d"], blocked: {} },
    { chosen: ["b"], blocked: { a: "b", c: "b", e: "b" } },
    { chosen: ["a", "c"], blocked: { b: "a", e: "a" } },
    { chosen: ["c", "a"], blocked: { b: "a", e: "a" } },
    { chosen: ["a", "d"], blocked: { b: "a", e: "a" } },
    { chosen: ["e"], blocked: { a: "e", b: "e", c: "e" } },
    // A clash chosen before (preselected, or stored): both chosen sessions are named, neither is locked.
    { chosen: ["a", "b"], blocked: { a: "b", b: "a", c: "b", e: "a" } },
    // An id that is not offered (any more) blocks nothing.
    { chosen: ["gone"], blocked: {} },
  ];
  it.each(table)("chosen $chosen → blocked $blocked", ({ chosen, blocked }) => {
    const result = overlapsWithChosen(sessions, chosen);
    expect(Object.fromEntries([...result].map(([id, other]) => [id, other.id]))).toEqual(blocked);
  });

  it("names the colliding session by its title, for the reason next to the box", () => {
    expect(overlapsWithChosen(sessions, ["a"]).get("b")?.title).toBe("Session a");
  });
});
