import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { renderBadges } from "@/lib/badges/badge-pdf";

/** The page rendered by poppler as a greyscale bitmap at 10 pixels per millimetre. */
function rasterise(pdf: Uint8Array): { width: number; height: number; pixel: (x: number, y: number) => number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "badge-"));
  try {
    fs.writeFileSync(path.join(dir, "b.pdf"), pdf);
    execFileSync("pdftoppm", ["-gray", "-r", "254", "-f", "1", "-l", "1", "-singlefile", path.join(dir, "b.pdf"), path.join(dir, "b")]);
    const data = fs.readFileSync(path.join(dir, "b.pgm"));
    // Binary PGM: "P5", width, height, maxval, then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString("latin1"))!;
    const offset = header[0].length;
    const width = Number(header[1]);
    return { width, height: Number(header[2]), pixel: (x, y) => data[offset + Math.round(y) * width + Math.round(x)] };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

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
        const dark = image.pixel(left + (col + 1.5) * unit, top + (row + 1.5) * unit) < 128;
        if (dark !== expected) mismatches.push(`${row},${col}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
