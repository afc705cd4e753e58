import { describe, expect, it } from "vitest";
import { isRetryable } from "../../lib/db-errors";
import { errorResponse } from "../../lib/http";

// Shapes the drivers really throw when the database stays busy (seen under two app processes on one
// SQLite file: P1008 from the better-sqlite3 adapter) or a transaction conflicts on PostgreSQL.
const busy = [
  { name: "P1008 operation timed out", error: { code: "P1008", clientVersion: "6.19.3", message: "Operations timed out after `N/A`. Context: The database failed to respond to a query within the configured timeout" } },
  { name: "P2028 transaction API error", error: { code: "P2028", clientVersion: "6.19.3", message: "Transaction API error: Unable to start a transaction in the given time." } },
  { name: "P2034 write conflict", error: { code: "P2034", clientVersion: "6.19.3", message: "Transaction failed due to a write conflict or a deadlock." } },
  { name: "SQLITE_BUSY through the adapter", error: { code: "P2010", clientVersion: "6.19.3", meta: { driverAdapterError: { cause: { originalCode: "SQLITE_BUSY" } } } } },
  { name: "PostgreSQL serialization failure", error: { code: "P2010", clientVersion: "6.19.3", meta: { driverAdapterError: { cause: { originalCode: "40001" } } } } },
  { name: "raw driver error", error: Object.assign(new Error("database is locked"), {}) },
];

describe("a database that stays busy through every retry", () => {
  it.each(busy)("$name is retryable", ({ error }) => {
    expect(isRetryable(error)).toBe(true);
  });

  it.each(busy)("$name answers 503 with Retry-After, not 500", async ({ error }) => {
    const response = errorResponse(error);
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("1");
    expect(await response.json()).toMatchObject({ error: "unavailable" });
  });

  it.each([
    { name: "unique violation", error: { code: "P2002", clientVersion: "6.19.3", message: "Unique constraint failed on the fields: (`emailKey`)" } },
    { name: "programming error", error: new TypeError("x is undefined") },
  ])("$name is not retryable and stays a 500", ({ error }) => {
    expect(isRetryable(error)).toBe(false);
    expect(errorResponse(error).status).toBe(500);
  });
});

describe("retryWrite", () => {
  it("runs a single write again while the database is busy, then returns its result", async () => {
    const { retryWrite } = await import("../../lib/db-retry");
    let calls = 0;
    const result = await retryWrite(async () => {
      calls++;
      if (calls < 3) throw busy[0].error;
      return "written";
    });
    expect(result).toBe("written");
    expect(calls).toBe(3);
  });

  it("does not repeat a write that failed for another reason", async () => {
    const { retryWrite } = await import("../../lib/db-retry");
    let calls = 0;
    await expect(
      retryWrite(async () => {
        calls++;
        throw new TypeError("bug");
      }),
    ).rejects.toThrow("bug");
    expect(calls).toBe(1);
  });
});
