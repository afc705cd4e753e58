/** Reading PDFs back the way a person's tools do: poppler's pdftotext, pdfinfo and pdftoppm. */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** The PDF's text (reading order), whitespace runs collapsed to one space. */
export function pdfText(pdf: Uint8Array): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: Buffer.from(pdf) }).toString("utf8").replace(/\s+/g, " ");
}

/** Page count and the first page's size in points. */
export function pdfInfo(pdf: Uint8Array): { pages: number; width: number; height: number } {
  const out = execFileSync("pdfinfo", ["-"], { input: Buffer.from(pdf) }).toString("utf8");
  const pages = Number(/Pages:\s+(\d+)/.exec(out)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(out);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** Every word with its box (points from the page's top left), per page. */
export function pdfWords(pdf: Uint8Array): { page: number; text: string; xMin: number; xMax: number; yMin: number; yMax: number }[] {
  const html = execFileSync("pdftotext", ["-bbox", "-enc", "UTF-8", "-", "-"], { input: Buffer.from(pdf) }).toString("utf8");
  const words: ReturnType<typeof pdfWords> = [];
  let page = 0;
  for (const line of html.split("\n")) {
    if (line.includes("<page ")) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5].replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"') });
  }
  return words;
}

/**
 * One page rendered by poppler at 254 dpi (10 pixels per millimetre): `pixel(x, y)` gives the grey
 * value (0 black … 255 white), or with `colour` the [r, g, b] of the pixel at x, y from the top left.
 */
export function rasterise(pdf: Uint8Array, options: { page?: number; colour?: boolean } = {}): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pdf-raster-"));
  const page = String(options.page ?? 1);
  try {
    fs.writeFileSync(path.join(dir, "p.pdf"), pdf);
    execFileSync("pdftoppm", [...(options.colour ? [] : ["-gray"]), "-r", "254", "-f", page, "-l", page, "-singlefile", path.join(dir, "p.pdf"), path.join(dir, "p")]);
    const data = fs.readFileSync(path.join(dir, options.colour ? "p.ppm" : "p.pgm"));
    // Binary PGM/PPM: "P5"/"P6", width, height, maxval, then one (or three) bytes per pixel.
    const header = /^P[56]\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString("latin1"))!;
    const offset = header[0].length;
    const width = Number(header[1]);
    const channels = options.colour ? 3 : 1;
    return {
      width,
      height: Number(header[2]),
      pixel: (x, y) => {
        const at = offset + (Math.round(y) * width + Math.round(x)) * channels;
        return [...data.subarray(at, at + channels)];
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
