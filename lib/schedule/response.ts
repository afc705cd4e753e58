/**
 * schedule.json / schedule.xml responses. The body depends only on the programme, so its hash is a
 * strong ETag and the schedule's `version`: apps polling with If-None-Match get 304 until
 * something changes.
 */
import { createHash } from "node:crypto";
import { scheduleJson, scheduleXml, type ScheduleInput } from "./frab";

const GENERATOR_VERSION = "1";

function contentVersion(input: ScheduleInput, baseUrl: string): string {
  const body = JSON.stringify(scheduleJson(input, { baseUrl, version: "", generatorVersion: GENERATOR_VERSION }));
  return createHash("sha256").update(body).digest("hex").slice(0, 12);
}

export function scheduleResponse(request: Request, input: ScheduleInput, baseUrl: string, format: "json" | "xml"): Response {
  const options = { baseUrl, version: contentVersion(input, baseUrl), generatorVersion: GENERATOR_VERSION };
  const body = format === "json" ? `${JSON.stringify(scheduleJson(input, options), null, 2)}\n` : scheduleXml(input, options);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = {
    "Content-Type": format === "json" ? "application/json; charset=utf-8" : "application/xml; charset=utf-8",
    "Cache-Control": "public, max-age=300",
    ETag: etag,
    "Access-Control-Allow-Origin": "*",
  };
  const match = request.headers.get("if-none-match");
  if (match && (match.trim() === "*" || match.split(",").some((m) => m.trim().replace(/^W\//, "") === etag))) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
