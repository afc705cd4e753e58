import { describe, expect, it } from "vitest";
import { serverEnv, startBanner } from "../../scripts/server-env";

const envOf = (vars: Record<string, string | undefined>) => vars as NodeJS.ProcessEnv;

describe("what npm start prints", () => {
  it("names APP_URL as the one address to open, and why (sign-in links lead there)", () => {
    const env = serverEnv(3000, envOf({ NEXTAUTH_SECRET: "x", SMTP_URL: "smtp://mail" }));
    const lines = startBanner(env);
    expect(lines[0]).toBe("Tagung: open http://localhost:3000");
    expect(lines.join("\n")).toMatch(/sign-in links lead there/);
    expect(lines.join("\n")).not.toMatch(/\b(?:\d{1,3}\.){3}\d{1,3}:\d+/);
  });

  it("an APP_URL that is set is the address printed", () => {
    expect(startBanner(serverEnv(3000, envOf({ APP_URL: "https://tagung.example.org", NEXTAUTH_SECRET: "x", SMTP_URL: "smtp://mail" })))[0]).toBe("Tagung: open https://tagung.example.org");
  });
});
