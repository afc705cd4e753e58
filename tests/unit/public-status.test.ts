import { describe, expect, it } from "vitest";
import { isPast, publicRegistrationState, splitUpcomingAndPast } from "@/lib/conferences/public-status";

const now = new Date("2027-01-15T12:00:00Z");
const base = {
  status: "published",
  startsAt: new Date("2027-03-04T08:00:00Z"),
  endsAt: new Date("2027-03-05T15:00:00Z"),
  registrationOpensAt: new Date("2027-01-01T00:00:00Z"),
  registrationClosesAt: new Date("2027-03-01T17:00:00Z"),
  capacity: null as number | null,
  seatsTaken: 0,
};

describe("registration as a visitor sees it", () => {
  it("is open until the deadline, with seats left when the conference has a capacity", () => {
    expect(publicRegistrationState(base, now)).toEqual({ state: "open", closesAt: base.registrationClosesAt, seatsLeft: null });
    expect(publicRegistrationState({ ...base, capacity: 100, seatsTaken: 97 }, now)).toMatchObject({ state: "open", seatsLeft: 3 });
  });

  it("is full (waiting list) when every seat is taken, even oversubscribed", () => {
    expect(publicRegistrationState({ ...base, capacity: 100, seatsTaken: 100 }, now).state).toBe("full");
    expect(publicRegistrationState({ ...base, capacity: 100, seatsTaken: 101 }, now).state).toBe("full");
  });

  it("is not yet open before the window, with the opening date", () => {
    expect(publicRegistrationState({ ...base, registrationOpensAt: new Date("2027-02-01T00:00:00Z") }, now)).toEqual({ state: "not_yet_open", opensAt: new Date("2027-02-01T00:00:00Z") });
  });

  it("is closed after the deadline but before the conference", () => {
    expect(publicRegistrationState(base, new Date("2027-03-02T00:00:00Z"))).toEqual({ state: "closed" });
  });

  it("is past once the conference has ended or when it is archived", () => {
    expect(publicRegistrationState(base, new Date("2027-03-06T00:00:00Z"))).toEqual({ state: "past" });
    expect(publicRegistrationState({ ...base, status: "archived" }, now)).toEqual({ state: "past" });
    expect(isPast(base, now)).toBe(false);
  });
});

describe("home page order", () => {
  it("lists upcoming conferences soonest first and past ones most recent first", () => {
    const c = (slug: string, start: string, status = "published") => ({ slug, status, startsAt: new Date(start), endsAt: new Date(new Date(start).getTime() + 864e5) });
    const { upcoming, past } = splitUpcomingAndPast(
      [c("2028", "2028-03-01T08:00:00Z"), c("2022", "2022-11-08T08:00:00Z", "archived"), c("2027", "2027-03-04T08:00:00Z"), c("2025", "2025-05-01T08:00:00Z"), c("archived-future", "2027-06-01T08:00:00Z", "archived")],
      now,
    );
    expect(upcoming.map((x) => x.slug)).toEqual(["2027", "2028"]);
    expect(past.map((x) => x.slug)).toEqual(["archived-future", "2025", "2022"]);
  });
});
