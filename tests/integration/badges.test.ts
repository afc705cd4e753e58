import { beforeAll, describe, expect, it } from "vitest";
import { printBadges } from "@/lib/badges/print-badges";
import { badgeQuerySchema } from "@/lib/badges/schema";
import { db } from "@/lib/db";
import { hostColour } from "@/lib/pdf/host-colour";
import { registerAttendee } from "../helpers/register";
import { createConference, createHost, uniq } from "../helpers/fixtures";
import { pdfInfo, pdfText, pdfWords, rasterise } from "../helpers/pdf";

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

const JUERGEN = "Jürgen Müller-Lüdenscheidt";
/** 60 characters: must shrink and wrap, never run off the badge. */
const LONG = "Maximiliane Adelheid Großkreutz-Überlingen von Schönfließ-Öd";
const MM = 72 / 25.4;

async function setup() {
  const { conference, host } = await createConference({ capacity: 20 });
  const owner = await db.user.create({ data: { email: `${uniq("owner")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
  const register = async (name: string, organisation?: string) => {
    const result = await registerAttendee({ conferenceSlug: conference.slug, input: { name, email: `${uniq("p")}@example.org`, organisation, consent: true } });
    return db.registration.findUniqueOrThrow({ where: { id: result.registration.id } });
  };
  return { conference, host, owner, register };
}

const print = (conferenceId: string, userId: string, query: Record<string, string> = {}, now?: Date) =>
  printBadges({ input: badgeQuerySchema.parse({ conferenceId, ...query }), actor: { userId }, now });

describe("name badges", () => {
  it("an A4 sheet holds ten badges of all confirmed attendees: umlauts, organisation and check-in code as text, cancelled people left out", async () => {
    const { conference, owner, register } = await setup();
    const juergen = await register(JUERGEN, "Landesamt für Schule und Bildung Sachsen");
    const long = await register(LONG);
    for (let i = 0; i < 9; i++) await register(`Person ${i} ${uniq("B")}`);
    const gone = await register("Clara Storniert");
    await db.registration.update({ where: { id: gone.id }, data: { status: "cancelled", cancelledAt: new Date() } });

    const result = await print(conference.id, owner.id);
    expect(result.count).toBe(11);
    const info = pdfInfo(result.pdf);
    expect(info.pages).toBe(2);
    expect(info.width).toBeCloseTo(210 * MM, 0);
    expect(info.height).toBeCloseTo(297 * MM, 0);
    const text = pdfText(result.pdf);
    expect(text).toContain(JUERGEN);
    expect(text).toContain("Landesamt für Schule und Bildung Sachsen");
    expect(text).toContain(juergen.checkInCode);
    expect(text).toContain(long.checkInCode);
    // pdftotext joins a name wrapped after its hyphen ("Großkreutz-" / "Überlingen"), so look for the parts.
    for (const part of LONG.split(/[\s-]+/)) expect(text).toContain(part);
    expect(text).not.toContain("Clara Storniert");
    expect(text).toContain("Testkonferenz");
    // Every word inside its own badge (90 × 55 mm, the grid 15 mm from the left and 11 mm from the
    // top), at least 4 mm from its left and right edge: long names shrink and wrap on the sheet too.
    const outside: string[] = [];
    for (const w of pdfWords(result.pdf)) {
      const column = Math.floor(((w.xMin + w.xMax) / 2 / MM - 15) / 90);
      const row = Math.floor(((w.yMin + w.yMax) / 2 / MM - 11) / 55);
      const left = (15 + column * 90) * MM;
      const top = (11 + row * 55) * MM;
      if (column < 0 || column > 1 || row < 0 || row > 4) outside.push(`${w.text}: off the grid`);
      else if (w.xMin < left + 4 * MM || w.xMax > left + 86 * MM || w.yMin < top || w.yMax > top + 55 * MM) outside.push(`${w.text}: ${w.xMin.toFixed(1)}–${w.xMax.toFixed(1)} / ${w.yMin.toFixed(1)}–${w.yMax.toFixed(1)}`);
    }
    expect(outside).toEqual([]);
    // The 60-character name over exactly two lines of one badge.
    const longWords = pdfWords(result.pdf).filter((w) => LONG.split(" ").includes(w.text));
    expect(longWords.map((w) => w.text)).toEqual(expect.arrayContaining(["Maximiliane", "von"]));
    expect(new Set(longWords.map((w) => Math.round(w.yMin))).size).toBe(2);
    const audit = await db.auditLog.findFirstOrThrow({ where: { conferenceId: conference.id, action: "conference.badges-print" } });
    expect(audit).toMatchObject({ actorUserId: owner.id, after: { count: 11, layout: "sheet" } });
  });

  it("one badge per page for badge printers, the page the badge's size; a 60-character name shrinks and wraps inside it", async () => {
    expect(LONG).toHaveLength(60);
    const { conference, owner, register } = await setup();
    await register(LONG, "Stiftung für außerschulische Bildung und Kultur im ländlichen Raum");
    await register(JUERGEN);
    const result = await print(conference.id, owner.id, { layout: "single" });
    const info = pdfInfo(result.pdf);
    expect(info).toMatchObject({ pages: 2 });
    expect(info.width).toBeCloseTo(90 * MM, 0);
    expect(info.height).toBeCloseTo(55 * MM, 0);
    const words = pdfWords(result.pdf);
    // Everything inside the badge with a margin of at least 4 mm left and right.
    for (const w of words) {
      expect(w.xMin, w.text).toBeGreaterThanOrEqual(4 * MM);
      expect(w.xMax, w.text).toBeLessThanOrEqual(info.width - 4 * MM);
      expect(w.yMax, w.text).toBeLessThanOrEqual(info.height);
    }
    const sorted = [...LONG.split(" ")].sort((a, b) => a.localeCompare(b));
    const longPage = words.filter((w) => w.page === words.find((x) => x.text === "Maximiliane")!.page);
    // The name runs over exactly two lines.
    const nameWords = longPage.filter((w) => sorted.includes(w.text));
    expect(new Set(nameWords.map((w) => Math.round(w.yMin))).size).toBe(2);
    expect(pdfText(result.pdf)).toContain(JUERGEN);
  });

  it("the band is in the organising host's own colour when it has one, else the colour derived from its slug", async () => {
    const { conference, host, owner, register } = await setup();
    await register(JUERGEN);
    const bandAt = async () => rasterise((await print(conference.id, owner.id, { layout: "single" })).pdf, { colour: true }).pixel(860, 50);
    const derived = hostColour({ slug: host.slug });
    const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    const near = (actual: number[], hex: string) => actual.every((c, i) => Math.abs(c - rgb(hex)[i]) <= 2);
    expect(near(await bandAt(), derived), `derived ${derived}`).toBe(true);
    await db.host.update({ where: { id: host.id }, data: { colour: "#e6007e" } });
    expect(await bandAt()).toSatisfy((p: number[]) => near(p, "#e6007e"));
  });

  it("'only new since the last print' prints those never printed; a later registration comes out in the next run, alone", async () => {
    const { conference, owner, register } = await setup();
    await register("Erste Person");
    await register("Zweite Person");
    const first = await print(conference.id, owner.id, { since: "last" }, new Date("2027-01-10T10:00:00Z"));
    expect(first.count).toBe(2);
    const again = await print(conference.id, owner.id, { since: "last" });
    expect(again.count).toBe(0);
    expect(pdfText(again.pdf)).toContain("Keine Namensschilder für diese Auswahl");
    await register("Nachzüglerin Öztürk");
    const next = await print(conference.id, owner.id, { since: "last" });
    expect(next.count).toBe(1);
    const text = pdfText(next.pdf);
    expect(text).toContain("Nachzüglerin Öztürk");
    expect(text).not.toContain("Erste Person");
    // All confirmed is still everyone.
    expect((await print(conference.id, owner.id)).count).toBe(3);
  });

  it("'since' a date or time picks those confirmed from then on (a plain date is midnight in the conference's zone)", async () => {
    const { conference, owner, register } = await setup();
    const early = await register("Frühe Anmeldung");
    const late = await register("Späte Anmeldung");
    await db.registration.update({ where: { id: early.id }, data: { confirmedAt: new Date("2027-02-28T22:59:00Z") } });
    // 23:30 UTC on 28 February is 00:30 on 1 March in Berlin.
    await db.registration.update({ where: { id: late.id }, data: { confirmedAt: new Date("2027-02-28T23:30:00Z") } });
    const byDate = await print(conference.id, owner.id, { since: "2027-03-01" });
    expect(byDate.count).toBe(1);
    expect(pdfText(byDate.pdf)).toContain("Späte Anmeldung");
    const byTime = await print(conference.id, owner.id, { since: "2027-02-28T23:00:00+01:00" });
    expect(byTime.count).toBe(2);
  });

  it("one person by registration id (a reprint); an id from another conference is not found", async () => {
    const { conference, owner, register } = await setup();
    const juergen = await register(JUERGEN);
    await register("Jemand Anderes");
    const one = await print(conference.id, owner.id, { registrationId: juergen.id, layout: "single" });
    expect(one.count).toBe(1);
    const text = pdfText(one.pdf);
    expect(text).toContain(JUERGEN);
    expect(text).not.toContain("Jemand Anderes");
    const other = await setup();
    const stranger = await other.register("Fremde Person");
    await expect(print(conference.id, owner.id, { registrationId: stranger.id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("only the conference's organisers print badges: a viewer and a partner host's owner are refused, an outsider does not see the conference", async () => {
    const { conference, host, register } = await setup();
    await register("Jemand");
    const viewer = await db.user.create({ data: { email: `${uniq("viewer")}@example.org`, memberships: { create: { hostId: host.id, role: "viewer" } } } });
    const partnerHost = await createHost();
    await db.conferenceHost.create({ data: { conferenceId: conference.id, hostId: partnerHost.id, role: "partner", position: 1 } });
    const partner = await db.user.create({ data: { email: `${uniq("partner")}@example.org`, memberships: { create: { hostId: partnerHost.id, role: "owner" } } } });
    const outsider = await db.user.create({ data: { email: `${uniq("out")}@example.org` } });
    await expect(print(conference.id, viewer.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(print(conference.id, partner.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(print(conference.id, outsider.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.registration.count({ where: { conferenceId: conference.id, badgePrintedAt: { not: null } } })).toBe(0);
  });

  it("refuses a 'since' that is neither 'last' nor a date, and an unknown layout, naming the field", () => {
    const bad = badgeQuerySchema.safeParse({ conferenceId: "c1", since: "gestern", layout: "poster" });
    expect(bad.success).toBe(false);
    const fields = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields).toEqual({ since: "invalidSince", layout: "invalidLayout" });
  });
});
