/**
 * What every PDF Tagung makes shares: pdf-lib with fontkit and the DejaVu Sans fonts shipped in
 * assets/fonts (nothing is downloaded; subsetting keeps files small and text stays selectable),
 * millimetre units and line wrapping that keeps umlauts and long names inside their box.
 */
import fs from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont } from "pdf-lib";

export const MM = 72 / 25.4;
export const mm = (value: number) => value * MM;

const FONT_DIR = path.join(process.cwd(), "assets", "fonts");
const fontFiles = new Map<string, Buffer>();
function fontBytes(file: string): Buffer {
  let bytes = fontFiles.get(file);
  if (!bytes) fontFiles.set(file, (bytes = fs.readFileSync(path.join(FONT_DIR, file))));
  return bytes;
}

export type Fonts = { regular: PDFFont; bold: PDFFont };

export async function newDocument(meta: { title: string; locale: string }): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(meta.title);
  doc.setLanguage(meta.locale === "en" ? "en-GB" : "de-DE");
  doc.setProducer("Tagung");
  doc.setCreator("Tagung");
  const [regular, bold] = await Promise.all([doc.embedFont(fontBytes("DejaVuSans.ttf"), { subset: true }), doc.embedFont(fontBytes("DejaVuSans-Bold.ttf"), { subset: true })]);
  return { doc, fonts: { regular, bold } };
}

const widths = new WeakMap<PDFFont, Map<string, number>>();

/** Width in points; measured once per font and text at 1 pt (width scales with size), as badge runs measure the same names at many sizes. */
export function textWidth(font: PDFFont, text: string, size: number): number {
  let cache = widths.get(font);
  if (!cache) widths.set(font, (cache = new Map()));
  let unit = cache.get(text);
  if (unit === undefined) cache.set(text, (unit = font.widthOfTextAtSize(text, 1)));
  return unit * size;
}

/**
 * Splits text into lines no wider than maxWidth, at spaces and after hyphens inside words
 * ("Müller-" / "Lüdenscheidt"); a single piece wider than that is broken by characters.
 */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const width = (s: string) => textWidth(font, s, size);
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    let lineWidth = 0;
    // Each piece with the glue that joins it to the line before: a space, or nothing after a hyphen.
    const pieces = [...paragraph.matchAll(/(\s*)([^\s-]*-(?=[^\s-])|\S+?(?=\s|$))/g)].map((m) => ({ glue: m[1] ? " " : "", text: m[2] })).filter((p) => p.text);
    for (const piece of pieces) {
      // Widths add up piece by piece (each measured once), not by re-measuring the growing line.
      const candidateWidth = line ? lineWidth + width(piece.glue) + width(piece.text) : width(piece.text);
      if (candidateWidth <= maxWidth) {
        line = line ? `${line}${piece.glue}${piece.text}` : piece.text;
        lineWidth = candidateWidth;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      let rest = piece.text;
      while (width(rest) > maxWidth && rest.length > 1) {
        // The longest head that fits (at least one character), by bisection.
        let low = 1;
        let high = rest.length - 1;
        while (low < high) {
          const mid = Math.ceil((low + high) / 2);
          if (width(rest.slice(0, mid)) <= maxWidth) low = mid;
          else high = mid - 1;
        }
        lines.push(rest.slice(0, low));
        rest = rest.slice(low);
      }
      line = rest;
      lineWidth = width(rest);
    }
    lines.push(line);
  }
  return lines;
}

/** The text cut to fit maxWidth, ending in "…" when cut. */
export function ellipsize(text: string, font: PDFFont, size: number, maxWidth: number): string {
  if (textWidth(font, text, size) <= maxWidth) return text;
  let end = text.length;
  while (end > 0 && textWidth(font, `${text.slice(0, end).trimEnd()}…`, size) > maxWidth) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

export type FittedText = { size: number; lines: string[] };

/**
 * A name as large as it fits: one line from `max` down to `min` points, else two lines from `max`
 * down to `floor` (broken at spaces or hyphens where possible), else two lines at `floor` with the
 * second cut with "…". Nothing ever runs outside the box.
 */
export function fitText(text: string, font: PDFFont, box: { width: number; max: number; min: number; floor: number; maxLines?: number }): FittedText {
  const maxLines = box.maxLines ?? 2;
  for (let size = box.max; size >= box.min; size -= 0.5) {
    if (textWidth(font, text, size) <= box.width) return { size, lines: [text] };
  }
  for (let size = box.max; size >= box.floor; size -= 0.5) {
    const lines = wrapText(text, font, size, box.width);
    if (lines.length <= maxLines) return { size, lines };
  }
  const lines = wrapText(text, font, box.floor, box.width);
  const head = lines.slice(0, maxLines - 1);
  const tail = lines.slice(maxLines - 1).join(" ");
  return { size: box.floor, lines: [...head, ellipsize(tail, font, box.floor, box.width)] };
}

/** "#1f4e79" → [r, g, b] in 0..1. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
