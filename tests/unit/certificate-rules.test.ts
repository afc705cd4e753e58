import { describe, expect, it } from "vitest";
import { formatHours } from "@/lib/certificates/format-hours";
import { attendedHours, certificateRefusal, CODE_ALPHABET, formatVerificationCode, newVerificationCode, normaliseVerificationCode } from "@/lib/certificates/rules";
import { fitText, newDocument, wrapText } from "@/lib/pdf/document";

const at = (hhmm: string) => new Date(`2027-03-11T${hhmm}:00Z`);
const span = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });

describe("attended hours", () => {
  it.each([
    { name: "nothing attended", sessions: [], hours: 0 },
    { name: "two separate sessions add up", sessions: [span("09:00", "10:30"), span("13:00", "14:00")], hours: 2.5 },
    { name: "overlapping sessions count their time once", sessions: [span("09:00", "10:30"), span("10:00", "11:00")], hours: 2 },
    { name: "a session inside another adds nothing", sessions: [span("09:00", "12:00"), span("10:00", "11:00")], hours: 3 },
    { name: "back-to-back sessions join", sessions: [span("09:00", "10:00"), span("10:00", "10:45")], hours: 1.75 },
    { name: "order does not matter", sessions: [span("13:00", "14:00"), span("09:00", "09:20")], hours: 1.25 },
  ])("$name", ({ sessions, hours }) => {
    expect(attendedHours(sessions)).toBe(hours);
  });

  it("is written as the reader writes numbers", () => {
    expect(formatHours(4.75, "de")).toBe("4,75");
    expect(formatHours(4.75, "en")).toBe("4.75");
    expect(formatHours(3, "de")).toBe("3");
  });
});

describe("verification codes", () => {
  it("are 10 characters without look-alikes (0/O, 1/I/L), different each time", () => {
    const codes = new Set(Array.from({ length: 200 }, newVerificationCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect([...code].every((c) => CODE_ALPHABET.includes(c)) && code.length === 10).toBe(true);
    expect(CODE_ALPHABET).not.toMatch(/[01IOL]/);
  });

  it("are read back from how people type them; anything else is no code", () => {
    expect(formatVerificationCode("ABCDE7FGHJ")).toBe("ABCDE-7FGHJ");
    expect(normaliseVerificationCode("abcde-7fghj")).toBe("ABCDE7FGHJ");
    expect(normaliseVerificationCode(" ABCDE 7FGHJ ")).toBe("ABCDE7FGHJ");
    expect(normaliseVerificationCode("ABCDE7FGH0")).toBeNull();
    expect(normaliseVerificationCode("ABCDE7FGH")).toBeNull();
    expect(normaliseVerificationCode("../../etc")).toBeNull();
  });
});

describe("when a certificate can be had", () => {
  const ended = { certificatesEnabled: true, endsAt: at("17:00") };
  it.each([
    { name: "not offered comes first", conference: { ...ended, certificatesEnabled: false }, now: at("12:00"), attended: false, issued: false, reason: "not_offered" },
    { name: "before the end", conference: ended, now: at("16:59"), attended: true, issued: false, reason: "not_ended" },
    { name: "never checked in", conference: ended, now: at("17:00"), attended: false, issued: false, reason: "not_attended" },
    { name: "checked in, after the end", conference: ended, now: at("17:00"), attended: true, issued: false, reason: null },
    { name: "issued by hand without a check-in", conference: ended, now: at("18:00"), attended: false, issued: true, reason: null },
  ])("$name", ({ conference, now, attended, issued, reason }) => {
    expect(certificateRefusal({ conference, now, attended, issued })).toBe(reason);
  });
});

describe("fitting names into a box", () => {
  it("shrinks a long name first, then wraps it onto two lines (after a hyphen if need be), never wider than the box", async () => {
    const { fonts } = await newDocument({ title: "t", locale: "de" });
    const box = { width: 232, max: 22, min: 14, floor: 11 };
    expect(fitText("Ada Li", fonts.bold, box)).toEqual({ size: 22, lines: ["Ada Li"] });
    const juergen = fitText("Jürgen Müller-Lüdenscheidt", fonts.bold, box);
    expect(juergen.lines).toEqual(["Jürgen Müller-Lüdenscheidt"]);
    expect(juergen.size).toBeLessThan(22);
    const long = fitText("Maximiliane Adelheid Großkreutz-Überlingen von Schönfließ-Öd", fonts.bold, box);
    expect(long.lines).toHaveLength(2);
    expect(long.lines.join(" ").replace("- ", "-")).toBe("Maximiliane Adelheid Großkreutz-Überlingen von Schönfließ-Öd");
    const huge = fitText("X".repeat(200), fonts.bold, box);
    expect(huge.lines).toHaveLength(2);
    expect(huge.lines[1].endsWith("…")).toBe(true);
    for (const fitted of [juergen, long, huge]) for (const line of fitted.lines) expect(fonts.bold.widthOfTextAtSize(line, fitted.size)).toBeLessThanOrEqual(box.width);
    expect(wrapText("Anna - Berta", fonts.regular, 10, 1000)).toEqual(["Anna - Berta"]);
  });
});
