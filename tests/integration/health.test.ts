import { describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/health";

describe("health", () => {
  it("reports ok when the database answers", async () => {
    expect(await checkHealth()).toEqual({ ok: true });
  });
});
