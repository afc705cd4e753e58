/**
 * Just enough MIME reading for the development mailbox to list and hand out the attachments of
 * messages nodemailer composed (multipart nesting, folded headers, base64 and quoted-printable).
 * mailparser would do more, but it is a test-only dependency and the mailbox also runs in
 * production builds (DEV_MAILBOX=1).
 */

export type MimeAttachment = { filename: string; contentType: string; content: Buffer; contentId?: string };

type Part = { headers: Map<string, string>; body: string };

function splitPart(source: string): Part {
  const text = source.replace(/\r\n/g, "\n");
  const end = text.indexOf("\n\n");
  const head = end === -1 ? text : text.slice(0, end);
  const body = end === -1 ? "" : text.slice(end + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, " ").split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** A parameter of a structured header (`boundary`, `filename`, `name`), including RFC 2231 `name*0*=` pieces. */
function param(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  const plain = new RegExp(`(?:^|;)\\s*${name}="?([^";]*)"?`, "i").exec(header)?.[1];
  if (plain) return decodeWords(plain);
  const pieces = [...header.matchAll(new RegExp(`(?:^|;)\\s*${name}\\*(?:(\\d+)\\*?|\\*)?="?([^";]*)"?`, "gi"))];
  if (!pieces.length) return undefined;
  const joined = pieces.map((m) => m[2]).join("").replace(/^[\w-]*'[\w-]*'/, "");
  try {
    return decodeURIComponent(joined);
  } catch {
    return joined;
  }
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=) in a header value. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([bq])\?([^?]*)\?=/gi, (_all, _charset: string, encoding: string, data: string) =>
      encoding.toLowerCase() === "b" ? Buffer.from(data, "base64").toString("utf8") : decodeQuotedPrintable(data.replace(/_/g, " ")).toString("utf8"),
    );
}

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  const soft = text.replace(/=\n/g, "");
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === "=" && /^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i], "utf8"));
  }
  return Buffer.from(bytes);
}

function decodeBody(part: Part): Buffer {
  const encoding = (part.headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (encoding === "base64") return Buffer.from(part.body.replace(/\s+/g, ""), "base64");
  if (encoding === "quoted-printable") return decodeQuotedPrintable(part.body);
  return Buffer.from(part.body.replace(/\n$/, ""), "utf8");
}

function walk(part: Part, found: MimeAttachment[]): void {
  const contentType = part.headers.get("content-type") ?? "text/plain";
  const boundary = param(contentType, "boundary");
  if (/^multipart\//i.test(contentType) && boundary) {
    const delimiter = `--${boundary}`;
    const sections = part.body.split(new RegExp(`^${delimiter.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:--)?[ \\t]*$`, "m"));
    // Before the first delimiter is the preamble, after the closing one the epilogue.
    for (const section of sections.slice(1, -1)) walk(splitPart(section.replace(/^\n/, "").replace(/\n$/, "")), found);
    return;
  }
  const disposition = part.headers.get("content-disposition");
  const filename = param(disposition, "filename") ?? param(contentType, "name");
  if (!filename) return;
  found.push({
    filename,
    contentType: contentType.split(";")[0].trim().toLowerCase(),
    content: decodeBody(part),
    contentId: part.headers.get("content-id")?.replace(/^<|>$/g, ""),
  });
}

/** Every part of a message that carries a file name, in the order it appears. */
export function attachmentsOf(raw: string): MimeAttachment[] {
  const found: MimeAttachment[] = [];
  walk(splitPart(raw), found);
  return found;
}
