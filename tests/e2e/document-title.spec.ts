import { expect, test } from "@playwright/test";
import { DEMO_SLUG } from "./helpers/demo";

test("every page's title is in the first HTML the server sends (no streamed metadata)", async ({ request }) => {
  for (const [path, title] of [
    ["/", "Konferenzen und Veranstaltungen"],
    [`/conferences/${DEMO_SLUG}`, "Mitteldeutsche Bildungskonferenz"],
    ["/en/privacy", "Privacy notice · Tagung"],
  ]) {
    const html = await (await request.get(path)).text();
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head, path).toContain(`<title>${title}`);
  }
});
