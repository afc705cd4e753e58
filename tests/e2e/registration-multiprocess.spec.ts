import { E2E_DATABASE_URL } from "./helpers/database";
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { serverCommand, serverEnv } from "../../scripts/server-env";
import { db } from "../../lib/db";
import { E2E_BASE_URL } from "./helpers/server";

const SECOND_PORT = Number(process.env.E2E_PORT || 3200) + 1;
const SECOND_URL = `http://localhost:${SECOND_PORT}`;
let second: ChildProcess | null = null;

test.describe("two app processes sharing one database", () => {
  test.setTimeout(180_000);

  test.beforeAll(async () => {
    const [command, args] = serverCommand(SECOND_PORT);
    second = spawn(command, args, {
      env: serverEnv(SECOND_PORT, {
        ...process.env,
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test",
        DATABASE_URL: E2E_DATABASE_URL,
        MAIL_SENDER: "off",
        NEXTAUTH_SECRET: "e2e-secret-not-for-production",
        // Rate-limit counters are shared through the database; same limit as the first server.
        RATE_LIMIT_REGISTRATIONS_PER_IP: process.env.RATE_LIMIT_REGISTRATIONS_PER_IP || "1000",
        DEV_MAILBOX: "0",
      }),
      stdio: "ignore",
    });
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(`${SECOND_URL}/api/health`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error("second server did not start");
  });

  test.afterAll(() => {
    second?.kill("SIGTERM");
  });

  test("200 concurrent registrations split across both: exactly 10 confirmed, waiting list 1..190, no errors", async () => {
    const host = await db.host.findFirstOrThrow({ where: { slug: "bismit" } });
    const slug = `mp-${randomUUID().slice(0, 8)}`;
    const start = new Date(Date.now() + 40 * 864e5);
    const conference = await db.conference.create({
      data: {
        slug,
        title: "Lasttest",
        startsAt: start,
        endsAt: new Date(start.getTime() + 864e5),
        venueName: "Test",
        venueAddress: "Test",
        status: "published",
        registrationOpensAt: new Date(Date.now() - 864e5),
        hosts: { create: { hostId: host.id, role: "organiser" } },
        sessions: { create: { hostId: host.id, title: "Kleiner Workshop", startsAt: start, endsAt: new Date(start.getTime() + 36e5), capacity: 10, status: "scheduled" } },
      },
      include: { sessions: true },
    });
    const sessionId = conference.sessions[0].id;

    const responses = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const base = i % 2 ? SECOND_URL : E2E_BASE_URL;
        const response = await fetch(`${base}/api/conferences/${slug}/registrations`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${i % 250}` },
          body: JSON.stringify({ name: `Person ${i}`, email: `mp${i}-${slug}@example.org`, consent: true, sessionIds: [sessionId] }),
        });
        return { status: response.status, body: await response.json() };
      }),
    );
    expect(responses.filter((r) => r.status !== 201).map((r) => `${r.status} ${JSON.stringify(r.body)}`)).toEqual([]);
    const sessions = responses.map((r) => r.body.sessions[0]);
    expect(sessions.filter((s) => s.status === "confirmed")).toHaveLength(10);
    expect(sessions.filter((s) => s.status === "waitlisted").map((s) => s.waitlistPosition).sort((a, b) => a - b)).toEqual(Array.from({ length: 190 }, (_, i) => i + 1));
    const row = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.seatsTaken).toBe(10);
    expect(await db.sessionRegistration.count({ where: { sessionId, status: "confirmed" } })).toBe(10);
  });
});
