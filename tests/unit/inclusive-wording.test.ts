/**
 * Issue 14 §5: German texts address and name people inclusively ("Teilnehmende", "Veranstaltende",
 * "Inhaber*innen"), never in the generic masculine ("Kein Teilnehmer", "an die Veranstalter").
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "@/i18n/messages";

function flatten(value: unknown, prefix: string): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => flatten(v, `${prefix}.${k}`));
  return [];
}

const messages = NAMESPACES.flatMap((ns) => flatten(JSON.parse(fs.readFileSync(`messages/de/${ns}.json`, "utf8")), ns));

/** A masculine person noun, with any ending, unless the inclusive form follows (*innen, :innen, -innen, In). */
const MASCULINE = /\b(Teilnehmer|Veranstalter|Referent|Benutzer|Nutzer|Inhaber|Mitarbeiter|Besucher|Redakteur|Organisator|Administrator|Sprecher)(?![*:_]in|-?innen|in\b)[a-zäöüß]*/g;

/**
 * Where the word is right: a host (an organisation, "der Träger") has the role "Veranstalter",
 * like a company; and the workspace's established name, a compound that names a place, not people.
 */
const ALLOWED: Record<string, RegExp> = {
  "certificates.pdf.roles.organiser": /^Veranstalter$/,
  "organiser.audit.values.role.organiser": /^Veranstalter$/,
  "public.conference.hosts": /^Veranstalter$/,
  "public.conference.hostsHeading": /^Veranstalter$/,
  "public.roles.organiser": /^Veranstalter$/,
  "settings.hosts.roles.organiser": /^Veranstalter$/,
  "settings.hosts.intro": /^(Veranstalter|Mitveranstalter)$/,
  "settings.new.hostHint": /^Veranstalter$/,
  "settings.fieldErrors.lastOrganiser": /^Veranstalter$/,
  "badges.section.intro": /^Veranstalters$/,
  // The paired form: "Plattform-Administratorinnen und -Administratoren".
  "privacy.operator.intro": /^Administratoren$/,
};
const COMPOUNDS = /^Veranstalterbereich$/;

describe("German messages use inclusive wording", () => {
  it("checks every message", () => {
    expect(messages.length).toBeGreaterThan(500);
  });

  it.each(messages)("%s", (key, text) => {
    const found = [...text.matchAll(MASCULINE)].map((m) => m[0]).filter((word) => !COMPOUNDS.test(word) && !ALLOWED[key]?.test(word));
    expect(found, text).toEqual([]);
  });

  it("the pattern catches the generic masculine and lets inclusive forms pass", () => {
    const hits = (text: string) => [...text.matchAll(MASCULINE)].map((m) => m[0]);
    expect(hits("Kein Teilnehmer mit diesem Code, an die Veranstalter, Nur Inhaber des Trägers")).toEqual(["Teilnehmer", "Veranstalter", "Inhaber"]);
    expect(hits("Teilnehmende, Teilnehmer*innen, Teilnehmer:innen, Inhaber*in, Referentinnen, Veranstaltende")).toEqual([]);
  });

  it("the check-in's unknown code says what German says: no registration, not no attendee", () => {
    const de = JSON.parse(fs.readFileSync("messages/de/organiser.json", "utf8")).checkIn.errors.unknown;
    const en = JSON.parse(fs.readFileSync("messages/en/organiser.json", "utf8")).checkIn.errors.unknown;
    expect(de).toBe("Keine Anmeldung mit diesem Code.");
    expect(en).toBe("No registration with this code.");
  });
});
