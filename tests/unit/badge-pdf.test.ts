import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { renderBadges } from "@/lib/badges/badge-pdf";
import { hostColour, inkOn } from "@/lib/pdf/host-colour";
import { rasterise } from "../helpers/pdf";

describe("badge PDF", () => {
  it("draws the check-in code as a QR code a scanner reads: every module where the code puts it", async () => {
    const code = "K7XQ2M9P";
    const pdf = await renderBadges({ layout: "single", locale: "de", conference: { title: "Testkonferenz", dates: "11. März 2027" }, colour: "#1f4e79", labels: { title: "Namensschilder", empty: "–" }, badges: [{ name: "Jürgen Müller-Lüdenscheidt", organisation: null, checkInCode: code }] });
    const image = rasterise(pdf);
    expect(Math.abs(image.width - 900)).toBeLessThanOrEqual(1);
    const { modules } = QRCode.create(code, { errorCorrectionLevel: "M" });
    // The QR box: 17 mm square, 5 mm from the right edge, 3.5 mm above the bottom (badge 90 × 55 mm).
    const left = (90 - 5 - 17) * 10;
    const top = (55 - 3.5 - 17) * 10;
    const unit = 170 / (modules.size + 2);
    const mismatches: string[] = [];
    for (let row = -1; row <= modules.size; row++) {
      for (let col = -1; col <= modules.size; col++) {
        // Row and column -1 / size are the quiet zone: light.
        const expected = row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col) === 1;
        const dark = image.pixel(left + (col + 1.5) * unit, top + (row + 1.5) * unit)[0] < 128;
        if (dark !== expected) mismatches.push(`${row},${col}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("the A4 sheet has cut marks in the margin along every cut line, clear of the badges", async () => {
    const badges = Array.from({ length: 10 }, (_, i) => ({ name: `Person ${i}`, organisation: null, checkInCode: `CODE${i}` }));
    const image = rasterise(await renderBadges({ layout: "sheet", locale: "de", conference: { title: "Testkonferenz", dates: "11. März 2027" }, colour: "#1f4e79", labels: { title: "Namensschilder", empty: "–" }, badges }));
    expect(Math.abs(image.width - 2100)).toBeLessThanOrEqual(1);
    // Darkest pixel within 2 px of a point (the 0.5 pt lines are under 2 px wide): in millimetres from the top left.
    const ink = (xMm: number, yMm: number) => {
      let min = 255;
      for (let dx = -2; dx <= 2; dx++) for (let dy = -2; dy <= 2; dy++) min = Math.min(min, image.pixel(xMm * 10 + dx, yMm * 10 + dy)[0]);
      return min;
    };
    // The grid: 2 × 5 badges of 90 × 55 mm, 15 mm from the left, 11 mm from the top.
    const columns = [15, 105, 195];
    const rows = [11, 66, 121, 176, 231, 286];
    const missing: string[] = [];
    const onBadge: string[] = [];
    for (const x of columns) {
      // Marks from 2 to 7 mm beyond the grid's top and bottom edge; the 2 mm gap stays blank.
      for (const [mark, gap] of [[11 - 4.5, 11 - 1], [286 + 4.5, 286 + 1]]) {
        if (ink(x, mark) > 100) missing.push(`vertical ${x}/${mark}`);
        if (ink(x, gap) < 200) onBadge.push(`vertical ${x}/${gap}`);
      }
    }
    for (const y of rows) {
      for (const [mark, gap] of [[15 - 4.5, 15 - 1], [195 + 4.5, 195 + 1]]) {
        if (ink(mark, y) > 100) missing.push(`horizontal ${mark}/${y}`);
        if (ink(gap, y) < 200) onBadge.push(`horizontal ${gap}/${y}`);
      }
    }
    expect(missing).toEqual([]);
    expect(onBadge).toEqual([]);
    // Nothing in the page's outer 3 mm (printers' unprintable edge).
    for (const [x, y] of [[1.5, 11], [208.5, 66], [105, 1.5], [15, 295.5]]) expect(ink(x, y), `${x}/${y}`).toBeGreaterThan(200);
  });

  it("the band takes the host's chosen colour, with text that contrasts: white on dark, near-black on light", async () => {
    expect(hostColour({ slug: "bismit", colour: "#ffdd00" })).toBe("#ffdd00");
    expect(hostColour({ slug: "bismit", colour: null })).toBe(hostColour({ slug: "bismit" }));
    expect(inkOn("#1f4e79")).toBe("#ffffff");
    expect(inkOn("#ffdd00")).toBe("#1a1a1f");
    for (const [colour, rgb] of [["#ffdd00", [255, 221, 0]], ["#1f4e79", [31, 78, 121]]] as const) {
      const image = rasterise(await renderBadges({ layout: "single", locale: "de", conference: { title: "Mitteldeutsche Bildungskonferenz", dates: "11. März 2027" }, colour, labels: { title: "Namensschilder", empty: "–" }, badges: [{ name: "Jörg Öztürk", organisation: null, checkInCode: "K7XQ2M9P" }] }), { colour: true });
      // The band's right end (no text there) is the colour itself.
      image.pixel(860, 50).forEach((c, i) => expect(Math.abs(c - rgb[i]), colour).toBeLessThanOrEqual(2));
      // The conference's title in the band (5 mm from the left, 10 mm high): its strokes are the contrasting ink.
      const luminances: number[] = [];
      for (let x = 50; x < 400; x += 2) for (let y = 20; y < 80; y += 2) luminances.push(image.pixel(x, y).reduce((a, b) => a + b, 0) / 3);
      if (colour === "#ffdd00") expect(Math.min(...luminances)).toBeLessThan(60);
      else expect(Math.max(...luminances)).toBeGreaterThan(230);
    }
  });
});
