/**
 * Issue 11, §2.8: addresses with international domain names are accepted at registration and in
 * the "lost your link" form, compared in their punycode form, and delivered in ASCII to SMTP
 * servers without SMTPUTF8.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/conferences/[slug]/registrations/route";
import { POST as requestLink } from "@/app/api/registrations/manage-link/route";
import { sendSignInLink, tagungAdapter } from "@/lib/auth";
import { db } from "@/lib/db";
import { emailKey, isEmailAddress } from "@/lib/email-address";
import { smtpDelivery } from "@/lib/mail/transport";
import { resetRateLimits } from "@/lib/rate-limit";
import { createConference, uniq } from "../helpers/fixtures";
import { startSmtp, type TestSmtp } from "../helpers/smtp";

beforeEach(() => resetRateLimits());

function register(slug: string, email: string) {
  return POST(
    new Request(`http://test/api/conferences/${slug}/registrations`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": uniq("ip") },
      body: JSON.stringify({ name: "Jörg Müller", email, consent: true }),
    }),
    { params: Promise.resolve({ slug }) },
  );
}

describe("international domain names", () => {
  it.each([
    ["jörg@müller.de", true],
    ["joerg@müller.de", true],
    ["joerg@xn--mller-kva.de", true],
    ["anna@bücher.example", true],
    ["zoë@例え.jp", true],
    ["a@b", false],
    ["jörg müller@müller.de", false],
    ["jörg@müller", false],
    ["<x>@müller.de", false],
    ["jörg@@müller.de", false],
    ["@müller.de", false],
  ])("%s is %s an address", (address, valid) => {
    expect(isEmailAddress(address)).toBe(valid);
  });

  it("registration accepts jörg@müller.de; the punycode spelling of the same address is a repeat", async () => {
    const { conference } = await createConference();
    const first = await register(conference.slug, "jörg@müller.de");
    expect(first.status).toBe(201);
    const stored = await db.registration.findUniqueOrThrow({ where: { id: (await first.json()).id } });
    expect(stored.email).toBe("jörg@müller.de");
    expect(stored.emailKey).toBe(emailKey("JÖRG@xn--mller-kva.de"));
    const repeat = await register(conference.slug, "JÖRG@xn--MLLER-kva.de");
    expect(repeat.status).toBe(200);
    expect(await repeat.json()).toMatchObject({ existing: true });
    expect((await register(conference.slug, "joerg@müller.de")).status).toBe(201);
  });

  it("'lost your link' accepts an international address and sends the link to it", async () => {
    const { conference } = await createConference();
    const address = `${uniq("anna")}@bücher.example`;
    expect((await register(conference.slug, address)).status).toBe(201);
    const response = await requestLink(new Request("http://test", { method: "POST", body: JSON.stringify({ email: address }), headers: { "x-forwarded-for": uniq("ip") } }));
    expect(response.status).toBe(202);
    expect(await db.emailOutbox.count({ where: { conferenceId: conference.id, kind: "manage-link", toAddress: address } })).toBe(1);
  });
});

describe("sign-in with an international address", () => {
  it.each([
    ["stored in Unicode, asked in punycode (as browsers send type=email)", "müller.de", "xn--mller-kva.de"],
    ["stored in punycode, asked in Unicode", "xn--bcher-kva.example", "bücher.example"],
  ])("%s: the user gets a token and a link", async (_case, storedDomain, askedDomain) => {
    const local = uniq("orga");
    await db.user.create({ data: { email: `${local}@${storedDomain}` } });
    const identifier = `${local}@${askedDomain}`;
    await tagungAdapter().createVerificationToken!({ identifier, token: uniq("t"), expires: new Date(Date.now() + 600_000) });
    expect(await db.verificationToken.count({ where: { identifier } })).toBe(1);
    expect(await sendSignInLink({ identifier, url: "http://localhost:3000/api/auth/callback/email?token=t" })).toBe(true);
    expect(await db.emailOutbox.count({ where: { toAddress: identifier, kind: "sign-in" } })).toBe(1);
  });
});

describe("delivery of international addresses", () => {
  let plain: TestSmtp;
  let utf8: TestSmtp;
  beforeAll(async () => {
    plain = await startSmtp(0, { smtpUtf8: false });
    utf8 = await startSmtp(0, { smtpUtf8: true });
  });
  afterAll(async () => {
    await plain.close();
    await utf8.close();
  });
  const message = (to: string) => ({ from: "Tagung <noreply@example.org>", to: { name: "Jörg Müller", address: to }, subject: "Ihr Link", text: "Hallo", messageId: `<${uniq("m")}@example.org>` });

  it("a server without SMTPUTF8 gets the domain in punycode, in the envelope and the To header", async () => {
    await smtpDelivery(`${plain.url}?pool=false`)(message("joerg@müller.de"));
    expect(plain.recipients.at(-1)).toBe("joerg@xn--mller-kva.de");
    expect(plain.smtpUtf8.at(-1)).toBe(false);
    const raw = plain.raw.at(-1)!;
    expect(/^To: .*$/m.exec(raw)![0]).toContain("<joerg@xn--mller-kva.de>");
    expect(raw).not.toMatch(/[^\x00-\x7f]/);
  });

  it("a non-ASCII local part goes to a server with SMTPUTF8, announced as such", async () => {
    await smtpDelivery(`${utf8.url}?pool=false`)(message("jörg@müller.de"));
    expect(utf8.recipients.at(-1)).toBe("jörg@xn--mller-kva.de");
    expect(utf8.smtpUtf8.at(-1)).toBe(true);
  });
});
