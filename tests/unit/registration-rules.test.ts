import { describe, expect, it } from "vitest";
import { isRetryable } from "@/lib/db-retry";
import { checkAnswers, findOverlap, isRegistrationOpen, registrationWindow, seatsLeft, type Question } from "@/lib/registrations/rules";
import { emailKey, registrationInput } from "@/lib/registrations/schema";
import { hashToken, isWellFormedToken, newManageToken } from "@/lib/registrations/token";

const day = 864e5;
const now = new Date("2027-03-01T10:00:00Z");
const conference = (extra: Partial<{ status: string; registrationOpensAt: Date | null; registrationClosesAt: Date | null; endsAt: Date }> = {}) => ({
  status: "published",
  registrationOpensAt: null,
  registrationClosesAt: null,
  endsAt: new Date(now.getTime() + 30 * day),
  ...extra,
});

describe("registration window", () => {
  it("is open for a published conference inside its window", () => {
    expect(registrationWindow(conference({ registrationOpensAt: new Date(now.getTime() - day) }), now)).toBe("open");
    expect(isRegistrationOpen(conference(), now)).toBe(true);
  });
  it("is not yet open before it opens, and closed at its close, after the end, and unless published", () => {
    expect(registrationWindow(conference({ registrationOpensAt: new Date(now.getTime() + 1) }), now)).toBe("not_yet_open");
    expect(registrationWindow(conference({ registrationClosesAt: now }), now)).toBe("closed");
    expect(registrationWindow(conference({ endsAt: now }), now)).toBe("closed");
    expect(registrationWindow(conference({ status: "draft" }), now)).toBe("closed");
    expect(registrationWindow(conference({ status: "archived" }), now)).toBe("closed");
  });
});

describe("seats and overlaps", () => {
  it("seats left is null when unlimited and never negative", () => {
    expect(seatsLeft(null, 500)).toBeNull();
    expect(seatsLeft(10, 7)).toBe(3);
    expect(seatsLeft(10, 12)).toBe(0);
  });

  const at = (title: string, start: string, end: string) => ({ id: title, title, startsAt: new Date(`2027-03-10T${start}:00Z`), endsAt: new Date(`2027-03-10T${end}:00Z`) });
  it("finds the two sessions that overlap; sessions that only touch do not", () => {
    expect(findOverlap([at("A", "09:00", "10:00"), at("B", "10:00", "11:00")])).toBeNull();
    const pair = findOverlap([at("C", "13:00", "14:00"), at("A", "09:00", "10:30"), at("B", "10:00", "11:00")]);
    expect(pair?.map((s) => s.title)).toEqual(["A", "B"]);
    // A long session overlapping a later one that is not its direct neighbour.
    expect(findOverlap([at("Lang", "09:00", "12:00"), at("Kurz", "09:00", "09:30"), at("Spät", "11:00", "11:30")])).not.toBeNull();
  });
});

describe("custom questions", () => {
  const questions: Question[] = [
    { key: "note", type: "short_text", required: false, options: null },
    { key: "text", type: "long_text", required: false, options: null },
    { key: "role", type: "single_choice", required: true, options: [{ value: "a", label: "A" }, { value: "b", label: "B" }] },
    { key: "topics", type: "multiple_choice", required: false, options: [{ value: "x" }, { value: "y" }] },
    { key: "photos", type: "checkbox", required: true, options: null },
  ];

  it("accepts valid answers and cleans them", () => {
    const { errors, clean } = checkAnswers(questions, { note: "  Hallo  ", text: "Zeile 1\nZeile 2", role: "b", topics: ["y", "y", "x"], photos: "on" });
    expect(errors).toEqual({});
    expect(clean).toEqual({ note: "Hallo", text: "Zeile 1\nZeile 2", role: "b", topics: ["y", "x"], photos: true });
  });

  it("names every wrong answer: required, unknown question, invalid choice, control characters, length", () => {
    const { errors } = checkAnswers(questions, { note: "a\nb", text: "x".repeat(5001), role: "c", topics: ["z"], extra: "?" });
    expect(errors).toEqual({
      "answers.note": "controlCharacters",
      "answers.text": "tooLong",
      "answers.role": "invalidChoice",
      "answers.topics": "invalidChoice",
      "answers.photos": "required",
      "answers.extra": "unknownQuestion",
    });
  });
});

describe("registration input", () => {
  const base = { name: "Jörg", email: "Jörg@Example.org", consent: true };

  it("keeps names with umlauts, accents and apostrophes as written (NFC)", () => {
    for (const name of ["Jörg Müller", "Zoë", "O'Brien", "Ağaoğlu", "Siobhán Nic Giolla Phádraig", "Zoe\u0308"]) {
      const parsed = registrationInput.safeParse({ ...base, name, email: "a@example.org" });
      expect(parsed.success).toBe(true);
      expect(parsed.data?.name).toBe(name.normalize("NFC"));
    }
  });

  it("refuses control characters, bidi overrides and line breaks in one-line fields", () => {
    for (const name of ["Evil\u0000", "Tab\there", "Line\nBreak", "Bell\u0007", "RTL\u202Eevil", "C1\u0085"]) {
      const parsed = registrationInput.safeParse({ ...base, email: "a@example.org", name });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({ path: ["name"], message: "controlCharacters" });
    }
  });

  it("limits lengths, requires consent and a valid email", () => {
    const bad = registrationInput.safeParse({ name: "x".repeat(201), email: "kein-at", consent: false, organisation: "y".repeat(201) });
    expect(bad.success).toBe(false);
    const byField = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField).toEqual({ name: "tooLong", email: "invalidEmail", consent: "consentRequired", organisation: "tooLong" });
  });

  it("keeps line breaks in free-text needs but not control characters", () => {
    const ok = registrationInput.safeParse({ ...base, email: "a@example.org", dietaryRequirements: "vegetarisch\r\nkeine Nüsse" });
    expect(ok.data?.dietaryRequirements).toBe("vegetarisch\nkeine Nüsse");
    const bad = registrationInput.safeParse({ ...base, email: "a@example.org", accessibilityNeeds: "Rollstuhl\u0000" });
    expect(bad.error?.issues[0]).toMatchObject({ path: ["accessibilityNeeds"], message: "controlCharacters" });
  });

  it("normalises the email to lower case for the duplicate check", () => {
    expect(emailKey("  Anna.Schmidt@Example.ORG ")).toBe("anna.schmidt@example.org");
  });
});

describe("manage tokens", () => {
  it("are long, random and stored only as a hash", () => {
    const a = newManageToken();
    const b = newManageToken();
    expect(a).not.toBe(b);
    expect(isWellFormedToken(a)).toBe(true);
    expect(a.length).toBeGreaterThanOrEqual(43);
    expect(hashToken(a)).not.toContain(a);
    expect(isWellFormedToken("../etc")).toBe(false);
  });
});

describe("transaction retries", () => {
  it("retry busy, serialization and deadlock errors, never a unique violation", () => {
    const unique = { code: "P2002", clientVersion: "6", message: "Invalid invocation … 40001 deadlock detected (quoted code)", meta: { driverAdapterError: { cause: { originalCode: "SQLITE_CONSTRAINT_UNIQUE", kind: "UniqueConstraintViolation" } } } };
    expect(isRetryable(unique)).toBe(false);
    expect(isRetryable({ code: "P2034", clientVersion: "6" })).toBe(true);
    expect(isRetryable({ code: "P2010", clientVersion: "6", meta: { driverAdapterError: { cause: { originalCode: "SQLITE_BUSY", kind: "SocketTimeout" } } } })).toBe(true);
    expect(isRetryable({ code: "P2010", clientVersion: "6", meta: { driverAdapterError: { cause: { originalCode: "40P01", kind: "postgres" } } } })).toBe(true);
    expect(isRetryable({ code: "SQLITE_BUSY", message: "database is locked" })).toBe(true);
    expect(isRetryable(new Error("database is locked"))).toBe(true);
    expect(isRetryable(new Error("something else"))).toBe(false);
  });
});
