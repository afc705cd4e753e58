import "./helpers/database";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { verifySignature } from "../../lib/webhooks/signature";
import { expectAccessible } from "./helpers/a11y";
import { DEMO_ORGANISERS, DEMO_SLUG } from "./helpers/demo";
import { signedInPage } from "./helpers/session";

type Hit = { path: string; headers: Record<string, string>; body: string };

/** A receiver on loopback (the e2e server allows http to loopback): /ok answers 200, /down 503. */
async function receiver() {
  const hits: Hit[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      hits.push({ path: req.url ?? "", headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body: Buffer.concat(chunks).toString("utf8") });
      if (req.url === "/down") res.writeHead(503).end("Wartungsarbeiten bis 18 Uhr");
      else res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { hits, port: (server.address() as AddressInfo).port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

test("an organiser adds webhooks (secret shown once), sees deliveries with their answers and sends one again", async ({ browser }) => {
  test.setTimeout(180_000);
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const rx = await receiver();
  const page = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
  await page.setViewportSize({ width: 1280, height: 900 });
  try {
    await page.goto(`/organiser/conferences/${conference.id}/timetable`);
    await page.getByRole("link", { name: "Integrationen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Integrationen:");
    await expect(page.getByText("Noch keine Webhooks eingerichtet.")).toBeVisible();
    await expect(page.getByRole("link", { name: /schedule\.json$/ })).toHaveAttribute("href", new RegExp(`/api/conferences/${DEMO_SLUG}/schedule\\.json$`));
    await expectAccessible(page);

    const form = page.getByRole("region", { name: "Neuer Webhook" });
    // Refused inline, in German: plain http outside loopback, then no event chosen.
    await form.getByLabel("Adresse des Empfängers (URL)").fill("http://10.0.0.8/hook");
    await form.getByRole("button", { name: "Webhook anlegen" }).click();
    await expect(form.getByText("Nur HTTPS-Adressen sind erlaubt.")).toBeVisible();
    await expect(form.getByLabel("Adresse des Empfängers (URL)")).toHaveAttribute("aria-invalid", "true");

    await form.getByLabel("Adresse des Empfängers (URL)").fill(`http://127.0.0.1:${rx.port}/ok`);
    await form.getByLabel("Beschreibung (optional)").fill("CRM der Geschäftsstelle");
    await form.getByRole("button", { name: "Webhook anlegen" }).click();
    const secretBox = page.getByTestId("webhook-secret");
    await expect(secretBox).toContainText("Es wird nur dieses eine Mal angezeigt.");
    const secret = await secretBox.getByRole("textbox").inputValue();
    expect(secret).toMatch(/^whsec_/);
    await page.screenshot({ path: "/work/shots/webhooks/created-secret-de-desktop.png", fullPage: true });
    await secretBox.getByRole("button", { name: "Geheimnis gesichert – ausblenden" }).click();
    await expect(secretBox).toHaveCount(0);

    // A second endpoint whose receiver is down, for registrations only.
    await form.getByLabel("Adresse des Empfängers (URL)").fill(`http://127.0.0.1:${rx.port}/down`);
    await form.getByLabel("Beschreibung (optional)").fill("Newsletter-Werkzeug");
    for (const label of ["Anmeldung geändert", "Anmeldung storniert", "Von der Warteliste nachgerückt", "Programmpunkt geändert", "Programmpunkt abgesagt", "Eingecheckt"]) await form.getByLabel(label).uncheck();
    await form.getByRole("button", { name: "Webhook anlegen" }).click();
    await expect(page.getByTestId("webhook-secret")).toBeVisible();
    // The secret is not on the page after a reload.
    await page.reload();
    await expect(page.getByTestId("webhook-secret")).toHaveCount(0);
    expect(await page.content()).not.toContain(secret);

    // An attendee registers: both endpoints get registration.created, signed.
    const registered = await page.request.post(`/api/conferences/${DEMO_SLUG}/registrations`, { data: { name: "Wiebke Hook", email: `wiebke-${Date.now()}@example.org`, consent: true, answers: { role: "schule" }, locale: "de" } });
    expect(registered.status()).toBe(201);
    await expect.poll(() => rx.hits.filter((h) => h.path === "/ok").length, { timeout: 20_000 }).toBe(1);
    const hit = rx.hits.find((h) => h.path === "/ok")!;
    expect(JSON.parse(hit.body)).toMatchObject({ type: "registration.created", data: { registration: { name: "Wiebke Hook" } } });
    expect(verifySignature(secret, hit.headers, hit.body)).toBe(true);
    await expect.poll(() => rx.hits.filter((h) => h.path === "/down").length, { timeout: 20_000 }).toBeGreaterThan(0);

    await page.reload();
    const [ok, down] = await page.getByTestId("webhook-endpoint").all();
    await expect(ok.getByTestId("webhook-delivery").first()).toContainText("Zugestellt");
    await expect(ok.getByTestId("webhook-delivery").first()).toContainText("HTTP 200");
    await expect(down.getByTestId("webhook-delivery").first()).toContainText("Wartet");
    await expect(down.getByTestId("webhook-delivery").first()).toContainText("HTTP 503");
    await expect(down.getByTestId("webhook-delivery").first()).toContainText("Wartungsarbeiten bis 18 Uhr");
    await expect(down).toContainText(/Zustellungen schlagen seit .* fehl/);
    await expectAccessible(page);
    await page.screenshot({ path: "/work/shots/webhooks/list-de-desktop.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "/work/shots/webhooks/list-de-phone.png", fullPage: true });
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Send the delivered one again: the receiver gets the same webhook-id once more.
    await ok.getByRole("button", { name: /^Neue Anmeldung vom .* erneut senden$/ }).click();
    await expect(ok.getByRole("status").filter({ hasText: "Wird erneut gesendet." })).toBeVisible();
    await expect.poll(() => rx.hits.filter((h) => h.path === "/ok").length, { timeout: 20_000 }).toBe(2);
    expect(rx.hits.filter((h) => h.path === "/ok")[1].headers["webhook-id"]).toBe(hit.headers["webhook-id"]);

    // Switch the failing one off.
    await down.getByRole("button", { name: "Ausschalten" }).click();
    await expect(down.getByRole("status")).toContainText("Webhook ausgeschaltet.");
    await expect(down.getByText("Ausgeschaltet", { exact: true })).toBeVisible();
    await expect(down.getByTestId("webhook-delivery").first()).not.toContainText("Nächster Versuch");

    // English.
    const en = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner, { locale: "en-GB" });
    await en.setViewportSize({ width: 1280, height: 900 });
    await en.goto(`/en/organiser/conferences/${conference.id}/webhooks`);
    await expect(en.getByRole("heading", { level: 1 })).toContainText("Integrations:");
    await expect(en.getByTestId("webhook-delivery").first()).toContainText("Delivered");
    await expectAccessible(en);
    await en.screenshot({ path: "/work/shots/webhooks/list-en-desktop.png", fullPage: true });
    await en.setViewportSize({ width: 390, height: 844 });
    await en.screenshot({ path: "/work/shots/webhooks/list-en-phone.png", fullPage: true });
    await en.close();

    // Delete asks first.
    await down.getByRole("button", { name: "Löschen" }).click();
    await down.getByRole("button", { name: "Ja, löschen" }).click();
    await expect(page.getByTestId("webhook-endpoint")).toHaveCount(1);
  } finally {
    await rx.close();
    await db.webhookEndpoint.deleteMany({ where: { conferenceId: conference.id } });
  }
});

test("a viewer cannot open the integrations page's content", async ({ browser }) => {
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const page = await signedInPage(browser, DEMO_ORGANISERS.bismitViewer);
  await page.goto(`/organiser/conferences/${conference.id}/webhooks`);
  await expect(page.getByRole("alert").filter({ hasText: "Integrationen verwalten können nur die Organisator*innen" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Neuer Webhook" })).toHaveCount(0);
});
