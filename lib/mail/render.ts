/** Turns an outbox row into a complete message: subject, HTML, text, calendar parts, QR code. */
import "server-only";
import { render, toPlainText } from "@react-email/render";
import QRCode from "qrcode";
import { createElement } from "react";
import type Mail from "nodemailer/lib/mailer";
import { CHECK_IN_QR_CID, EmailLayout, templates } from "../../emails";
import { eventFromJson } from "../calendar/events";
import { buildCalendar } from "../calendar/ics";
import { getTranslator, toLocale } from "../i18n-server";
import type { EmailKind, EmailPayloads, Invite } from "./messages";
import { unsealPayload } from "./sealed";

export type OutboxRow = { kind: string; toAddress: string; toName: string | null; locale: string; payload: unknown; messageId: string };

/** Header values from user input lose CR/LF (header injection) and runs of whitespace. */
export function headerSafe(value: string): string {
  return value.replace(/[\r\n\u0000-\u001F\u007F]+/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * The payload's invite. Rows queued before invites were split (`invites`: several events per
 * method) still render, with their first event only, rather than break the one-UID rule.
 */
function calendarInvite(payload: unknown): Invite | undefined {
  const p = payload as { invite?: Invite; invites?: { method: Invite["method"]; events: Invite["event"][] }[] };
  if (p.invite) return p.invite;
  const legacy = p.invites?.find((i) => i.events.length);
  return legacy ? { method: legacy.method, event: legacy.events[0] } : undefined;
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
    footer: content.footer ?? t("mail.footer", { hosts: content.footerHosts.join(", ") }),
  });
  const html = await render(element);
  const text = toPlainText(html);

  const attachments: Mail.Attachment[] = [];
  if (content.blocks.some((b) => b.type === "qr")) {
    const code = (row.payload as { checkInCode?: string }).checkInCode ?? "";
    attachments.push({ filename: "check-in.png", content: await QRCode.toBuffer(code, { width: 360, margin: 2 }), cid: CHECK_IN_QR_CID, contentType: "image/png" });
  }
  // At most one calendar part per message, about one event: clients act on the first
  // text/calendar part only, and an iTIP object may concern only one UID (RFC 5546 §3.2).
  const invite = calendarInvite(row.payload);
  const icalEvent: Mail.IcalAttachment | undefined = invite
    ? { method: invite.method, content: buildCalendar({ method: invite.method, events: [eventFromJson(invite.event)] }), filename: invite.method === "CANCEL" ? "cancel.ics" : "invite.ics" }
    : undefined;

  const headers: Record<string, string> = {};
  if (kind === "broadcast") {
    const unsubscribe = (row.payload as EmailPayloads["broadcast"]).unsubscribeUrl;
    // A test send to the organiser has nothing to unsubscribe from.
    if (unsubscribe) {
      headers["List-Unsubscribe"] = `<${unsubscribe}>`;
      headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
    }
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
