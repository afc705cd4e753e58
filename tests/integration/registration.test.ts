import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/conferences/[slug]/registrations/route";
import { DELETE, GET, PATCH } from "@/app/api/registrations/[token]/route";
import { POST as requestLink } from "@/app/api/registrations/manage-link/route";
import { db } from "@/lib/db";
import { unsealPayload } from "@/lib/mail/sealed";
import { resetRateLimits } from "@/lib/rate-limit";
import { createConference, createSession, uniq } from "../helpers/fixtures";

beforeEach(() => resetRateLimits());

function register(slug: string, body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request(`http://test/api/conferences/${slug}/registrations`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": uniq("ip"), ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug }) },
  );
}

const person = (extra: Record<string, unknown> = {}) => ({ name: "Jörg O'Brien", email: `${uniq("p")}@example.org`, consent: true, ...extra });
const tokenOf = (manageUrl: string) => manageUrl.split("/manage/")[1];
const ctx = (token: string) => ({ params: Promise.resolve({ token }) });

describe("POST /api/conferences/{slug}/registrations", () => {
  it("a session scheduled a moment ago can be chosen at once, though the conference's form data is cached (REGISTRATION_CACHE_MS)", async () => {
    const { conference, host } = await createConference();
    const first = await createSession(conference, host.id, { offsetMinutes: 0 });
    process.env.REGISTRATION_CACHE_MS = "60000";
    try {
      expect((await register(conference.slug, person({ sessionIds: [first.id] }))).status).toBe(201); // now cached without the next session
      const added = await createSession(conference, host.id, { offsetMinutes: 180 });
      const response = await register(conference.slug, person({ sessionIds: [added.id] }));
      expect(response.status).toBe(201);
      // A session that exists nowhere is still refused, by name of the field.
      const unknown = await register(conference.slug, person({ sessionIds: ["no-such-session"] }));
      expect(unknown.status).toBe(422);
      expect((await unknown.json()).errors).toHaveProperty(["sessionIds.0"]);
    } finally {
      delete process.env.REGISTRATION_CACHE_MS;
    }
  });

  it("registers with sessions and keeps names with umlauts, accents and apostrophes intact", async () => {
    const { conference, host } = await createConference();
    const s = await createSession(conference, host.id, { capacity: 5 });
    const names = ["Jörg Müller", "Zoë Ağaoğlu", "Siobhán O'Brien"];
    for (const name of names) {
      const response = await register(conference.slug, person({ name, sessionIds: [s.id], organisation: "Stadt Merseburg" }));
      expect(response.status).toBe(201);
      const body = await response.json();
      expect(body).toMatchObject({ status: "confirmed", sessions: [{ id: s.id, status: "confirmed" }] });
      expect(body.manageUrl).toMatch(/\/manage\/[A-Za-z0-9_-]{43}$/);
      const stored = await db.registration.findUniqueOrThrow({ where: { id: body.id } });
      expect(stored.name).toBe(name);
      const tokens = await db.registrationToken.findMany({ where: { registrationId: stored.id } });
      expect(tokens.map((t) => t.kind).sort()).toEqual(["feed", "manage"]);
      for (const t of tokens) expect(t.tokenHash).not.toContain(tokenOf(body.manageUrl));
    }
    expect((await db.session.findUniqueOrThrow({ where: { id: s.id } })).seatsTaken).toBe(3);
  });

  it("writes the confirmation email to the outbox in the same transaction, with invites", async () => {
    const { conference, host } = await createConference();
    const s = await createSession(conference, host.id);
    const body = await (await register(conference.slug, person({ sessionIds: [s.id], locale: "en" }))).json();
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { registrationId: body.id, kind: "registration-received" } });
    expect(mail).toMatchObject({ kind: "registration-received", locale: "en", status: "pending" });
    // The manage link is stored sealed (no usable token at rest); the sender opens it.
    expect(JSON.stringify(mail.payload)).not.toContain(tokenOf(body.manageUrl));
    const payload = unsealPayload(mail.payload) as { manageUrl: string; invite: { method: string; event: { uid: string } }; invitesFollow: number };
    expect(payload.manageUrl).toBe(body.manageUrl.replace("/manage/", "/en/manage/").replace("/en/en/", "/en/"));
    // One event per message: the confirmation carries the conference, the session follows on its own.
    expect(payload.invite).toMatchObject({ method: "REQUEST", event: { uid: `conference-${conference.id}@localhost` } });
    expect(payload.invitesFollow).toBe(1);
    const follow = await db.emailOutbox.findFirstOrThrow({ where: { registrationId: body.id, kind: "calendar-invite" } });
    expect(follow).toMatchObject({ locale: "en", status: "pending", payload: { reason: "invite", invite: { method: "REQUEST", event: { uid: `session-${s.id}@localhost` } } } });
  });

  it("a repeat with the same email creates no second row, answers 200 with nothing personal and emails a further link", async () => {
    const { conference } = await createConference();
    const p = person();
    const first = await register(conference.slug, p);
    expect(first.status).toBe(201);
    const again = await register(conference.slug, { ...p, email: p.email.toUpperCase(), name: "Jemand anders" });
    expect(again.status).toBe(200);
    const body = await again.json();
    expect(Object.keys(body).sort()).toEqual(["existing", "message"]);
    expect(body.existing).toBe(true);
    expect(await db.registration.count({ where: { conferenceId: conference.id } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { conferenceId: conference.id, kind: "manage-link" } })).toBe(1);
  });

  it("replays the answer for a repeated Idempotency-Key and refuses the key with another body", async () => {
    const { conference } = await createConference();
    const p = person();
    const first = await register(conference.slug, p, { "idempotency-key": "abc-1" });
    const replay = await register(conference.slug, p, { "idempotency-key": "abc-1" });
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect((await replay.json()).id).toBe((await first.json()).id);
    expect(await db.emailOutbox.count({ where: { conferenceId: conference.id } })).toBe(1);
    const other = await register(conference.slug, person(), { "idempotency-key": "abc-1" });
    expect(other.status).toBe(422);
  });

  it("answers 422 with a message per field for bad input, in the requested language", async () => {
    const { conference, host } = await createConference();
    const a = await createSession(conference, host.id, { title: "Werkstatt A", offsetMinutes: 60, minutes: 90 });
    const b = await createSession(conference, host.id, { title: "Werkstatt B", offsetMinutes: 120, minutes: 60 });
    const cancelled = await createSession(conference, host.id, { status: "cancelled" });
    const bad = await register(conference.slug, { name: "", email: "not-an-email", consent: false, locale: "de" });
    expect(bad.status).toBe(422);
    const errors = (await bad.json()).errors;
    expect(errors.name).toBe("Bitte füllen Sie dieses Feld aus.");
    expect(errors.email).toMatch(/gültige E-Mail-Adresse/);
    expect(errors.consent).toMatch(/Datenschutzhinweise/);

    const overlap = await register(conference.slug, person({ sessionIds: [a.id, b.id], locale: "en" }));
    expect(overlap.status).toBe(422);
    expect((await overlap.json()).errors.sessionIds).toBe("“Werkstatt A” and “Werkstatt B” take place at the same time. Please choose only one of them.");

    const unknown = await register(conference.slug, person({ sessionIds: ["nope", cancelled.id], locale: "en" }));
    expect((await unknown.json()).errors).toEqual({ "sessionIds.0": "This event has no such session.", "sessionIds.1": "This session has been cancelled." });

    const control = await register(conference.slug, person({ name: "Evil\u0000Name", organisation: "x".repeat(201), locale: "en" }));
    expect((await control.json()).errors).toEqual({ name: "Please do not use control characters.", organisation: "This text is too long." });

    const notJson = await register(conference.slug, "{oops");
    expect(notJson.status).toBe(422);
    const array = await register(conference.slug, [1, 2]);
    expect(array.status).toBe(422);
    expect(await db.registration.count({ where: { conferenceId: conference.id } })).toBe(0);
  });

  it("validates the conference's own questions", async () => {
    const { conference } = await createConference();
    await db.registrationQuestion.createMany({
      data: [
        { conferenceId: conference.id, key: "role", label: "Rolle", type: "single_choice", required: true, options: [{ value: "a", label: "A" }], position: 0 },
        { conferenceId: conference.id, key: "topics", label: "Themen", type: "multiple_choice", options: [{ value: "x", label: "X" }, { value: "y", label: "Y" }], position: 1 },
      ],
    });
    const missing = await register(conference.slug, person({ locale: "en" }));
    expect((await missing.json()).errors).toEqual({ "answers.role": "Please fill in this field." });
    const wrong = await register(conference.slug, person({ answers: { role: "zzz", topics: ["x", "q"], extra: "?" }, locale: "en" }));
    expect((await wrong.json()).errors).toEqual({
      "answers.role": "Please choose one of the answers offered.",
      "answers.topics": "Please choose one of the answers offered.",
      "answers.extra": "This event has no such question.",
    });
    const ok = await register(conference.slug, person({ answers: { role: "a", topics: ["y", "x"] } }));
    expect(ok.status).toBe(201);
    const stored = await db.registration.findUniqueOrThrow({ where: { id: (await ok.json()).id } });
    expect(stored.answers).toEqual({ role: "a", topics: ["y", "x"] });
  });

  it("answers 404 for an unknown or draft conference and 409 outside the registration window", async () => {
    expect((await register("gibt-es-nicht", person())).status).toBe(404);
    const draft = await createConference({ status: "draft" });
    expect((await register(draft.conference.slug, person())).status).toBe(404);
    const early = await createConference({ registrationOpensAt: new Date(Date.now() + 864e5) });
    const response = await register(early.conference.slug, person());
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ reason: "not_yet_open" });
    const late = await createConference({ registrationClosesAt: new Date(Date.now() - 1000) });
    expect((await register(late.conference.slug, person())).status).toBe(409);
  });

  it("refuses bodies over 64 KiB with 413", async () => {
    const { conference } = await createConference();
    const response = await register(conference.slug, person({ organisation: "x".repeat(70_000) }));
    expect(response.status).toBe(413);
  });

  it("rate-limits registrations per IP with 429 and Retry-After", async () => {
    const { conference } = await createConference();
    process.env.RATE_LIMIT_REGISTRATIONS_PER_IP = "3";
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await register(conference.slug, person(), { "x-forwarded-for": "203.0.113.9" })).status);
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      const limited = await register(conference.slug, person(), { "x-forwarded-for": "203.0.113.9" });
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      delete process.env.RATE_LIMIT_REGISTRATIONS_PER_IP;
    }
  });
});

describe("manage token endpoints", () => {
  it("reads, changes sessions, and cancels, promoting the waiting list", async () => {
    const { conference, host } = await createConference();
    const small = await createSession(conference, host.id, { capacity: 1, offsetMinutes: 60 });
    const other = await createSession(conference, host.id, { offsetMinutes: 180 });
    const alice = await (await register(conference.slug, person({ name: "Alice", sessionIds: [small.id] }))).json();
    const bob = await (await register(conference.slug, person({ name: "Bob", sessionIds: [small.id] }))).json();
    expect(bob.sessions).toEqual([{ id: small.id, status: "waitlisted", waitlistPosition: 1 }]);

    const aliceToken = tokenOf(alice.manageUrl);
    const read = await (await GET(new Request("http://test"), ctx(aliceToken))).json();
    expect(read).toMatchObject({ name: "Alice", status: "confirmed", sessions: [{ id: small.id, status: "confirmed" }] });

    // Alice swaps the small session for another; Bob moves up.
    const patched = await PATCH(new Request("http://test", { method: "PATCH", body: JSON.stringify({ sessionIds: [other.id] }) }), ctx(aliceToken));
    expect(patched.status).toBe(200);
    expect((await patched.json()).sessions).toEqual([expect.objectContaining({ id: other.id, status: "confirmed" })]);
    const bobRead = await (await GET(new Request("http://test"), ctx(tokenOf(bob.manageUrl)))).json();
    expect(bobRead.sessions).toEqual([expect.objectContaining({ id: small.id, status: "confirmed" })]);
    expect(await db.emailOutbox.count({ where: { registrationId: bob.id, kind: "waitlist-promoted" } })).toBe(1);

    const cancelled = await DELETE(new Request("http://test", { method: "DELETE" }), ctx(aliceToken));
    expect(await cancelled.json()).toMatchObject({ status: "cancelled" });
    const row = await db.registration.findUniqueOrThrow({ where: { id: alice.id } });
    expect(row.status).toBe("cancelled");
    expect((await db.session.findUniqueOrThrow({ where: { id: other.id } })).seatsTaken).toBe(0);
    expect(await db.emailOutbox.count({ where: { registrationId: alice.id, kind: "registration-cancelled" } })).toBe(1);
    // Cancelling twice changes nothing.
    await DELETE(new Request("http://test", { method: "DELETE" }), ctx(aliceToken));
    expect(await db.emailOutbox.count({ where: { registrationId: alice.id, kind: "registration-cancelled" } })).toBe(1);
  });

  it("answers 404 for unknown and malformed tokens, never 500", async () => {
    for (const token of ["x", "A".repeat(43), "../../etc/passwd", "%00"]) {
      expect((await GET(new Request("http://test"), ctx(token))).status).toBe(404);
      expect((await DELETE(new Request("http://test"), ctx(token))).status).toBe(404);
    }
  });

  it("'lost your link' answers the same for registered and unknown addresses", async () => {
    const { conference } = await createConference();
    const p = person();
    await register(conference.slug, p);
    const call = (email: string) => requestLink(new Request("http://test", { method: "POST", body: JSON.stringify({ email }), headers: { "x-forwarded-for": uniq("ip") } }));
    const known = await call(p.email);
    const unknown = await call(`${uniq("nobody")}@example.org`);
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    expect(await db.emailOutbox.count({ where: { conferenceId: conference.id, kind: "manage-link" } })).toBe(1);
  });
});
