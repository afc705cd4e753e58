/** Turns an outbox row into a complete message: subject, HTML, text, calendar parts, QR code. */
import { render, toPlainText } from "@react-email/render";
import QRCode from "qrcode";
import { createElement } from "react";
import type Mail from "nodemailer/lib/mailer";
import { CHECK_IN_QR_CID, EmailLayout, templates } from "../../emails";
import { eventFromJson } from "../calendar/events";
import { buildCalendar } from "../calendar/ics";
import { getTranslator, toLocale } from "../i18n-server";
import type { EmailKind, EmailPayloads, InviteSet } from "./messages";
import { unsealPayload } from "./sealed";

export type OutboxRow = { kind: string; toAddress: string; toName: string | null; locale: string; payload: unknown; messageId: string };

/** Header values from user input lose CR/LF (header injection) and runs of whitespace. */
export function headerSafe(value: string): string {
  return value.replace(/[\r\n\u0000-\u001F\u007F]+/g, " ").replace(/\s+/g, " ").trim();
}

export async function renderEmail(stored: OutboxRow): Promise<Omit<Mail.Options, "from">> {
  const row = { ...stored, payload: unsealPayload(stored.payload) };
  const kind = row.kind as EmailKind;
  const template = templates[kind] as ((p: unknown, ctx: { t: Awaited<ReturnType<typeof getTranslator>>; locale: string }) => ReturnType<(typeof templates)[EmailKind]>) | undefined;
  if (!template) throw new Error(`no template for email kind "${row.kind}"`);
  const locale = toLocale(row.locale);
  const t = await getTranslator(locale);
  const content = template(row.payload, { t, locale });
  const element = createElement(EmailLayout, {
    lang: locale,
    preview: content.preview,
    heading: content.heading,
    blocks: content.blocks,
    footer: t("mail.footer", { hosts: content.footerHosts.join(", ") }),
  });
  const html = await render(element);
  const text = toPlainText(html);

  const attachments: Mail.Attachment[] = [];
  if (content.blocks.some((b) => b.type === "qr")) {
    const code = (row.payload as { checkInCode?: string }).checkInCode ?? "";
    attachments.push({ filename: "check-in.png", content: await QRCode.toBuffer(code, { width: 360, margin: 2 }), cid: CHECK_IN_QR_CID, contentType: "image/png" });
  }
  let icalEvent: Mail.IcalAttachment | undefined;
  const invites = (row.payload as { invites?: InviteSet }).invites ?? [];
  for (const invite of invites) {
    if (!invite.events.length) continue;
    const ics = buildCalendar({ method: invite.method, events: invite.events.map(eventFromJson) });
    const filename = invite.method === "CANCEL" ? "cancel.ics" : "invite.ics";
    // One text/calendar alternative per message (what Outlook and Gmail act on; nodemailer also
    // attaches it as a file); a second method (REQUEST plus CANCEL after a change) as a file only.
    if (!icalEvent) icalEvent = { method: invite.method, content: ics, filename };
    else attachments.push({ filename, content: ics, contentType: `text/calendar; charset=utf-8; method=${invite.method}` });
  }

  const headers: Record<string, string> = {};
  if (kind === "broadcast") {
    const unsubscribe = (row.payload as EmailPayloads["broadcast"]).unsubscribeUrl;
    headers["List-Unsubscribe"] = `<${unsubscribe}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }

  return {
    to: { name: headerSafe(row.toName ?? ""), address: row.toAddress },
    subject: headerSafe(content.subject),
    html,
    text,
    messageId: row.messageId,
    attachments,
    icalEvent,
    headers,
  };
}
