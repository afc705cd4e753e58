/**
 * The attendance certificate (Teilnahmebescheinigung) as an A4 PDF in the attendee's language:
 * who, which conference, when and where, the sessions attended with their times (conference time
 * zone) and the total hours, the hosts, the signatory and the verification address with its code
 * (as text and QR code) on every page. Long session lists continue on further pages.
 */
import { rgb, type PDFPage } from "pdf-lib";
import { formatDateRange, formatDayShort, formatTimeRange } from "../format/datetime";
import { getTranslator, type Locale } from "../i18n-server";
import { hexToRgb, mm, newDocument, wrapText, type Fonts } from "../pdf/document";
import { drawQrCode } from "../pdf/qr";
import { formatHours } from "./format-hours";
import { attendedHours, formatVerificationCode } from "./rules";

export type CertificateContent = {
  locale: Locale;
  name: string;
  organisation: string | null;
  conference: { title: string; startsAt: Date; endsAt: Date; timeZone: string; venueName: string; venueAddress: string };
  hosts: { name: string; role: "organiser" | "co_organiser" | "partner" }[];
  /** The rows; the total is computed from them, so the two always agree. */
  sessions: { title: string; startsAt: Date; endsAt: Date; room: string | null }[];
  signatory: string | null;
  code: string;
  verifyUrl: string;
  issuedAt: Date;
  colour: string;
};

const PAGE = { width: mm(210), height: mm(297) };
const MARGIN = mm(22);
const WIDTH = PAGE.width - 2 * MARGIN;
const FOOTER_TOP = mm(38);
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.35, 0.35, 0.4);
const RULE = rgb(0.78, 0.78, 0.8);

export async function renderCertificate(content: CertificateContent): Promise<Uint8Array> {
  const t = await getTranslator(content.locale);
  const { locale, conference: c } = content;
  const { doc, fonts } = await newDocument({ title: `${t("certificates.pdf.title")} – ${content.name} – ${c.title}`, locale });
  doc.setSubject(c.title);
  const colour = rgb(...hexToRgb(content.colour));
  const hours = attendedHours(content.sessions);
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;

  const newPage = () => {
    page = doc.addPage([PAGE.width, PAGE.height]);
    pages.push(page);
    page.drawRectangle({ x: 0, y: PAGE.height - mm(8), width: PAGE.width, height: mm(8), color: colour });
    y = PAGE.height - mm(8) - MARGIN * 0.8;
  };
  /** Writes wrapped text and moves down; `center` for the title block. */
  const write = (text: string, options: { size: number; bold?: boolean; color?: typeof INK; center?: boolean; gap?: number; width?: number; x?: number }) => {
    const font = options.bold ? fonts.bold : fonts.regular;
    const width = options.width ?? WIDTH;
    for (const line of wrapText(text, font, options.size, width)) {
      y -= options.size * 1.25;
      const lineWidth = font.widthOfTextAtSize(line, options.size);
      const x = options.center ? (PAGE.width - lineWidth) / 2 : (options.x ?? MARGIN);
      page.drawText(line, { x, y, size: options.size, font, color: options.color ?? INK });
    }
    y -= options.gap ?? 0;
  };

  newPage();
  const hostLine = content.hosts.map((h) => h.name).join(" · ");
  write(hostLine, { size: 9, color: MUTED, center: true, gap: mm(12) });
  write(t("certificates.pdf.title"), { size: 26, bold: true, center: true, gap: mm(10) });
  write(t("certificates.pdf.intro"), { size: 11, center: true, gap: mm(3) });
  write(content.name, { size: 20, bold: true, center: true, gap: mm(1) });
  if (content.organisation) write(content.organisation, { size: 10, color: MUTED, center: true });
  y -= mm(3);
  write(t("certificates.pdf.attendedEvent"), { size: 11, center: true, gap: mm(2) });
  write(c.title, { size: 15, bold: true, center: true, gap: mm(2) });
  const dates = formatDateRange(c.startsAt, c.endsAt, c.timeZone, locale);
  write(t("certificates.pdf.details", { dates, venue: `${c.venueName}, ${c.venueAddress}` }), { size: 11, center: true });
  y -= mm(9);

  // Sessions table: day, time, title (wrapped), hours.
  const col = { day: MARGIN, time: MARGIN + mm(30), title: MARGIN + mm(56), hours: MARGIN + WIDTH };
  const titleWidth = col.hours - mm(16) - col.title;
  const tableHeader = () => {
    write(t("certificates.pdf.sessionsHeading"), { size: 11, bold: true, gap: mm(2) });
    y -= 9;
    for (const [key, x] of [["day", col.day], ["time", col.time], ["session", col.title]] as const) page.drawText(t(`certificates.pdf.columns.${key}`), { x, y, size: 8, font: fonts.bold, color: MUTED });
    const hoursLabel = t("certificates.pdf.columns.hours");
    page.drawText(hoursLabel, { x: col.hours - fonts.bold.widthOfTextAtSize(hoursLabel, 8), y, size: 8, font: fonts.bold, color: MUTED });
    y -= mm(2);
    page.drawLine({ start: { x: MARGIN, y }, end: { x: MARGIN + WIDTH, y }, thickness: 0.6, color: RULE });
  };
  if (content.sessions.length) {
    tableHeader();
    for (const s of content.sessions) {
      const lines = wrapText(s.room ? `${s.title} (${s.room})` : s.title, fonts.regular, 9.5, titleWidth);
      const rowHeight = lines.length * 12 + mm(2.5);
      if (y - rowHeight < FOOTER_TOP + mm(4)) {
        newPage();
        tableHeader();
      }
      y -= 12;
      page.drawText(formatDayShort(s.startsAt, c.timeZone, locale), { x: col.day, y, size: 9.5, font: fonts.regular, color: INK });
      page.drawText(formatTimeRange(s.startsAt, s.endsAt, c.timeZone, locale), { x: col.time, y, size: 9.5, font: fonts.regular, color: INK });
      const rowHours = formatHours(attendedHours([s]), locale);
      page.drawText(rowHours, { x: col.hours - fonts.regular.widthOfTextAtSize(rowHours, 9.5), y, size: 9.5, font: fonts.regular, color: INK });
      lines.forEach((line, i) => page.drawText(line, { x: col.title, y: y - i * 12, size: 9.5, font: fonts.regular, color: INK }));
      y -= (lines.length - 1) * 12 + mm(2.5);
      page.drawLine({ start: { x: MARGIN, y: y + mm(1) }, end: { x: MARGIN + WIDTH, y: y + mm(1) }, thickness: 0.3, color: RULE });
    }
  } else {
    write(t("certificates.pdf.noSessions"), { size: 10, color: MUTED });
  }
  y -= mm(2);
  const total = t("certificates.pdf.total", { hours: formatHours(hours, locale) });
  const needed = mm(52) + (content.signatory ? wrapText(content.signatory, fonts.regular, 10, WIDTH / 2).length * 12.5 : 0);
  if (y - needed < FOOTER_TOP) newPage();
  y -= 11;
  // No sessions recorded (nothing booked, or seen only at the entrance of a conference that scanned at doors): no hours are claimed.
  if (hours > 0) page.drawText(total, { x: MARGIN + WIDTH - fonts.bold.widthOfTextAtSize(total, 11), y, size: 11, font: fonts.bold, color: INK });
  // Rows that do not add up to the total (overlapping times, quarter-hour rounding) say why.
  const rowSum = content.sessions.reduce((sum, s) => sum + attendedHours([s]), 0);
  if (hours > 0 && rowSum !== hours) {
    for (const line of wrapText(t("certificates.pdf.totalNote"), fonts.regular, 8, WIDTH * 0.6)) {
      y -= 11;
      page.drawText(line, { x: MARGIN + WIDTH - fonts.regular.widthOfTextAtSize(line, 8), y, size: 8, font: fonts.regular, color: MUTED });
    }
  }
  y -= mm(8);
  write(t("certificates.pdf.hosts", { hosts: content.hosts.map((h) => `${h.name} (${t(`certificates.pdf.roles.${h.role}`)})`).join(", ") }), { size: 9, color: MUTED, gap: mm(14) });

  // Signature block: a line to sign on, then the signatory text; the issue date beside it.
  page.drawLine({ start: { x: MARGIN, y }, end: { x: MARGIN + WIDTH / 2, y }, thickness: 0.6, color: INK });
  const issued = t("certificates.pdf.issued", { date: formatDateRange(content.issuedAt, content.issuedAt, c.timeZone, locale) });
  page.drawText(issued, { x: MARGIN + WIDTH - fonts.regular.widthOfTextAtSize(issued, 9), y: y - 12, size: 9, font: fonts.regular, color: MUTED });
  if (content.signatory) write(content.signatory, { size: 10, width: WIDTH / 2 });

  const code = formatVerificationCode(content.code);
  pages.forEach((p, index) => drawFooter(p, fonts, { verify: t("certificates.pdf.verify"), url: content.verifyUrl, code: t("certificates.pdf.code", { code }), page: pages.length > 1 ? t("certificates.pdf.page", { page: index + 1, pages: pages.length }) : null }));
  return doc.save();
}

function drawFooter(page: PDFPage, fonts: Fonts, text: { verify: string; url: string; code: string; page: string | null }) {
  const qrSize = mm(22);
  const top = FOOTER_TOP;
  page.drawLine({ start: { x: MARGIN, y: top }, end: { x: MARGIN + WIDTH, y: top }, thickness: 0.5, color: RULE });
  drawQrCode(page, text.url, { x: MARGIN + WIDTH - qrSize, y: top - mm(4) - qrSize, size: qrSize });
  const textWidth = WIDTH - qrSize - mm(6);
  let y = top - mm(4) - 9;
  for (const line of wrapText(text.verify, fonts.regular, 9, textWidth)) {
    page.drawText(line, { x: MARGIN, y, size: 9, font: fonts.regular, color: MUTED });
    y -= 12;
  }
  for (const line of wrapText(text.url, fonts.bold, 9.5, textWidth)) {
    page.drawText(line, { x: MARGIN, y, size: 9.5, font: fonts.bold, color: INK });
    y -= 12.5;
  }
  page.drawText(text.code, { x: MARGIN, y, size: 9.5, font: fonts.bold, color: INK });
  if (text.page) page.drawText(text.page, { x: MARGIN, y: top - mm(4) - qrSize, size: 8, font: fonts.regular, color: MUTED });
}
