/**
 * Where mail goes: SMTP when SMTP_URL is set, else the development mailbox in the database
 * (the full MIME message is built exactly as it would be sent, then stored).
 */
import "server-only";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { db } from "../db";
import { asciiDomain } from "../email-address";

/** Where a message came from; the development mailbox keeps it so erasure and retention can find the copy. */
export type DeliveryOrigin = { outboxId?: string; conferenceId?: string | null };

export type Delivery = (message: Mail.Options, origin?: DeliveryOrigin) => Promise<void>;

export function mailFrom(): string {
  return process.env.MAIL_FROM || "Tagung <noreply@localhost>";
}

export function smtpDelivery(url: string): Delivery {
  // Pooled: one connection carries many messages instead of a handshake per mail.
  // Options ride on the URL (nodemailer reads its query string); settings in SMTP_URL win.
  const parsed = new URL(url);
  const defaults = { pool: "true", maxConnections: "3", connectionTimeout: "15000", greetingTimeout: "15000", socketTimeout: "30000" };
  for (const [key, value] of Object.entries(defaults)) if (!parsed.searchParams.has(key)) parsed.searchParams.set(key, value);
  const transport = nodemailer.createTransport(parsed.toString());
  return async (message) => {
    await transport.sendMail({ ...message, envelope: asciiEnvelope(message) });
  };
}

/** user@müller.de → user@xn--mller-kva.de (the local part stays; a non-ASCII one needs SMTPUTF8). */
function asciiAddress(address: string): string {
  const at = address.lastIndexOf("@");
  return at > 0 ? `${address.slice(0, at)}@${asciiDomain(address.slice(at + 1)) ?? address.slice(at + 1)}` : address;
}

function bareAddress(value: Mail.Options["to"] | Mail.Options["from"]): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.map((a) => (typeof a === "string" ? (/<([^>]+)>\s*$/.exec(a)?.[1] ?? a).trim() : a.address));
}

/**
 * The SMTP envelope with international domains in punycode: nodemailer converts them in the
 * headers but sends MAIL FROM / RCPT TO as given, which a server without SMTPUTF8 refuses.
 */
function asciiEnvelope(message: Mail.Options): Mail.Options["envelope"] {
  return { from: asciiAddress(bareAddress(message.from ?? mailFrom())[0] ?? ""), to: bareAddress(message.to).map(asciiAddress) };
}

const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

/**
 * The mailbox shows the HTML in a sandboxed frame, which cannot resolve cid: references to
 * attachments; inline images (the check-in QR code) are shown as data: URLs there. The stored raw
 * message keeps the cid: form that goes over SMTP.
 */
function inlineImages(html: string, attachments: Mail.Options["attachments"]): string {
  let out = html;
  for (const a of attachments ?? []) {
    if (!a.cid || !Buffer.isBuffer(a.content)) continue;
    out = out.split(`cid:${a.cid}`).join(`data:${a.contentType ?? "image/png"};base64,${a.content.toString("base64")}`);
  }
  return out;
}

export const devMailboxDelivery: Delivery = async (message, origin) => {
  const info = (await composer.sendMail(message)) as unknown as { message: Buffer };
  const to = message.to as { name?: string; address: string };
  await db.devMailboxMessage.create({
    data: {
      messageId: String(message.messageId ?? ""),
      from: String(message.from ?? mailFrom()),
      to: to.name ? `${to.name} <${to.address}>` : to.address,
      subject: String(message.subject ?? ""),
      html: typeof message.html === "string" ? inlineImages(message.html, message.attachments) : null,
      text: typeof message.text === "string" ? message.text : null,
      raw: info.message.toString("utf8"),
      outboxId: origin?.outboxId ?? null,
      conferenceId: origin?.conferenceId ?? null,
    },
  });
};

let configured: { url: string; delivery: Delivery } | null = null;

/**
 * The delivery the environment asks for. The SMTP transport is built once and reused: the sender
 * asks on every poll, and a new pool each time would leave the old pools' connections open.
 */
export function configuredDelivery(): Delivery {
  const url = process.env.SMTP_URL;
  if (!url) return devMailboxDelivery;
  if (configured?.url !== url) configured = { url, delivery: smtpDelivery(url) };
  return configured.delivery;
}
