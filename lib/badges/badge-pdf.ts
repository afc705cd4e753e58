/**
 * Name badges as a print-ready PDF. "sheet": A4 portrait with ten 90 × 55 mm badges (2 × 5, the
 * size of common badge inserts and business-card sheets), no gaps, with cut marks in the margins;
 * "single": one badge per page, the page the size of the badge, for badge printers. Each badge:
 * a band in the host's colour with the conference, the name as large as it fits (shrunk, then
 * wrapped to two lines), the organisation, the date and the check-in code as QR code and text.
 */
import { rgb, type PDFPage } from "pdf-lib";
import { ellipsize, fitText, hexToRgb, mm, newDocument, type Fonts } from "../pdf/document";
import { inkOn } from "../pdf/host-colour";
import { drawQrCode } from "../pdf/qr";

export type BadgeLayout = "sheet" | "single";

export type Badge = { name: string; organisation: string | null; checkInCode: string };

export type BadgeSheet = {
  layout: BadgeLayout;
  locale: string;
  conference: { title: string; dates: string };
  /** Band colour, "#rrggbb". */
  colour: string;
  /** "Name badges" and the note printed when the selection is empty, in the organiser's language. */
  labels: { title: string; empty: string };
  badges: Badge[];
};

export const BADGE = { width: mm(90), height: mm(55) };
const A4 = { width: mm(210), height: mm(297) };
const GRID = { columns: 2, rows: 5 };
const SHEET_LEFT = (A4.width - GRID.columns * BADGE.width) / 2;
const SHEET_BOTTOM = (A4.height - GRID.rows * BADGE.height) / 2;
export const BADGES_PER_SHEET = GRID.columns * GRID.rows;

const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.35, 0.35, 0.4);

export async function renderBadges(sheet: BadgeSheet): Promise<Uint8Array> {
  const { doc, fonts } = await newDocument({ title: `${sheet.labels.title} – ${sheet.conference.title}`, locale: sheet.locale });
  if (!sheet.badges.length) {
    const page = sheet.layout === "single" ? doc.addPage([BADGE.width, BADGE.height]) : doc.addPage([A4.width, A4.height]);
    page.drawText(sheet.labels.empty, { x: mm(8), y: page.getHeight() - mm(15), size: 10, font: fonts.regular, color: INK });
    return doc.save();
  }
  let page: PDFPage | null = null;
  sheet.badges.forEach((badge, index) => {
    if (sheet.layout === "single") {
      page = doc.addPage([BADGE.width, BADGE.height]);
      drawBadge(page, fonts, sheet, badge, 0, 0);
      return;
    }
    const slot = index % BADGES_PER_SHEET;
    if (slot === 0) {
      page = doc.addPage([A4.width, A4.height]);
      drawCutMarks(page);
    }
    const column = slot % GRID.columns;
    const row = Math.floor(slot / GRID.columns);
    drawBadge(page!, fonts, sheet, badge, SHEET_LEFT + column * BADGE.width, SHEET_BOTTOM + (GRID.rows - 1 - row) * BADGE.height);
  });
  return doc.save();
}

/** Short lines in the margin along every cut, clear of the badges (a slightly-off cut leaves no mark on them). */
function drawCutMarks(page: PDFPage) {
  const gap = mm(2);
  const length = mm(5);
  const style = { thickness: 0.5, color: rgb(0, 0, 0) };
  const top = SHEET_BOTTOM + GRID.rows * BADGE.height;
  const right = SHEET_LEFT + GRID.columns * BADGE.width;
  for (let c = 0; c <= GRID.columns; c++) {
    const x = SHEET_LEFT + c * BADGE.width;
    page.drawLine({ start: { x, y: top + gap }, end: { x, y: top + gap + length }, ...style });
    page.drawLine({ start: { x, y: SHEET_BOTTOM - gap }, end: { x, y: SHEET_BOTTOM - gap - length }, ...style });
  }
  for (let r = 0; r <= GRID.rows; r++) {
    const y = SHEET_BOTTOM + r * BADGE.height;
    page.drawLine({ start: { x: SHEET_LEFT - gap, y }, end: { x: SHEET_LEFT - gap - length, y }, ...style });
    page.drawLine({ start: { x: right + gap, y }, end: { x: right + gap + length, y }, ...style });
  }
}

function drawBadge(page: PDFPage, fonts: Fonts, sheet: BadgeSheet, badge: Badge, x: number, y: number) {
  const pad = mm(5);
  const band = mm(10);
  const inner = BADGE.width - 2 * pad;
  // A thin frame shows the badge's edge on the sheet (and where a badge printer's card ends).
  page.drawRectangle({ x, y, width: BADGE.width, height: BADGE.height, borderColor: rgb(0.8, 0.8, 0.82), borderWidth: 0.4 });
  page.drawRectangle({ x, y: y + BADGE.height - band, width: BADGE.width, height: band, color: rgb(...hexToRgb(sheet.colour)) });
  const bandText = ellipsize(sheet.conference.title, fonts.bold, 8.5, inner);
  page.drawText(bandText, { x: x + pad, y: y + BADGE.height - band + (band - 8.5 * 0.72) / 2, size: 8.5, font: fonts.bold, color: rgb(...hexToRgb(inkOn(sheet.colour))) });

  const name = fitText(badge.name, fonts.bold, { width: inner, max: 22, min: 14, floor: 11 });
  let cursor = y + BADGE.height - band - mm(4);
  const lineHeight = name.size * 1.15;
  for (const line of name.lines) {
    cursor -= name.size * 0.9;
    page.drawText(line, { x: x + pad, y: cursor, size: name.size, font: fonts.bold, color: INK });
    cursor -= lineHeight - name.size * 0.9;
  }
  const qrSize = mm(17);
  if (badge.organisation) {
    // Beside the QR code's column, so a two-line organisation never runs into it.
    const organisation = fitText(badge.organisation, fonts.regular, { width: inner - qrSize - mm(2), max: 10, min: 8, floor: 7.5 });
    cursor -= mm(1);
    for (const line of organisation.lines) {
      cursor -= organisation.size;
      page.drawText(line, { x: x + pad, y: cursor, size: organisation.size, font: fonts.regular, color: MUTED });
      cursor -= organisation.size * 0.25;
    }
  }
  drawQrCode(page, badge.checkInCode, { x: x + BADGE.width - pad - qrSize, y: y + mm(3.5), size: qrSize });
  // The code under the date in text, so the desk can type it when a scanner fails.
  page.drawText(ellipsize(sheet.conference.dates, fonts.regular, 7.5, inner - qrSize - mm(2)), { x: x + pad, y: y + mm(8), size: 7.5, font: fonts.regular, color: MUTED });
  page.drawText(badge.checkInCode, { x: x + pad, y: y + mm(4), size: 7.5, font: fonts.regular, color: MUTED });
}
