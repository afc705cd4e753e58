/**
 * The registration API reports every problem of a submission at once: personal fields, the
 * conference's required questions and overlapping sessions together, never in rounds.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/conferences/[slug]/registrations/route";
import { db } from "@/lib/db";
import { resetRateLimits } from "@/lib/rate-limit";
import { createConference, createSession, uniq } from "../helpers/fixtures";

beforeEach(() => resetRateLimits());

function register(slug: string, body: unknown) {
  return POST(
    new Request(`http://test/api/conferences/${slug}/registrations`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": uniq("ip") },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug }) },
  );
}

type Setup = { slug: string; conferenceId: string; a: string; b: string; c: string };
let setup: Setup;

beforeAll(async () => {
  const { conference, host } = await createConference();
  await db.registrationQuestion.create({
    data: { conferenceId: conference.id, key: "role", label: "Bereich", type: "single_choice", required: true, options: [{ value: "schule", label: "Schule" }], position: 0 },
  });
  const a = await createSession(conference, host.id, { title: "Werkstatt A", offsetMinutes: 60, minutes: 90 });
  const b = await createSession(conference, host.id, { title: "Werkstatt B", offsetMinutes: 120, minutes: 60 });
  const c = await createSession(conference, host.id, { title: "Vortrag C", offsetMinutes: 240, minutes: 60 });
  setup = { slug: conference.slug, conferenceId: conference.id, a: a.id, b: b.id, c: c.id };
});

const MESSAGES = {
  name: "Please fill in this field.",
  email: "Please fill in this field.",
  consent: "Please confirm that you have read the privacy notice.",
  "answers.role": "Please fill in this field.",
  sessionIds: "“Werkstatt A” and “Werkstatt B” take place at the same time. Please choose only one of them.",
} as const;
type Problem = keyof typeof MESSAGES;
const PROBLEMS = Object.keys(MESSAGES) as Problem[];

/** A submission with exactly the given problems; without any, a valid registration. */
function submission(problems: Problem[]) {
  const has = (p: Problem) => problems.includes(p);
  return {
    locale: "en",
    ...(has("name") ? {} : { name: "Zoë Ağaoğlu" }),
    ...(has("email") ? {} : { email: `${uniq("one-pass")}@example.org` }),
    ...(has("consent") ? {} : { consent: true }),
    answers: has("answers.role") ? {} : { role: "schule" },
    sessionIds: has("sessionIds") ? [setup.a, setup.b, setup.c] : [setup.a, setup.c],
  };
}

/** Every non-empty combination of the five problems: 31 submissions. */
const combinations: Problem[][] = Array.from({ length: 2 ** PROBLEMS.length - 1 }, (_, i) => PROBLEMS.filter((_, bit) => ((i + 1) >> bit) & 1));

describe("one-pass validation of a registration", () => {
  it.each(combinations.map((c) => [c.join(" + "), c] as const))("missing %s: every problem is reported in one answer", async (_label, problems) => {
    const response = await register(setup.slug, submission(problems));
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error).toBe("validation");
    expect(body.errors).toEqual(Object.fromEntries(problems.map((p) => [p, MESSAGES[p]])));
  });

  it("lists the problems in the order of the form (name, email, questions, sessions, consent)", async () => {
    const body = await (await register(setup.slug, submission([...PROBLEMS].reverse()))).json();
    expect(Object.keys(body.errors)).toEqual(["name", "email", "answers.role", "sessionIds", "consent"]);
  });

  it("reports an invalid email, an unknown session and a wrong answer together with a malformed field", async () => {
    const body = await (
      await register(setup.slug, { locale: "de", name: "Jörg", email: "kein-at", consent: "yes", answers: { role: "gibt-es-nicht" }, sessionIds: ["unbekannt", setup.a] })
    ).json();
    expect(body.errors).toEqual({
      email: expect.stringMatching(/gültige E-Mail-Adresse/),
      "answers.role": "Bitte wählen Sie eine der angebotenen Antworten.",
      "sessionIds.0": "Diesen Programmpunkt gibt es bei dieser Veranstaltung nicht.",
      consent: expect.stringMatching(/Datenschutzhinweise/),
    });
  });

  it("still checks the questions when the session list itself is malformed, and the other way round", async () => {
    const badSessions = await (await register(setup.slug, { locale: "en", name: "", sessionIds: "not-a-list", consent: true, email: "a@example.org" })).json();
    expect(badSessions.errors).toEqual({ name: MESSAGES.name, "answers.role": MESSAGES["answers.role"], sessionIds: "This value is not valid." });
    const badAnswers = await (await register(setup.slug, { locale: "en", name: "N", email: "b@example.org", answers: ["x"], sessionIds: [setup.a, setup.b] })).json();
    expect(badAnswers.errors).toEqual({ answers: "This value is not valid.", sessionIds: MESSAGES.sessionIds, consent: MESSAGES.consent });
  });

  it("registers once nothing is missing, and no refused submission left a row behind", async () => {
    const response = await register(setup.slug, submission([]));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.feedUrl).toMatch(/\/api\/agenda\/[A-Za-z0-9_-]{43}\/calendar\.ics$/);
    expect(await db.registration.count({ where: { conferenceId: setup.conferenceId } })).toBe(1);
  });
});
