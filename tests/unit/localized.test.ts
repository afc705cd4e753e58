import { describe, expect, it } from "vitest";
import { langAttribute, localizedText, pickLocalized, pickOptionalLocalized } from "@/lib/localized";
import { prefersEnglish } from "@/lib/locale-preference";

describe("picking the English or German text", () => {
  it("gives German readers the German text, whatever English exists", () => {
    expect(pickLocalized("Eröffnung", "Opening", "de")).toEqual({ text: "Eröffnung", lang: "de", fallback: false });
  });

  it("gives English readers the English text when one is entered", () => {
    expect(pickLocalized("Eröffnung", "Opening", "en")).toEqual({ text: "Opening", lang: "en", fallback: false });
  });

  it.each([null, undefined, "", "   "])("falls back to German, marked as German, when the English text is %j", (en) => {
    expect(pickLocalized("Eröffnung", en, "en")).toEqual({ text: "Eröffnung", lang: "de", fallback: true });
  });

  it("treats the base text of an English-language session as English, not as a fallback", () => {
    expect(pickLocalized("Lifelong learning", null, "en", "en")).toEqual({ text: "Lifelong learning", lang: "en", fallback: false });
    expect(pickLocalized("Lifelong learning", null, "de", "en")).toEqual({ text: "Lifelong learning", lang: "en", fallback: false });
  });

  it("optional texts: none when neither language has one, the English one even without a German one", () => {
    expect(pickOptionalLocalized(null, null, "en")).toBeNull();
    expect(pickOptionalLocalized("", "Ground floor", "de")).toBeNull();
    expect(pickOptionalLocalized("", "Ground floor", "en")).toEqual({ text: "Ground floor", lang: "en", fallback: false });
    expect(pickOptionalLocalized("Erdgeschoss", " ", "en")).toEqual({ text: "Erdgeschoss", lang: "de", fallback: true });
  });

  it("marks a text with lang only when it differs from the page's language", () => {
    expect(langAttribute(pickLocalized("Eröffnung", null, "en"), "en")).toBe("de");
    expect(langAttribute(pickLocalized("Eröffnung", "Opening", "en"), "en")).toBeUndefined();
    expect(langAttribute(pickLocalized("Eröffnung", "Opening", "de"), "de")).toBeUndefined();
    expect(localizedText("Eröffnung", "Opening", "en")).toBe("Opening");
  });
});

describe("offering the English site", () => {
  it.each([
    [["en-US", "en"], true],
    [["en-GB", "de-DE"], true],
    [["de-DE", "en-US"], false],
    [["fr-FR", "en"], true],
    [["fr-FR", "pl"], false],
    [[], false],
    [["EN_us"], true],
  ])("%j prefers English: %s", (languages, expected) => {
    expect(prefersEnglish(languages)).toBe(expected);
  });
});
