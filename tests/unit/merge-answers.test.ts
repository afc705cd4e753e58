import { describe, expect, it } from "vitest";
import { mergeAnswers, type AnswerValue, type Question } from "@/lib/registrations/rules";

const q = (key: string, type: Question["type"], extra: Partial<Question & { archivedAt: Date | null }> = {}) => ({ key, type, required: false, options: null, archivedAt: null, ...extra });
const QUESTIONS = [
  q("role", "single_choice", { required: true, options: [{ value: "a" }, { value: "b" }] }),
  q("topics", "multiple_choice", { options: [{ value: "x" }, { value: "y" }] }),
  q("note", "short_text"),
  q("photos", "checkbox"),
  q("old", "long_text", { archivedAt: new Date("2027-01-01T00:00:00Z") }),
];
const STORED: Record<string, AnswerValue> = { role: "a", topics: ["x"], note: "Hallo", old: "archiviert" };

type Case = { name: string; sent: Record<string, AnswerValue | null>; answers?: Record<string, AnswerValue>; changed?: string[]; errors: Record<string, string> };

describe("mergeAnswers: an update's answers laid over the stored ones", () => {
  it.each<Case>([
    { name: "nothing sent keeps everything", sent: {}, answers: STORED, changed: [], errors: {} },
    { name: "one answer replaces only that key", sent: { note: " Neu " }, answers: { ...STORED, note: "Neu" }, changed: ["note"], errors: {} },
    { name: "a new answer is added", sent: { photos: true }, answers: { ...STORED, photos: true }, changed: ["photos"], errors: {} },
    { name: "null deletes the key", sent: { topics: null }, answers: { role: "a", note: "Hallo", old: "archiviert" }, changed: ["topics"], errors: {} },
    { name: "an empty answer deletes the key", sent: { note: "" }, answers: { role: "a", topics: ["x"], old: "archiviert" }, changed: ["note"], errors: {} },
    { name: "the same answer again changes nothing", sent: { role: "a" }, answers: STORED, changed: [], errors: {} },
    { name: "an archived answer sent back unchanged is kept", sent: { old: "archiviert" }, answers: STORED, changed: [], errors: {} },
    { name: "an archived answer cannot be changed", sent: { old: "neu" }, answers: STORED, changed: [], errors: { "answers.old": "unknownQuestion" } },
    { name: "an archived answer can be deleted", sent: { old: null }, answers: { role: "a", topics: ["x"], note: "Hallo" }, changed: ["old"], errors: {} },
    { name: "a required answer cannot be deleted", sent: { role: null }, errors: { "answers.role": "required" } },
    { name: "only sent keys are judged", sent: { role: "c" }, errors: { "answers.role": "invalidChoice" } },
    { name: "unknown questions are refused", sent: { nope: "x" }, errors: { "answers.nope": "unknownQuestion" } },
  ])("$name", (c) => {
    const result = mergeAnswers(QUESTIONS, STORED, c.sent);
    expect(result.errors).toEqual(c.errors);
    if (c.answers) expect(result.answers).toEqual(c.answers);
    if (c.changed) expect(result.changed).toEqual(c.changed);
  });

  it("a required question unanswered before must be answered once answers are sent", () => {
    expect(mergeAnswers(QUESTIONS, { note: "x" }, { note: "y" }).errors).toEqual({ "answers.role": "required" });
  });

  it("a stored answer that no longer fits is kept, not judged, when other answers change", () => {
    const result = mergeAnswers(QUESTIONS, { ...STORED, topics: ["gone"] }, { note: "Neu" });
    expect(result.errors).toEqual({});
    expect(result.answers.topics).toEqual(["gone"]);
  });
});
