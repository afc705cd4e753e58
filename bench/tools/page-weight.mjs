/**
 * How heavy a page's HTML is and what makes it so: the bytes of markup versus the inline RSC
 * payload (`self.__next_f.push` scripts), then the payload's largest rows and, inside them, the
 * largest props. Reads URLs (or saved .html files):
 *
 *   node bench/tools/page-weight.mjs http://127.0.0.1:3100/conferences/<slug> http://127.0.0.1:3100/en/conferences/<slug>
 */
import fs from "node:fs";

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const bytes = (s) => Buffer.byteLength(s, "utf8");

async function load(source) {
  if (/^https?:/.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
    return response.text();
  }
  return fs.readFileSync(source, "utf8");
}

/** The inline payload scripts, their bytes in the HTML, and the decoded RSC stream they carry. */
function payloadOf(html) {
  const scripts = [...html.matchAll(/<script[^>]*>(self\.__next_f\.push\(([\s\S]*?)\))<\/script>/g)];
  let decoded = "";
  for (const [, , args] of scripts) {
    const [kind, text] = JSON.parse(args);
    if (kind === 1 && typeof text === "string") decoded += text;
  }
  return { htmlBytes: scripts.reduce((n, m) => n + bytes(m[0]), 0), decoded };
}

/** Splits the RSC stream into rows: `id:json\n`, or `id:T<hex length>,<text>` (text rows may hold newlines). */
function rowsOf(stream) {
  const rows = [];
  let at = 0;
  while (at < stream.length) {
    const head = /^([0-9a-f]+):(T([0-9a-f]+),)?/.exec(stream.slice(at, at + 40));
    if (!head) {
      const end = stream.indexOf("\n", at);
      at = end < 0 ? stream.length : end + 1;
      continue;
    }
    let end;
    if (head[2]) {
      // The length counts UTF-8 bytes.
      const body = Buffer.from(stream.slice(at + head[0].length), "utf8").subarray(0, parseInt(head[3], 16)).toString("utf8");
      end = at + head[0].length + body.length;
    } else {
      end = stream.indexOf("\n", at);
      if (end < 0) end = stream.length;
    }
    rows.push({ id: head[1], text: stream.slice(at + head[0].length, end) });
    at = end + (stream[end] === "\n" ? 1 : 0);
  }
  return rows;
}

/** The largest props anywhere in a JSON value, by serialised size, with their path. */
function largestProps(value, path = "", out = []) {
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const size = bytes(JSON.stringify(child) ?? "");
      const childPath = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
      if (size > 1024 && !Array.isArray(value)) out.push({ path: childPath, size });
      largestProps(child, childPath, out);
    }
  }
  return out;
}

for (const source of process.argv.slice(2)) {
  const html = await load(source);
  const total = bytes(html);
  const { htmlBytes, decoded } = payloadOf(html);
  console.log(`\n${source}`);
  console.log(`  HTML ${kb(total)} (${total} bytes): markup ${kb(total - htmlBytes)}, inline RSC payload ${kb(htmlBytes)} (${kb(bytes(decoded))} decoded)`);
  const rows = rowsOf(decoded).sort((a, b) => bytes(b.text) - bytes(a.text));
  console.log("  largest payload rows:");
  for (const row of rows.slice(0, 8)) console.log(`    ${kb(bytes(row.text)).padStart(8)}  ${row.id}: ${row.text.slice(0, 110).replace(/\s+/g, " ")}`);
  const props = [];
  for (const row of rows.slice(0, 3)) {
    try {
      props.push(...largestProps(JSON.parse(row.text), row.id).slice(0, 400));
    } catch {
      // a text or module row: no props
    }
  }
  console.log("  largest props in them (> 1 KB, nested ones included):");
  for (const p of props.sort((a, b) => b.size - a.size).slice(0, 12)) console.log(`    ${kb(p.size).padStart(8)}  ${p.path.slice(0, 110)}`);
}
