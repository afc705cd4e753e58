import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { attachmentsOf } from "@/lib/mail/mime";

const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

async function compose(options: nodemailer.SendMailOptions): Promise<string> {
  const info = (await composer.sendMail({ from: "a@example.org", to: "b@example.org", subject: "x", ...options })) as unknown as { message: Buffer };
  return info.message.toString("utf8");
}

describe("reading attachments back from a composed message", () => {
  it("finds inline images, files and the calendar invite with their exact bytes", async () => {
    const png = Buffer.from(Array.from({ length: 300 }, (_, i) => i % 256));
    const raw = await compose({
      text: "hallo",
      html: '<img src="cid:qr@tagung">',
      attachments: [
        { filename: "check-in.png", content: png, cid: "qr@tagung", contentType: "image/png" },
        { filename: "cancel.ics", content: "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n", contentType: "text/calendar; charset=utf-8; method=CANCEL" },
      ],
      icalEvent: { method: "REQUEST", content: "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n", filename: "invite.ics" },
    });
    const found = attachmentsOf(raw);
    expect(found.map((a) => [a.filename, a.contentType])).toEqual([
      ["check-in.png", "image/png"],
      ["cancel.ics", "text/calendar"],
      ["invite.ics", "application/ics"],
    ]);
    expect(found[0].content.equals(png)).toBe(true);
    expect(found[0].contentId).toBe("qr@tagung");
    expect(found[1].content.toString("utf8")).toContain("METHOD:CANCEL");
    expect(found[2].content.toString("utf8")).toContain("METHOD:REQUEST");
  });

  it("decodes long and non-ASCII file names and quoted-printable bodies", async () => {
    const name = "Teilnahmebestätigung für Jörg Müller, sehr lange Fassung.txt";
    const raw = await compose({ text: "x", attachments: [{ filename: name, content: "Grüße äöü ".repeat(20), contentTransferEncoding: "quoted-printable" }] });
    const [file] = attachmentsOf(raw);
    expect(file.filename).toBe(name);
    expect(file.content.toString("utf8")).toBe("Grüße äöü ".repeat(20));
  });

  it("a message without attachments has none", async () => {
    expect(attachmentsOf(await compose({ text: "nur Text", html: "<p>nur Text</p>" }))).toEqual([]);
  });
});
