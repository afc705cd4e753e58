import { chromium } from "@playwright/test";
const [,, base, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking"] });
for (const [i, p] of paths.entries()) {
  for (const [w, h, tag] of [[1280, 900, "d"], [390, 844, "m"]]) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, timezoneId: "America/New_York" });
    const r = await page.goto(base + p);
    await page.screenshot({ path: `/tmp/shots/${i}-${tag}.png`, fullPage: true });
    console.log(p, tag, r.status());
    await page.close();
  }
}
await browser.close();
