/** Reading PDFs back the way a person's tools do: poppler's pdftotext and pdfinfo. */
import { execFileSync } from "node:child_process";

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
