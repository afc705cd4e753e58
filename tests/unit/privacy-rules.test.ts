import { describe, expect, it } from "vitest";
import { sealPayload, unsealPayload } from "@/lib/mail/sealed";
import { addMonths, clampRetentionMonths, isRetentionDue, retentionEndsAt } from "@/lib/privacy/rules";

describe("retention rules", () => {
  it.each([
    ["2025-03-10T16:00:00Z", 6, "2025-09-10T16:00:00.000Z"],
    ["2025-08-31T10:00:00Z", 6, "2026-02-28T10:00:00.000Z"],
    ["2023-12-31T10:00:00Z", 2, "2024-02-29T10:00:00.000Z"],
    ["2025-01-15T10:00:00Z", 1, "2025-02-15T10:00:00.000Z"],
  ])("%s plus %i months is %s (clamped to the month's last day)", (from, months, expected) => {
    expect(addMonths(new Date(from), months).toISOString()).toBe(expected);
  });

  it.each([
    [null, 6],
    [undefined, 6],
    [0, 1],
    [3, 3],
    [12, 6],
    [Number.NaN, 6],
  ])("a retention of %s months is taken as %i (never removed, never beyond six)", (months, expected) => {
    expect(clampRetentionMonths(months)).toBe(expected);
  });

  it("is due from the end of the period on, and never again once anonymised", () => {
    const conference = { endsAt: new Date("2025-03-10T16:00:00Z"), retentionMonths: 6, anonymisedAt: null };
    const end = retentionEndsAt(conference);
    expect(isRetentionDue(conference, new Date(end.getTime() - 1))).toBe(false);
    expect(isRetentionDue(conference, end)).toBe(true);
    expect(isRetentionDue({ ...conference, anonymisedAt: end }, new Date(end.getTime() + 864e5))).toBe(false);
  });
});

describe("sealed links in outbox payloads", () => {
  it("seals the secret links of a payload and nothing else, and opens them again", () => {
    process.env.NEXTAUTH_SECRET ??= "unit-test-secret";
    const payload = { attendeeName: "Jörg", manageUrl: "http://x/manage/SECRET", agendaFeedUrl: "http://x/api/agenda/SECRET/calendar.ics", conference: { url: "http://x/c" } };
    const sealed = sealPayload("registration-received", payload);
    expect(JSON.stringify(sealed)).not.toContain("SECRET");
    expect(sealed).toMatchObject({ attendeeName: "Jörg", conference: { url: "http://x/c" } });
    expect(unsealPayload(sealed)).toEqual(payload);
    const signIn = sealPayload("sign-in", { url: "http://x/api/auth/callback/email?token=SECRET", host: "x", expiresMinutes: 10 });
    expect(JSON.stringify(signIn)).not.toContain("SECRET");
    expect(sealPayload("manage-link", { manageUrl: "" })).toEqual({ manageUrl: "" });
  });
});
