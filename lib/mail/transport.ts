/**
 * Where mail goes: SMTP when SMTP_URL is set, else the development mailbox in the database
 * (the full MIME message is built exactly as it would be sent, then stored).
 */
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { db } from "../db";

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
    await transport.sendMail(message);
  };
}

const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

export const devMailboxDelivery: Delivery = async (message, origin) => {
  const info = (await composer.sendMail(message)) as unknown as { message: Buffer };
  const to = message.to as { name?: string; address: string };
  await db.devMailboxMessage.create({
    data: {
      messageId: String(message.messageId ?? ""),
      from: String(message.from ?? mailFrom()),
      to: to.name ? `${to.name} <${to.address}>` : to.address,
      subject: String(message.subject ?? ""),
      html: typeof message.html === "string" ? message.html : null,
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
