import { afterEach, describe, expect, it, vi } from "vitest";

describe("GET /api/health", () => {
  const original = process.env.DATABASE_URL;
  afterEach(() => {
    process.env.DATABASE_URL = original;
    vi.resetModules();
  });

  it("answers 200 ok when the database answers", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 503 with a reason when the database is unreachable", async () => {
    // A fresh module graph with a client for a PostgreSQL server that is not there.
    vi.resetModules();
    const globals = globalThis as { tagungDb?: unknown };
    const saved = globals.tagungDb;
    delete globals.tagungDb;
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nowhere";
    try {
      const { GET } = await import("@/app/api/health/route");
      const response = await GET();
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body).toMatchObject({ status: "error", database: "unreachable" });
      expect(body.reason).toEqual(expect.any(String));
      expect(body.reason.length).toBeGreaterThan(0);
    } finally {
      globals.tagungDb = saved;
    }
  });
});
