/**
 * Issue 17: what an integrator reads — the registration form in GET /api/conferences/{slug}
 * (questions in the request's language, both labels, options, the privacy notice), and the
 * organiser API's registrations (paging, filters, updatedSince) and sessions.
 */
import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/conferences/[slug]/registrations/route";
import { GET as getConference } from "@/app/api/conferences/[slug]/route";
import { GET as getRegistrationRoute } from "@/app/api/organiser/conferences/[id]/registrations/[registrationId]/route";
import { GET as listRegistrationsRoute } from "@/app/api/organiser/conferences/[id]/registrations/route";
import { GET as listSessionsRoute } from "@/app/api/organiser/conferences/[id]/sessions/route";
import { DELETE as cancel } from "@/app/api/registrations/[token]/route";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { db } from "@/lib/db";
import { createConference, createHost, createSession, uniq } from "../helpers/fixtures";

async function conferenceWithQuestions() {
  const f = await createConference();
  await db.registrationQuestion.createMany({
    data: [
      {
        conferenceId: f.conference.id,
        key: "rolle",
        label: "Ihre Rolle",
        labelEn: "Your role",
        type: "single_choice",
        required: true,
        position: 0,
        options: [
          { value: "lehrkraft", label: "Lehrkraft", labelEn: "Teacher" },
          { value: "andere", label: "Andere" },
        ],
      },
      { conferenceId: f.conference.id, key: "themen", label: "Themen", type: "multiple_choice", required: false, position: 1, options: [{ value: "kita", label: "Kita", labelEn: "Early years" }] },
      { conferenceId: f.conference.id, key: "hinweis", label: "Hinweis", helpText: "Alles, was wir wissen sollten", type: "long_text", required: false, position: 2 },
      { conferenceId: f.conference.id, key: "foto", label: "Fotos erlaubt", labelEn: "Photos allowed", type: "checkbox", required: false, position: 3 },
      { conferenceId: f.conference.id, key: "alt", label: "Archiviert", type: "short_text", required: false, position: 4, archivedAt: new Date() },
    ],
  });
  return f;
}

const fetchConference = async (slug: string, init: { query?: string; language?: string } = {}) => {
  const response = await getConference(new Request(`http://test/api/conferences/${slug}${init.query ?? ""}`, { headers: init.language ? { "accept-language": init.language } : {} }), { params: Promise.resolve({ slug }) });
  expect(response.status).toBe(200);
  return { body: await response.json(), language: response.headers.get("content-language") };
};

describe("GET /api/conferences/{slug}: the registration form", () => {
  it("lists the questions in order with key, type, required and options; both labels, English falling back to German; archived ones left out", async () => {
    const { conference } = await conferenceWithQuestions();
    const { body } = await fetchConference(conference.slug, { query: "?locale=de" });
    expect(body.questions).toEqual([
      {
        key: "rolle",
        type: "single_choice",
        required: true,
        label: "Ihre Rolle",
        labels: { de: "Ihre Rolle", en: "Your role" },
        helpText: null,
        options: [
          { value: "lehrkraft", label: "Lehrkraft", labels: { de: "Lehrkraft", en: "Teacher" } },
          { value: "andere", label: "Andere", labels: { de: "Andere", en: "Andere" } },
        ],
      },
      { key: "themen", type: "multiple_choice", required: false, label: "Themen", labels: { de: "Themen", en: "Themen" }, helpText: null, options: [{ value: "kita", label: "Kita", labels: { de: "Kita", en: "Early years" } }] },
      { key: "hinweis", type: "long_text", required: false, label: "Hinweis", labels: { de: "Hinweis", en: "Hinweis" }, helpText: "Alles, was wir wissen sollten" },
      { key: "foto", type: "checkbox", required: false, label: "Fotos erlaubt", labels: { de: "Fotos erlaubt", en: "Photos allowed" }, helpText: null },
    ]);
  });

  it("labels follow ?locale=, else Accept-Language; the answer says which language it chose", async () => {
    const { conference } = await conferenceWithQuestions();
    const english = await fetchConference(conference.slug, { query: "?locale=en", language: "de-DE" });
    expect(english.language).toBe("en");
    expect(english.body.questions[0]).toMatchObject({ label: "Your role", options: [{ label: "Teacher" }, { label: "Andere" }] });
    const german = await fetchConference(conference.slug, { language: "de-DE,de;q=0.9,en;q=0.5" });
    expect(german.language).toBe("de");
    expect(german.body.questions[0].label).toBe("Ihre Rolle");
    expect((await fetchConference(conference.slug, { language: "en-GB" })).body.questions[3].label).toBe("Photos allowed");
  });

  it("names the privacy notice version and its address in the request's language, as consent records it", async () => {
    const { conference } = await conferenceWithQuestions();
    await db.conference.update({ where: { id: conference.id }, data: { privacyNoticeVersion: "2027-2" } });
    const de = (await fetchConference(conference.slug, { query: "?locale=de" })).body.privacy;
    expect(de).toEqual({ noticeVersion: "2027-2", url: `http://localhost:3000/privacy?conference=${conference.slug}` });
    expect((await fetchConference(conference.slug, { query: "?locale=en" })).body.privacy.url).toBe(`http://localhost:3000/en/privacy?conference=${conference.slug}`);
  });

  it("what the form says is what registering accepts: the required question's options pass, anything else is a field error", async () => {
    const { conference } = await conferenceWithQuestions();
    const { body } = await fetchConference(conference.slug, { query: "?locale=en" });
    const role = body.questions.find((q: { required: boolean }) => q.required);
    const post = (answers: Record<string, unknown>) =>
      register(
        new Request("http://test/x", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": uniq("ip") }, body: JSON.stringify({ name: "Ada", email: `${uniq("a")}@example.org`, consent: true, locale: "en", answers }) }),
        { params: Promise.resolve({ slug: conference.slug }) },
      );
    const missing = await post({});
    expect(missing.status).toBe(422);
    expect(Object.keys((await missing.json()).errors)).toEqual([`answers.${role.key}`]);
    expect((await post({ [role.key]: "pilot" })).status).toBe(422);
    const ok = await post({ [role.key]: role.options[0].value, themen: ["kita"], foto: true });
    expect(ok.status).toBe(201);
    const stored = await db.registration.findUniqueOrThrow({ where: { id: (await ok.json()).id } });
    expect(stored.consentVersion).toBe(body.privacy.noticeVersion);
  });
});

describe("registering through the JSON API (point 6 of the issue)", () => {
  it("jörg@müller.de registers, cancels and registers again", async () => {
    const { conference } = await createConference();
    const post = () =>
      register(
        new Request("http://test/x", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": uniq("ip") }, body: JSON.stringify({ name: "Jörg Müller", email: "jörg@müller.de", consent: true }) }),
        { params: Promise.resolve({ slug: conference.slug }) },
      );
    const first = await post();
    expect(first.status).toBe(201);
    const { id, manageUrl } = await first.json();
    const token = manageUrl.split("/").at(-1);
    expect((await cancel(new Request("http://test/x", { method: "DELETE" }), { params: Promise.resolve({ token }) })).status).toBe(200);
    const again = await post();
    expect(again.status).toBe(201);
    const second = await again.json();
    expect(second.id).not.toBe(id);
    expect(await db.registration.count({ where: { conferenceId: conference.id } })).toBe(2);
    expect((await db.registration.findUniqueOrThrow({ where: { id } })).status).toBe("cancelled");
  });
});

async function organiserSetup() {
  const f = await createConference({ capacity: 3 });
  const owner = await db.user.create({ data: { email: `${uniq("o")}@example.org`, memberships: { create: { hostId: f.host.id, role: "owner" } } } });
  const { secret } = await createApiToken({ input: { hostId: f.host.id, name: "CRM", rights: "read", conferenceIds: [f.conference.id] }, actor: { userId: owner.id } });
  return { ...f, owner, headers: { authorization: `Bearer ${secret}` } };
}

describe("GET /api/organiser/conferences/{id}/registrations", () => {
  const list = async (id: string, headers: Record<string, string>, query: Record<string, string> = {}) => {
    const response = await listRegistrationsRoute(new Request(`http://test/x?${new URLSearchParams(query)}`, { headers }), { params: Promise.resolve({ id }) });
    return { status: response.status, body: await response.json(), cache: response.headers.get("cache-control") };
  };

  it("pages with a cursor in (updatedAt, id) order, every registration exactly once", async () => {
    const s = await organiserSetup();
    const times = [0, 1, 2, 3, 4].map((i) => new Date(Date.UTC(2027, 0, 1, 9, i)));
    const ids: string[] = [];
    for (const [i, at] of times.entries()) {
      const r = await db.registration.create({
        data: { conferenceId: s.conference.id, name: `Person ${i}`, email: `p${i}-${uniq("e")}@example.org`, emailKey: uniq("k"), status: i < 3 ? "confirmed" : "waitlisted", consentAt: at, consentVersion: "2026-1", checkInCode: uniq("C").toUpperCase(), createdAt: at },
      });
      // An explicit updatedAt wins over Prisma's own stamp: a known order (the 4th changed last).
      await db.registration.update({ where: { id: r.id }, data: { updatedAt: i === 3 ? new Date(Date.UTC(2027, 0, 2)) : at } });
      ids.push(r.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await list(s.conference.id, s.headers, { limit: "2", ...(cursor ? { cursor } : {}) });
      expect(page.status).toBe(200);
      expect(page.cache).toBe("private, no-store");
      expect(page.body.total).toBe(5);
      seen.push(...page.body.registrations.map((r: { id: string }) => r.id));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([ids[0], ids[1], ids[2], ids[4], ids[3]]);
    // updatedSince: only what changed since.
    const since = await list(s.conference.id, s.headers, { updatedSince: "2027-01-01T10:03:00+01:00" });
    expect(since.body.registrations.map((r: { id: string }) => r.id)).toEqual([ids[4], ids[3]]);
    expect(since.body.total).toBe(2);
  });

  it("filters by status, session and search; a bad cursor or limit is a 422 naming the field", async () => {
    const s = await organiserSetup();
    const session = await createSession(s.conference, s.host.id, { title: "Werkstatt", capacity: 1 });
    const post = (name: string, email: string, sessionIds: string[] = []) =>
      register(
        new Request("http://test/x", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": uniq("ip") }, body: JSON.stringify({ name, email, consent: true, sessionIds }) }),
        { params: Promise.resolve({ slug: s.conference.slug }) },
      );
    await post("Ada Lovelace", `${uniq("ada")}@example.org`, [session.id]);
    await post("Grace Hopper", `${uniq("grace")}@example.org`, [session.id]);
    await post("Zoë O'Brien", `${uniq("zoe")}@example.org`);
    await post("Margaret Hamilton", `${uniq("mh")}@example.org`);
    const names = async (query: Record<string, string>) => (await list(s.conference.id, s.headers, query)).body.registrations.map((r: { name: string }) => r.name).sort();
    expect(await names({ status: "waitlisted" })).toEqual(["Margaret Hamilton"]);
    expect(await names({ session: session.id })).toEqual(["Ada Lovelace", "Grace Hopper"]);
    expect(await names({ search: "hopper" })).toEqual(["Grace Hopper"]);
    expect(await names({ search: "O'Brien", status: "confirmed" })).toEqual(["Zoë O'Brien"]);
    const ada = (await list(s.conference.id, s.headers, { search: "Ada" })).body.registrations[0];
    expect(ada.sessions).toEqual([{ id: session.id, title: "Werkstatt", status: "confirmed", waitlistedAt: null }]);
    const grace = (await list(s.conference.id, s.headers, { search: "Grace" })).body.registrations[0];
    expect(grace.sessions[0]).toMatchObject({ status: "waitlisted" });
    expect(ada.checkInCode).toMatch(/^[A-Z0-9]+$/);
    expect(ada.consent.noticeVersion).toBe("2026-1");
    expect(ada.createdAt).toMatch(/[+-]\d\d:\d\d$/);
    for (const [query, field] of [[{ cursor: "xyz" }, "cursor"], [{ limit: "500" }, "limit"], [{ status: "gone" }, "status"], [{ updatedSince: "2027-01-01" }, "updatedSince"]] as const) {
      const bad = await list(s.conference.id, s.headers, query);
      expect(bad.status, JSON.stringify(query)).toBe(422);
      expect(Object.keys(bad.body.errors)).toEqual([field]);
    }
  });

  it("one registration by id, only within its conference", async () => {
    const s = await organiserSetup();
    const other = await createConference();
    const mine = await db.registration.create({ data: { conferenceId: s.conference.id, name: "Ada", email: "ada@example.org", emailKey: uniq("k"), status: "confirmed", consentAt: new Date(), consentVersion: "2026-1", checkInCode: uniq("C").toUpperCase(), answers: { rolle: "andere" } } });
    const theirs = await db.registration.create({ data: { conferenceId: other.conference.id, name: "Eve", email: "eve@example.org", emailKey: uniq("k"), status: "confirmed", consentAt: new Date(), consentVersion: "2026-1", checkInCode: uniq("C").toUpperCase() } });
    const get = (registrationId: string) => getRegistrationRoute(new Request("http://test/x", { headers: s.headers }), { params: Promise.resolve({ id: s.conference.id, registrationId }) });
    const found = await get(mine.id);
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ id: mine.id, name: "Ada", answers: { rolle: "andere" }, status: "confirmed" });
    expect((await get(theirs.id)).status).toBe(404);
  });

  it("a partner host's token sees only the attendees of its own sessions", async () => {
    const s = await organiserSetup();
    const partner = await createHost();
    await db.conferenceHost.create({ data: { conferenceId: s.conference.id, hostId: partner.id, role: "partner" } });
    const partnerOwner = await db.user.create({ data: { email: `${uniq("p")}@example.org`, memberships: { create: { hostId: partner.id, role: "owner" } } } });
    const own = await createSession(s.conference, partner.id, { title: "Partner-Session" });
    const other = await createSession(s.conference, s.host.id, { title: "Andere", offsetMinutes: 200 });
    const post = (name: string, sessionIds: string[]) =>
      register(new Request("http://test/x", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": uniq("ip") }, body: JSON.stringify({ name, email: `${uniq("x")}@example.org`, consent: true, sessionIds }) }), { params: Promise.resolve({ slug: s.conference.slug }) });
    await post("Bei Partner", [own.id, other.id]);
    await post("Nur Andere", [other.id]);
    const { secret } = await createApiToken({ input: { hostId: partner.id, name: "P", rights: "read", conferenceIds: [s.conference.id] }, actor: { userId: partnerOwner.id } });
    const page = await list(s.conference.id, { authorization: `Bearer ${secret}` });
    expect(page.body.registrations.map((r: { name: string }) => r.name)).toEqual(["Bei Partner"]);
    expect(page.body.registrations[0].sessions.map((x: { title: string }) => x.title)).toEqual(["Partner-Session"]);
  });
});

describe("GET /api/organiser/conferences/{id}/sessions", () => {
  it("lists every session with seats and waiting lists, drafts and cancelled ones too; ?status= narrows", async () => {
    const s = await organiserSetup();
    await createSession(s.conference, s.host.id, { title: "Geplant", capacity: 10, roomId: s.rooms[0].id });
    await createSession(s.conference, s.host.id, { title: "Entwurf", status: "draft", offsetMinutes: 120 });
    await createSession(s.conference, s.host.id, { title: "Abgesagt", status: "cancelled", offsetMinutes: 240 });
    const get = async (query = "") => (await (await listSessionsRoute(new Request(`http://test/x${query}`, { headers: s.headers }), { params: Promise.resolve({ id: s.conference.id }) })).json()).sessions;
    const all = await get();
    expect(all.map((x: { title: string; status: string }) => `${x.title}:${x.status}`)).toEqual(["Geplant:scheduled", "Entwurf:draft", "Abgesagt:cancelled"]);
    expect(all[0]).toMatchObject({ capacity: 10, seatsTaken: 0, seatsLeft: 10, waitlistLength: 0, room: { name: "Saal" }, host: { id: s.host.id } });
    expect((await get("?status=draft")).map((x: { title: string }) => x.title)).toEqual(["Entwurf"]);
  });
});
