import "./helpers/database";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { expectAccessible } from "./helpers/a11y";
import { DEMO_ORGANISERS, DEMO_SLUG } from "./helpers/demo";
import { signedInPage } from "./helpers/session";

const SHOTS = process.env.SHOTS_DIR ?? "test-results/screens";
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/**
 * Every block of the timetable shows its title and (where the organiser may edit) its edit button,
 * unclipped, at the default zoom — also blocks of an hour or less, which hid the edit button in the
 * block's clipped overflow before — and the host's short name whole (a phone cut it to "EM").
 * Checked by hit-testing: the points near both ends of the control's middle line must be the
 * control itself, inside its block (a label cut by its line's overflow fails at its right end).
 */
const HOST = ".timetable__time strong";

async function hiddenControls(page: Page) {
  // Measured in the page's own font, as seen (the fallback font is narrower and hid a cut host label).
  await page.evaluate(() => document.fonts.ready);
  return page.locator("article.timetable__session").evaluateAll((blocks, HOST) => {
    const problems: string[] = [];
    for (const block of blocks as HTMLElement[]) {
      const name = block.getAttribute("aria-label") ?? "?";
      for (const selector of [".timetable__title", HOST, ".timetable__edit"]) {
        const el = block.querySelector<HTMLElement>(selector);
        if (!el) {
          if (selector !== ".timetable__edit" || block.classList.contains("is-editable")) problems.push(`${name}: no ${selector}`);
          continue;
        }
        el.scrollIntoView({ block: "center", inline: "center" });
        // The host's label is one line: measure its text, which may run past its own box when squeezed.
        const text = document.createRange();
        text.selectNodeContents(el);
        const r = selector === HOST ? text.getBoundingClientRect() : el.getBoundingClientRect();
        const b = block.getBoundingClientRect();
        const within = (box: DOMRect, slack: number) => r.top >= box.top - slack && r.bottom <= box.bottom + slack && r.left >= box.left - slack && r.right <= box.right + slack;
        // Inside the block, and not cut by a line that clips its overflow (the time line cut "EMMD" to "EM").
        const clippers: HTMLElement[] = [];
        for (let p = el.parentElement; p && p !== block; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") clippers.push(p);
        const inside = within(b, 1) && clippers.every((p) => within(p.getBoundingClientRect(), 0.25)) && r.height > 0;
        const inset = Math.min(4, r.width / 2);
        const hits = [r.left + inset, r.right - inset].map((x) => document.elementFromPoint(x, r.top + r.height / 2));
        if (!inside || hits.some((hit) => !hit || !el.contains(hit))) problems.push(`${name}: ${selector} hidden`);
      }
    }
    return problems;
  }, HOST);
}

test("every block shows its title and edit button at the default zoom, on every day; focus returns to the block after saving", async ({ browser }) => {
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, include: { hosts: { include: { host: true } }, rooms: true } });
  const emmd = conference.hosts.find((h) => h.host.slug === "emmd")!.host;
  // A 20-minute and a 15-minute block next to the demo's programme: the shortest that must still show everything.
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: conference.timeZone }).format(conference.startsAt);
  const base = await db.session.findFirstOrThrow({ where: { conferenceId: conference.id, hostId: emmd.id }, orderBy: { startsAt: "asc" } });
  const short = await db.session.create({
    data: { conferenceId: conference.id, hostId: emmd.id, title: "Kurzimpuls: Ein sehr langer Titel, der in einem kurzen Block trotzdem lesbar anfängt", startsAt: new Date(base.startsAt.getTime() - 20 * 60_000), endsAt: base.startsAt, status: "scheduled", roomId: conference.rooms[conference.rooms.length - 1].id },
  });
  const shorter = await db.session.create({
    data: { conferenceId: conference.id, hostId: emmd.id, title: "Pause", startsAt: base.endsAt, endsAt: new Date(base.endsAt.getTime() + 15 * 60_000), status: "scheduled", format: "break", roomId: conference.rooms[conference.rooms.length - 1].id },
  });
  try {
    const page = await signedInPage(browser, DEMO_ORGANISERS.emmdOwner);
    const days = [day, new Intl.DateTimeFormat("en-CA", { timeZone: conference.timeZone }).format(new Date(conference.endsAt.getTime() - 60_000))];
    for (const d of [...new Set(days)]) {
      await page.goto(`/organiser/conferences/${conference.id}/timetable?day=${d}`);
      await expect(page.locator("article.timetable__session").first()).toBeVisible();
      // At desktop width and on a phone, where the columns are at their narrowest.
      for (const viewport of [DESKTOP, PHONE]) {
        await page.setViewportSize(viewport);
        expect(await hiddenControls(page), `${d} at ${viewport.width} px`).toEqual([]);
      }
      await page.setViewportSize(DESKTOP);
    }

    // The short block: edit, save, and the focus is back on its edit button.
    await page.goto(`/organiser/conferences/${conference.id}/timetable?day=${day}`);
    const block = page.getByTestId(`session-${short.id}`);
    await block.getByRole("button", { name: /Bearbeiten/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Titel", { exact: true }).fill("Kurzimpuls zum Einstieg");
    // Issue 14 §4: an English title entered here is what the English programme shows (checked below).
    await dialog.getByText("Auf Englisch (optional)").click();
    await dialog.getByLabel("Titel auf Englisch").fill("A quick opener");
    await dialog.getByRole("button", { name: "Speichern" }).click();
    await expect(page.getByRole("status")).toContainText("gespeichert");
    await expect(dialog).toBeHidden();
    await expect(block.getByRole("button", { name: /Bearbeiten: Kurzimpuls zum Einstieg/ })).toBeFocused();
    // Closing without saving returns the focus too.
    await block.getByRole("button", { name: /Bearbeiten/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Schließen" }).click();
    await expect(block.getByRole("button", { name: /Bearbeiten/ })).toBeFocused();
    await expectAccessible(page);
    await page.goto(`/en/conferences/${DEMO_SLUG}`);
    await expect(page.getByRole("link", { name: "A quick opener" })).toBeVisible();
    // Both languages at phone and desktop width, the viewport as the organiser first sees it.
    fs.mkdirSync(SHOTS, { recursive: true });
    for (const locale of ["de", "en"] as const) {
      await page.goto(`${locale === "en" ? "/en" : ""}/organiser/conferences/${conference.id}/timetable?day=${day}`);
      await expect(page.getByTestId(`session-${short.id}`)).toBeVisible();
      for (const [size, viewport] of Object.entries({ desktop: DESKTOP, phone: PHONE })) {
        await page.setViewportSize(viewport);
        await page.getByTestId(`session-${short.id}`).scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(SHOTS, `timetable-short-blocks-${locale}-${size}.png`), fullPage: false });
        expect(await hiddenControls(page), `after saving, ${locale} at ${viewport.width} px`).toEqual([]);
      }
      await page.setViewportSize(DESKTOP);
    }
    await page.context().close();
  } finally {
    await db.sessionSpeaker.deleteMany({ where: { sessionId: { in: [short.id, shorter.id] } } });
    await db.session.deleteMany({ where: { id: { in: [short.id, shorter.id] } } });
  }
});
