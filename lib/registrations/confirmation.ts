/**
 * What the manage page adds to a registration for its confirmation: the check-in QR code and the
 * agenda as a calendar file, both as data: URLs, so nothing is fetched from elsewhere and no URL
 * carrying the manage token serves a calendar (only the read-only feed token does that).
 */
import "server-only";
import QRCode from "qrcode";
import { agendaFeedOf } from "../calendar/queries";
import { buildCalendar } from "../calendar/ics";

/** The check-in code as a QR image (the same content as the emailed one: the code itself). */
export async function checkInQrDataUrl(code: string): Promise<string> {
  const svg = await QRCode.toString(code, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** The attendee's agenda (conference and sessions with a seat) as an .ics file to import once. */
export async function agendaIcsDataUrl(registrationId: string): Promise<string | null> {
  const feed = (await agendaFeedOf(registrationId))?.feed;
  if (!feed || feed.events.length === 0) return null;
  const body = buildCalendar({ name: feed.name, events: feed.events, stamp: feed.lastModified });
  return `data:text/calendar;charset=utf-8;base64,${Buffer.from(body).toString("base64")}`;
}
