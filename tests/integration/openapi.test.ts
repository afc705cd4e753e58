/**
 * Issue 17: the OpenAPI document is valid OpenAPI 3.1, documents every route under app/api (but
 * the commented exclusions), and every documented endpoint's REAL answers — status, content type,
 * headers and body — match what the document says. Its `webhooks` section names every event type,
 * and the payloads the app really stores for them match it.
 */
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { optOutToken } from "@/lib/attendees/broadcast-token";
import { checkInAttendee } from "@/lib/attendees/check-in";
import { db } from "@/lib/db";
import { errorResponse } from "@/lib/http";
import { seal } from "@/lib/mail/sealed";
import { eraseRegistration } from "@/lib/privacy/erase-registration";
import { resetRateLimits } from "@/lib/rate-limit";
import { cancelRegistration } from "@/lib/registrations/cancel-registration";
import { updateRegistration } from "@/lib/registrations/update-registration";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { updateSession } from "@/lib/sessions/update-session";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { newEndpointSecret } from "@/lib/webhooks/signature";
import { callRoute, routeFiles } from "../helpers/api-routes";
import { createConference, createSession, uniq } from "../helpers/fixtures";
import { registerAttendee } from "../helpers/register";
import { webhookScenario } from "../helpers/webhooks";

/**
 * Routes that are not part of the JSON API, each with its reason. Everything else under app/api
 * must be documented in lib/openapi (a new route without an entry fails "every route is documented").
 */
const NOT_DOCUMENTED: Record<string, string> = {
  "GET /api/auth/{nextauth}": "next-auth's sign-in machinery (forms and redirects), not an API",
  "POST /api/auth/{nextauth}": "next-auth's sign-in machinery (forms and redirects), not an API",
  "GET /api/dev/mailbox/{id}/raw": "development mailbox only (404 in production without the key)",
  "GET /api/dev/mailbox/{id}/attachments/{index}": "development mailbox only",
  "GET /api/docs": "redirects to the human-readable reference page",
  "GET /api/unsubscribe/{token}": "the link in an email; redirects to the confirmation page (the one-click POST is documented)",
};

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }>; headers?: Record<string, unknown> }> }>>;
  webhooks: Record<
    string,
    Record<string, { parameters?: { name: string; in: string; required?: boolean }[]; requestBody?: { content: Record<string, { schema: object }> }; responses: Record<string, unknown> }>
  >;
  components: Record<string, unknown>;
};

let doc: Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
/** Statuses seen per documented operation ("get /api/health" → {200}). */
const seen = new Map<string, Set<number>>();

function validatorFor(key: string, schema: object) {
  let validate = validators.get(key);
  // Refs in the document point at #/components/…: compile each schema with the components beside it.
  if (!validate) validators.set(key, (validate = ajv.compile({ ...schema, components: doc.components })));
  return validate;
}

/** Checks one real answer against the document: its status is documented, and so are content type, headers and body. */
async function expectDocumented(method: string, apiPath: string, response: Response): Promise<unknown> {
  const operation = doc.paths[apiPath]?.[method];
  expect(operation, `${method.toUpperCase()} ${apiPath} is documented`).toBeDefined();
  const documented = operation.responses[String(response.status)];
  expect(documented, `${method.toUpperCase()} ${apiPath} answered ${response.status}, which is not documented (${await response.clone().text()})`).toBeDefined();
  for (const header of Object.keys(documented.headers ?? {})) expect(response.headers.get(header), `${response.status} carries ${header}`).not.toBeNull();
  seen.set(`${method} ${apiPath}`, (seen.get(`${method} ${apiPath}`) ?? new Set()).add(response.status));
  if (!documented.content) return null;
  const type = (response.headers.get("content-type") ?? "").split(";")[0].trim();
  const media = documented.content[type];
  expect(media, `${method.toUpperCase()} ${apiPath} ${response.status}: content type ${type} is documented`).toBeDefined();
  if (type !== "application/json") {
    const text = await response.text();
    expect(text.length).toBeGreaterThan(0);
    return text;
  }
  const body: unknown = await response.json();
  const validate = validatorFor(`${method} ${apiPath} ${response.status}`, media.schema);
  expect(validate(body) ? [] : validate.errors, `${method.toUpperCase()} ${apiPath} ${response.status} body matches the document`).toEqual([]);
  return body;
}

type Init = Parameters<typeof callRoute>[3];

/** Calls the route, expects `status`, and checks the answer against the document. */
async function exchange<T = Record<string, unknown>>(method: string, apiPath: string, params: Record<string, string>, status: number, init: Init = {}): Promise<T> {
  const response = await callRoute(method, apiPath, params, init);
  if (response.status !== status) throw new Error(`${method.toUpperCase()} ${apiPath}: expected ${status}, got ${response.status}: ${await response.clone().text()}`);
  return (await expectDocumented(method, apiPath, response)) as T;
}

const tokenOf = (url: string) => url.split("/").at(-1)!.replace(/\/calendar\.ics$/, "");

beforeAll(async () => {
  const response = await callRoute("get", "/api/openapi.json", {});
  expect(response.status).toBe(200);
  doc = (await response.json()) as Doc;
});

afterAll(() => resetRateLimits());

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 (@seriousme/openapi-schema-validator)", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every route under app/api, and nothing that is not a route", () => {
    const routes = routeFiles().flatMap((r) => r.methods.map((m) => `${m} ${r.path}`));
    const documented = Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`));
    const undocumented = routes.filter((r) => !documented.includes(r) && !(r in NOT_DOCUMENTED));
    expect(undocumented, "routes without an operation in lib/openapi (add one, or an exclusion with its reason)").toEqual([]);
    expect(documented.filter((d) => !routes.includes(d)), "operations without a route").toEqual([]);
    expect(Object.keys(NOT_DOCUMENTED).filter((r) => !routes.includes(r)), "stale exclusions").toEqual([]);
  });

  it("every operation lists 500 (unexpected error) and 503 (busy database) with Retry-After, and organiser operations 401 and a security requirement", () => {
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item) as [string, { responses: Record<string, { headers?: object }>; security?: unknown[] }][]) {
        expect(operation.responses["500"], `${method} ${p}`).toBeDefined();
        expect(operation.responses["503"], `${method} ${p}`).toBeDefined();
        if (p.startsWith("/api/organiser/")) {
          expect(operation.responses["401"]?.headers, `${method} ${p}`).toHaveProperty("WWW-Authenticate");
          expect(operation.security, `${method} ${p}`).toEqual([{ bearerToken: [] }, { sessionCookie: [] }]);
        }
      }
    }
  });
});

describe("real answers of every documented endpoint match the document", () => {
  it("public, attendee and organiser endpoints, successes and errors", async () => {
    await resetRateLimits();
    const { conference, host, rooms } = await createConference({ capacity: 50 });
    const owner = await db.user.create({ data: { email: `${uniq("owner")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
    const session = await createSession(conference, host.id, { title: "Werkstatt", roomId: rooms[0].id, capacity: 20 });
    const spare = await createSession(conference, host.id, { title: "Reserve", roomId: rooms[1].id, offsetMinutes: 180 });
    await db.registrationQuestion.createMany({
      data: [
        { conferenceId: conference.id, key: "rolle", label: "Rolle", labelEn: "Role", type: "single_choice", required: true, position: 0, options: [{ value: "lehrkraft", label: "Lehrkraft", labelEn: "Teacher" }, { value: "andere", label: "Andere" }] },
        { conferenceId: conference.id, key: "wunsch", label: "Wunsch", type: "short_text", required: false, position: 1 },
      ],
    });
    const closed = await createConference({ registrationClosesAt: new Date(Date.now() - 60_000) });
    const slug = { slug: conference.slug };

    // Service and public reads.
    await exchange("get", "/api/health", {}, 200);
    await exchange("get", "/api/openapi.json", {}, 200);
    await exchange("get", "/api/conferences", {}, 200);
    const detail = await exchange<{ questions: unknown[] }>("get", "/api/conferences/{slug}", slug, 200, { query: { locale: "en" } });
    expect(detail.questions).toHaveLength(2);
    await exchange("get", "/api/conferences/{slug}", { slug: "no-such-conference" }, 404);
    await exchange("get", "/api/conferences/{slug}/calendar.ics", slug, 200);
    await exchange("get", "/api/conferences/{slug}/calendar.ics", { slug: "no-such-conference" }, 404);
    await exchange("get", "/api/sessions/{id}/calendar.ics", { id: session.id }, 200);
    await exchange("get", "/api/sessions/{id}/calendar.ics", { id: "nope" }, 404);

    // Registering: created, repeat, invalid, unknown, closed, too large.
    const ip = { "x-forwarded-for": uniq("ip") };
    const person = { name: "Zoë O'Brien", email: `${uniq("zoe")}@example.org`, consent: true, answers: { rolle: "lehrkraft" }, sessionIds: [session.id] };
    const created = await exchange<{ manageUrl: string; id: string }>("post", "/api/conferences/{slug}/registrations", slug, 201, { body: person, headers: ip });
    await exchange("post", "/api/conferences/{slug}/registrations", slug, 200, { body: person, headers: ip });
    await exchange("post", "/api/conferences/{slug}/registrations", slug, 422, { body: { name: "", email: "x", consent: false }, headers: ip });
    await exchange("post", "/api/conferences/{slug}/registrations", { slug: "no-such-conference" }, 404, { body: person, headers: ip });
    const refused = await exchange<{ reason: string }>("post", "/api/conferences/{slug}/registrations", { slug: closed.conference.slug }, 409, { body: { ...person, answers: {}, sessionIds: [] }, headers: ip });
    expect(refused.reason).toBe("closed");
    await exchange("post", "/api/conferences/{slug}/registrations", slug, 413, { body: JSON.stringify({ ...person, name: "x".repeat(70 * 1024) }), headers: ip });

    // The attendee's own registration, by manage token.
    const token = { token: tokenOf(created.manageUrl) };
    const unknown = { token: "A".repeat(43) };
    await exchange("get", "/api/registrations/{token}", token, 200);
    await exchange("get", "/api/registrations/{token}", unknown, 404);
    await exchange("patch", "/api/registrations/{token}", token, 200, { body: { organisation: "Schule am See" } });
    await exchange("patch", "/api/registrations/{token}", token, 422, { body: { answers: { rolle: "pilot" } } });
    await exchange("patch", "/api/registrations/{token}", unknown, 404, { body: {} });
    const feed = await exchange<{ feedUrl: string }>("post", "/api/registrations/{token}/feed", token, 200);
    await exchange("post", "/api/registrations/{token}/feed", unknown, 404);
    await exchange("get", "/api/agenda/{token}/calendar.ics", { token: feed.feedUrl.split("/").at(-2)! }, 200);
    await exchange("get", "/api/agenda/{token}/calendar.ics", unknown, 404);
    await exchange("delete", "/api/registrations/{token}/links", token, 200);
    await exchange("delete", "/api/registrations/{token}/links", unknown, 404);
    await exchange("get", "/api/registrations/{token}/export", token, 200);
    await exchange("get", "/api/registrations/{token}/export", unknown, 404);
    await exchange("post", "/api/unsubscribe/{token}", { token: optOutToken(created.id) }, 200);
    await exchange("post", "/api/unsubscribe/{token}", { token: "nope~nope" }, 404);

    // Organiser API with tokens: read and write, errors included.
    const read = await createApiToken({ input: { hostId: host.id, name: "Lesen", rights: "read", conferenceIds: [conference.id] }, actor: { userId: owner.id } });
    const write = await createApiToken({ input: { hostId: host.id, name: "Schreiben", rights: "write", conferenceIds: [conference.id] }, actor: { userId: owner.id } });
    const asRead = { authorization: `Bearer ${read.secret}` };
    const asWrite = { authorization: `Bearer ${write.secret}` };
    const conf = { id: conference.id };
    const page = await exchange<{ registrations: { id: string }[] }>("get", "/api/organiser/conferences/{id}/registrations", conf, 200, { headers: asRead });
    expect(page.registrations.map((r) => r.id)).toEqual([created.id]);
    await exchange("get", "/api/organiser/conferences/{id}/registrations", conf, 401, { headers: { authorization: "Bearer tgk_wrong" } });
    await exchange("get", "/api/organiser/conferences/{id}/registrations", { id: closed.conference.id }, 404, { headers: asRead });
    await exchange("get", "/api/organiser/conferences/{id}/registrations", conf, 422, { headers: asRead, query: { limit: "0", updatedSince: "yesterday" } });
    await exchange("get", "/api/organiser/conferences/{id}/registrations/{registrationId}", { id: conference.id, registrationId: created.id }, 200, { headers: asRead });
    await exchange("get", "/api/organiser/conferences/{id}/registrations/{registrationId}", { id: conference.id, registrationId: "nope" }, 404, { headers: asRead });
    await exchange("get", "/api/organiser/conferences/{id}/sessions", conf, 200, { headers: asRead });
    await exchange("get", "/api/organiser/conferences/{id}/sessions", conf, 422, { headers: asRead, query: { status: "maybe" } });
    await exchange("get", "/api/organiser/conferences/{id}/attendees.csv", conf, 200, { headers: asRead });
    await exchange("patch", "/api/organiser/sessions/{id}", { id: spare.id }, 403, { headers: asRead, body: { title: "Gekapert" } });
    await exchange("patch", "/api/organiser/sessions/{id}", { id: spare.id }, 422, { headers: asWrite, body: { title: "" } });
    await exchange("patch", "/api/organiser/sessions/{id}", { id: spare.id }, 409, { headers: asWrite, body: { endsAt: spare.startsAt.toISOString() } });
    await exchange("patch", "/api/organiser/sessions/{id}", { id: spare.id }, 200, { headers: asWrite, body: { title: "Reserve (neu)" } });
    await exchange("patch", "/api/organiser/sessions/{id}", { id: "nope" }, 404, { headers: asWrite, body: { title: "x" } });
    await exchange("delete", "/api/organiser/sessions/{id}", { id: spare.id }, 403, { headers: asRead });
    await exchange("delete", "/api/organiser/sessions/{id}", { id: spare.id }, 200, { headers: asWrite });

    // The day itself: check-in by code (entrance and a session's door) and badges, with tokens.
    const { checkInCode: code } = await db.registration.findUniqueOrThrow({ where: { id: created.id }, select: { checkInCode: true } });
    await exchange("post", "/api/organiser/conferences/{id}/check-ins", conf, 403, { headers: asRead, body: { code } });
    await exchange("post", "/api/organiser/conferences/{id}/check-ins", conf, 404, { headers: asWrite, body: { code: "NOPE000000" } });
    await exchange("post", "/api/organiser/conferences/{id}/check-ins", conf, 422, { headers: asWrite, body: {} });
    await exchange("post", "/api/organiser/conferences/{id}/check-ins", conf, 200, { headers: asWrite, body: { code, sessionId: session.id } });
    await exchange("get", "/api/organiser/conferences/{id}/badges.pdf", conf, 403, { headers: asRead });
    await exchange("get", "/api/organiser/conferences/{id}/badges.pdf", conf, 422, { headers: asWrite, query: { layout: "poster" } });
    await exchange("get", "/api/organiser/conferences/{id}/badges.pdf", conf, 200, { headers: asWrite });

    // Schedule export for conference apps.
    await exchange("get", "/api/conferences/{slug}/schedule.json", slug, 200);
    await exchange("get", "/api/conferences/{slug}/schedule.xml", slug, 200);
    await exchange("get", "/api/conferences/{slug}/schedule.json", { slug: "no-such-conference" }, 404);
    await exchange("get", "/api/conferences/{slug}/schedule.xml", { slug: "no-such-conference" }, 404);

    // Feedback and the certificate: refused before the end, given after it (dates moved into the past, then back).
    await exchange("post", "/api/registrations/{token}/feedback", token, 409, { body: { sessionId: session.id, rating: 5 } });
    await exchange("get", "/api/registrations/{token}/certificate.pdf", token, 409);
    await exchange("get", "/api/registrations/{token}/certificate.pdf", unknown, 404);
    const dates = { conference: { startsAt: conference.startsAt, endsAt: conference.endsAt }, session: { startsAt: session.startsAt, endsAt: session.endsAt } };
    const past = new Date(Date.now() - 3 * 864e5);
    await db.session.update({ where: { id: session.id }, data: { startsAt: past, endsAt: new Date(past.getTime() + 3_600_000) } });
    await db.conference.update({ where: { id: conference.id }, data: { startsAt: new Date(past.getTime() - 3_600_000), endsAt: new Date(past.getTime() + 864e5), certificatesEnabled: true } });
    await exchange("post", "/api/registrations/{token}/feedback", token, 200, { body: { sessionId: session.id, rating: 5, comment: "Sehr anregend" } });
    await exchange("post", "/api/registrations/{token}/feedback", token, 422, { body: { sessionId: session.id, rating: 9 } });
    await exchange("post", "/api/registrations/{token}/feedback", unknown, 404, { body: { sessionId: session.id, rating: 4 } });
    await exchange("get", "/api/registrations/{token}/certificate.pdf", token, 200);
    await db.session.update({ where: { id: session.id }, data: dates.session });
    await db.conference.update({ where: { id: conference.id }, data: { ...dates.conference, certificatesEnabled: false } });

    // Cancelling, then what a cancelled registration answers; erasing last (the token stops working).
    await exchange("delete", "/api/registrations/{token}", token, 200);
    await exchange("delete", "/api/registrations/{token}", unknown, 404);
    const stale = await exchange<{ reason: string }>("patch", "/api/registrations/{token}", token, 409, { body: { organisation: "Anderswo" } });
    expect(stale.reason).toBe("cancelled");
    await exchange("post", "/api/registrations/{token}/erase", token, 200);
    await exchange("post", "/api/registrations/{token}/erase", token, 404);

    // "Lost your link": accepted, invalid, then rate-limited per client address (429 with Retry-After).
    const linkIp = { "x-forwarded-for": uniq("ip") };
    await exchange("post", "/api/registrations/manage-link", {}, 422, { body: { email: "no" }, headers: linkIp });
    let limited = false;
    for (let i = 0; i < 12 && !limited; i++) {
      const response = await callRoute("post", "/api/registrations/manage-link", {}, { body: { email: `${uniq("x")}@example.org` }, headers: linkIp });
      await expectDocumented("post", "/api/registrations/manage-link", response);
      limited = response.status === 429;
    }
    expect(limited).toBe(true);

    // Every operation was called, and answered with success at least once.
    const missing = Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m} ${p}`)).filter((op) => ![...(seen.get(op) ?? [])].some((s) => s >= 200 && s < 300));
    expect(missing, "operations never answered with success in this test").toEqual([]);
  });

  it("a busy database's 503 (errorResponse) matches every operation's documented 503", async () => {
    const busy = Object.assign(new Error("database is locked"), { code: "P2034" });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const method of Object.keys(item)) {
        if (p === "/api/health") continue; // the health check reports its own 503 body (below)
        await expectDocumented(method, p, errorResponse(busy));
      }
    }
    const health = Response.json({ status: "error", database: "unreachable", reason: "timeout" }, { status: 503 });
    await expectDocumented("get", "/api/health", health);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it("an unexpected error's 500 (errorResponse) matches every operation's documented 500", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const method of Object.keys(item)) {
        const response = errorResponse(new TypeError("Cannot read properties of undefined"));
        expect(response.status).toBe(500);
        const body = await expectDocumented(method, p, response);
        expect(JSON.stringify(body)).not.toContain("Cannot read");
      }
    }
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});

/**
 * A copy of a schema (and its components) in which every object with listed fields takes no others.
 * The document leaves payload objects open, so receivers may expect new fields; our own payloads,
 * though, must not carry a field the document does not name.
 */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (!node || typeof node !== "object") return node;
  const copy: Record<string, unknown> = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, closed(value)]));
  if (copy.properties && typeof copy.properties === "object" && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}

describe("the webhooks section", () => {
  it("has a POST per event type, with the Standard Webhooks headers, the payload and the expected 2xx answer", () => {
    expect(Object.keys(doc.webhooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    for (const [type, item] of Object.entries(doc.webhooks)) {
      expect(Object.keys(item), type).toEqual(["post"]);
      const { parameters, requestBody, responses } = item.post;
      expect(parameters?.map((p) => [p.name, p.in, p.required]), type).toEqual([
        ["webhook-id", "header", true],
        ["webhook-timestamp", "header", true],
        ["webhook-signature", "header", true],
      ]);
      expect(requestBody?.content["application/json"]?.schema, type).toMatchObject({ properties: { type: { const: type } } });
      expect(Object.keys(responses), type).toContain("2XX");
    }
  });

  it("the payloads the app stores for every event type (and after erasure) match the documented schema, field for field", async () => {
    process.env.RATE_LIMIT = "off";
    const s = await webhookScenario({ sessionCapacity: 1 });
    await db.webhookEndpoint.create({ data: { conferenceId: s.conference.id, url: "https://receiver.example.org/hook", events: [...WEBHOOK_EVENT_TYPES], secretSealed: seal(newEndpointSecret()) } });
    const register = async (name: string) =>
      (await registerAttendee({ conferenceSlug: s.conference.slug, input: { name, email: `${uniq("p")}@example.org`, consent: true, sessionIds: [s.session.id] } })).registration.id;
    const first = await register("Zoë O'Brien");
    const second = await register("Jörg Müller"); // waitlisted for the one seat
    await updateRegistration({ registrationId: first, input: { organisation: "Schule am See" }, actor: "attendee" });
    await updateRegistration({ registrationId: first, input: { sessionIds: [] }, actor: "attendee" }); // the seat goes to the second
    await updateSession({ sessionId: s.session.id, actor: { userId: s.owner.id }, changes: { title: "Fachkräfte finden" } });
    const { checkInCode } = await db.registration.findUniqueOrThrow({ where: { id: second }, select: { checkInCode: true } });
    await checkInAttendee({ conferenceId: s.conference.id, code: checkInCode!, sessionId: s.session.id, actor: { userId: s.owner.id } });
    await cancelRegistration({ registrationId: first, actor: "attendee" });
    await cancelSession({ sessionId: s.session.id, actor: { userId: s.owner.id } });
    await eraseRegistration({ registrationId: second, actor: "attendee" }); // its stored events are redacted

    const events = await db.webhookEvent.findMany({ where: { conferenceId: s.conference.id }, orderBy: { createdAt: "asc" } });
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(WEBHOOK_EVENT_TYPES));
    for (const event of events) {
      const schema = doc.webhooks[event.type]?.post.requestBody?.content["application/json"]?.schema;
      expect(schema, `${event.type} is documented`).toBeDefined();
      const validate = ajv.compile(closed({ ...schema, components: doc.components }) as object);
      expect(validate(event.payload) ? [] : validate.errors, `${event.type} payload matches the document`).toEqual([]);
    }
  });
});

describe("the route walk", () => {
  it("finds every route file's methods, whichever way they are exported", () => {
    const byPath = new Map(routeFiles().map((r) => [r.path, r.methods]));
    expect(byPath.get("/api/auth/{nextauth}")).toEqual(["GET", "POST"]);
    expect(byPath.get("/api/registrations/{token}")).toEqual(["GET", "PATCH", "DELETE"]);
    expect(byPath.get("/api/organiser/conferences/{id}/registrations")).toEqual(["GET"]);
  });
});

