import { describe, expect, it } from "vitest";
import { feedbackClosesAt, feedbackWindow, summariseRatings } from "@/lib/feedback/rules";
import { directionsUrl, extraTextFor, isReminderDue, isThankYouDue, offsetParts, reminderSendAt } from "@/lib/reminders/rules";

const start = new Date("2027-03-11T08:00:00Z");
const at = (iso: string) => new Date(iso);

describe("reminder rules", () => {
  it("a reminder 48 hours before is due from its time until the conference starts", () => {
    const sendAt = reminderSendAt(start, 48);
    expect(sendAt.toISOString()).toBe("2027-03-09T08:00:00.000Z");
    expect(isReminderDue(sendAt, start, at("2027-03-09T07:59:59Z"))).toBe(false);
    expect(isReminderDue(sendAt, start, sendAt)).toBe(true);
    expect(isReminderDue(sendAt, start, at("2027-03-11T07:59:59Z"))).toBe(true);
    expect(isReminderDue(sendAt, start, start)).toBe(false);
  });

  it("the thank-you mail is due for 14 days after the end", () => {
    const end = at("2027-03-12T16:00:00Z");
    expect(isThankYouDue(end, at("2027-03-12T15:59:00Z"))).toBe(false);
    expect(isThankYouDue(end, end)).toBe(true);
    expect(isThankYouDue(end, at("2027-03-26T15:59:00Z"))).toBe(true);
    expect(isThankYouDue(end, at("2027-03-26T16:00:00Z"))).toBe(false);
  });

  it("directions are a plain OpenStreetMap search for the address (the name when there is none)", () => {
    expect(directionsUrl("Stadthalle", "Oberaltenburg 1, 06217 Merseburg")).toBe("https://www.openstreetmap.org/search?query=Oberaltenburg%201%2C%2006217%20Merseburg");
    expect(directionsUrl("Stadthalle Merseburg", " ")).toBe("https://www.openstreetmap.org/search?query=Stadthalle%20Merseburg");
  });

  it("the extra text is in the reader's language, else the other one", () => {
    expect(extraTextFor({ extraTextDe: "Parken im Hof", extraTextEn: "Parking in the yard" }, "en")).toBe("Parking in the yard");
    expect(extraTextFor({ extraTextDe: "Parken im Hof", extraTextEn: " " }, "en")).toBe("Parken im Hof");
    expect(extraTextFor({ extraTextDe: null, extraTextEn: null }, "de")).toBeNull();
  });

  it("names offsets in weeks, days or hours", () => {
    expect(offsetParts(336)).toEqual({ unit: "weeks", count: 2 });
    expect(offsetParts(48)).toEqual({ unit: "days", count: 2 });
    expect(offsetParts(30)).toEqual({ unit: "hours", count: 30 });
  });
});

describe("feedback rules", () => {
  const end = at("2027-03-11T10:30:00Z");
  it("opens when the session ends and closes 14 days later", () => {
    expect(feedbackWindow(end, at("2027-03-11T10:29:59Z"))).toBe("not_ended");
    expect(feedbackWindow(end, end)).toBe("open");
    expect(feedbackClosesAt(end).toISOString()).toBe("2027-03-25T10:30:00.000Z");
    expect(feedbackWindow(end, at("2027-03-25T10:29:59Z"))).toBe("open");
    expect(feedbackWindow(end, at("2027-03-25T10:30:00Z"))).toBe("closed");
  });

  it("summarises ratings as counts per star and a rounded mean", () => {
    expect(summariseRatings([5, 4, 4])).toEqual({ count: 3, average: 4.3, distribution: [0, 0, 0, 2, 1] });
    expect(summariseRatings([])).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0] });
  });
});
