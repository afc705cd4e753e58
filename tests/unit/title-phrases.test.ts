import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "@/i18n/messages";
import { getTranslator } from "@/lib/i18n-server";
import { conferenceDetailsInput } from "@/lib/conferences/schema";
import { conferenceTitleValues, isDativeTitle, titleAfterZu } from "@/lib/conferences/title-phrases";

describe("a conference's title in a German sentence", () => {
  it.each([
    ["Mitteldeutsche Bildungskonferenz", "der Mitteldeutschen Bildungskonferenz", "zur Mitteldeutschen Bildungskonferenz"],
    ["Digitaltag Leipzig", "dem Digitaltag Leipzig", "zum Digitaltag Leipzig"],
    ["Hochschultage 2027", "den Hochschultagen 2027", "zu den Hochschultagen 2027"],
    ["Forum Weiterbildung", "  dem   Forum Weiterbildung ", "zum Forum Weiterbildung"],
  ])("%s with its dative “%s” reads “%s”", (title, titleDative, expected) => {
    expect(titleAfterZu({ title, titleDative })).toBe(expected);
  });

  it("quotes a title without a dative form after a neutral noun, which never needs declension", () => {
    expect(titleAfterZu({ title: "re:publica 27", titleDative: null })).toBe("zur Veranstaltung „re:publica 27“");
    expect(titleAfterZu({ title: "Mitteldeutsche Bildungskonferenz" })).toBe("zur Veranstaltung „Mitteldeutsche Bildungskonferenz“");
    // Stored before validation or typed without article: the safe fallback, never "zu Mitteldeutschen …".
    expect(titleAfterZu({ title: "X", titleDative: "Mitteldeutschen Bildungskonferenz" })).toBe("zur Veranstaltung „X“");
    expect(conferenceTitleValues({ title: "X", titleDative: "der Y" })).toEqual({ conference: "X", toConference: "zur Y" });
  });

  it("accepts only a dative article at the start", () => {
    expect(isDativeTitle("der Mitteldeutschen Bildungskonferenz")).toBe(true);
    expect(isDativeTitle("die Mitteldeutsche Bildungskonferenz")).toBe(false);
    expect(isDativeTitle("zur Mitteldeutschen Bildungskonferenz")).toBe(false);
    expect(isDativeTitle("der")).toBe(false);
  });

  it("is checked in the conference's details: optional, but with a dative article when given", () => {
    const base = { title: "T", slug: "tagung-2027", venueName: "V", venueAddress: "A", timeZone: "Europe/Berlin", firstDay: "2027-03-04", lastDay: "2027-03-05" };
    expect(conferenceDetailsInput.parse(base).titleDative).toBeNull();
    expect(conferenceDetailsInput.parse({ ...base, titleDative: "  dem Digitaltag " }).titleDative).toBe("dem Digitaltag");
    const bad = conferenceDetailsInput.safeParse({ ...base, titleDative: "die Tagung" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ["titleDative"], message: "dativeArticle" });
  });
});

describe("German emails decline the conference's title", () => {
  const conference = {
    slug: "bk-2027",
    title: "Mitteldeutsche Bildungskonferenz 2027",
    startsAt: "2027-03-04T08:00:00.000Z",
    endsAt: "2027-03-05T15:30:00.000Z",
    timeZone: "Europe/Berlin",
    venueName: "Stadthalle Merseburg",
    venueAddress: "Oberaltenburg 1, 06217 Merseburg",
    hosts: ["Netzwerkbüro BiSMit"],
    url: "http://localhost:3000/conferences/bk-2027",
  };
  const payload = (titleDative: string | null) => ({ conference: { ...conference, titleDative }, attendeeName: "Jörg", manageUrl: "http://localhost:3000/manage/tok", status: "confirmed", sessions: [], checkInCode: "ABCD234567" });
  const render = async (kind: string, p: unknown, locale = "de") => {
    const { renderEmail } = await import("@/lib/mail/render");
    return renderEmail({ kind, toAddress: "j@example.org", toName: "Jörg", locale, payload: p, messageId: "<m@x>" });
  };

  it("with the organiser's dative: “Anmeldung zur Mitteldeutschen Bildungskonferenz 2027”", async () => {
    expect((await render("registration-received", payload("der Mitteldeutschen Bildungskonferenz 2027"))).text).toContain("vielen Dank für Ihre Anmeldung zur Mitteldeutschen Bildungskonferenz 2027.");
    expect((await render("registration-cancelled", payload("der Mitteldeutschen Bildungskonferenz 2027"))).text).toContain("Ihre Anmeldung zur Mitteldeutschen Bildungskonferenz 2027 ist storniert.");
  });

  it("without it, or in a row queued before it existed: the quoted title, never “zur Mitteldeutsche …”", async () => {
    const text = String((await render("registration-received", payload(null))).text);
    expect(text).toContain("Anmeldung zur Veranstaltung „Mitteldeutsche Bildungskonferenz 2027“.");
    const legacy = { ...payload(null), conference };
    expect(String((await render("manage-link", legacy)).text)).toContain("zu Ihrer Anmeldung zur Veranstaltung „Mitteldeutsche Bildungskonferenz 2027“ angefordert");
    expect(text).not.toMatch(/zur Mitteldeutsche /);
  });

  it("the reminder and the thank-you mail decline it too", async () => {
    const dative = payload("der Mitteldeutschen Bildungskonferenz 2027");
    const reminder = { ...dative, status: "confirmed", directionsUrl: "https://www.openstreetmap.org/search?query=x" };
    expect(String((await render("reminder", reminder)).text)).toContain("Ihr Programm zur Mitteldeutschen Bildungskonferenz 2027,");
    expect(String((await render("reminder", { ...reminder, status: "waitlisted", waitlistPosition: 2 })).text)).toContain("Auf der Warteliste zur Mitteldeutschen Bildungskonferenz 2027 stehen Sie weiterhin auf Platz 2");
    const thanks = await render("thank-you", { ...dative, feedbackUrl: "http://localhost:3000/manage/tok#feedback" });
    expect(String(thanks.text)).toContain("dass Sie zur Mitteldeutschen Bildungskonferenz 2027 gekommen sind!");
    expect(thanks.subject).toBe("Danke für Ihre Teilnahme: Mitteldeutsche Bildungskonferenz 2027");
  });

  it("English keeps the plain title", async () => {
    expect(String((await render("registration-received", payload("der Mitteldeutschen Bildungskonferenz 2027"), "en")).text)).toContain("Mitteldeutsche Bildungskonferenz 2027");
  });
});

describe("every German message that names the conference declines its title", () => {
  const TITLE = "Mitteldeutsche Bildungskonferenz";
  const values = { ...conferenceTitleValues({ title: TITLE, titleDative: `der Mitteldeutschen Bildungskonferenz` }) };
  // A plain (nominative) title after a preposition or an article is the mistake: "Teilnahme an Mitteldeutsche …".
  const wrong = /\b(an|am|auf|aus|bei|beim|für|in|im|mit|nach|über|um|von|vom|zu|zur|zum|der|die|das|dem|den|des|ein|eine|einer)\s+Mitteldeutsche\b/i;

  function flatten(value: unknown, prefix: string): [string, string][] {
    if (typeof value === "string") return [[prefix, value]];
    if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => flatten(v, `${prefix}.${k}`));
    return [];
  }
  const rows = NAMESPACES.flatMap((ns) => flatten(JSON.parse(fs.readFileSync(`messages/de/${ns}.json`, "utf8")), ns)).filter(([, text]) => /\{(conference|toConference)[},]/.test(text));

  /** A value for every other argument of the message (plural and number arguments get a number). */
  function sampleValues(text: string): Record<string, string | number | Date> {
    const out: Record<string, string | number | Date> = {};
    for (const [, name, type] of text.matchAll(/\{(\w+)(?:\s*,\s*(\w+))?/g)) {
      out[name] = type === "plural" || type === "selectordinal" || type === "number" ? 2 : type === "date" || type === "time" ? new Date(0) : type === "select" ? "other" : "X";
    }
    return { ...out, ...values };
  }

  it("finds the messages to check", () => {
    expect(rows.map(([key]) => key)).toEqual(expect.arrayContaining(["dayOf.thankYouMail.subject", "dayOf.thankYouMail.intro", "dayOf.reminderMail.intro", "dayOf.reminderMail.subjectWaitlisted", "mail.registrationReceived.confirmed"]));
  });

  it.each(rows)("%s", async (key, text) => {
    const t = await getTranslator("de");
    // Quoted titles („…“) follow a noun and need no declension.
    // Headings mark the title with a tag (<title>…</title>, for its lang attribute): rendered as plain text here.
    const tags = Object.fromEntries([...text.matchAll(/<(\w+)>/g)].map(([, tag]) => [tag, (chunks: string) => chunks]));
    const rendered = (Object.keys(tags).length ? (t as unknown as { markup: (key: string, values: object) => string }).markup(key, { ...sampleValues(text), ...tags }) : t(key, sampleValues(text))).replace(/„[^“]*“/g, "„…“");
    expect(rendered).not.toMatch(wrong);
    expect(rendered).not.toContain("{");
  });
});
