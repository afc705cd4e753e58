import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mailboxUrl, secureDataDir, serverEnv, storedSecret } from "@/scripts/server-env";

const mode = (file: string) => fs.statSync(file).mode & 0o777;
const envOf = (vars: Record<string, string | undefined>) => vars as NodeJS.ProcessEnv;
const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tagung-data-")), "data");

describe("data/ is the owner's alone", () => {
  it("the directory becomes 0700 and the files in it (database, secrets) 0600", () => {
    const dir = tmp();
    fs.mkdirSync(dir, { mode: 0o755 });
    fs.writeFileSync(path.join(dir, "tagung.db"), "", { mode: 0o644 });
    secureDataDir(dir);
    expect(mode(dir)).toBe(0o700);
    expect(mode(path.join(dir, "tagung.db"))).toBe(0o600);
  });

  it("generated secrets are created 0600 once and read back afterwards", () => {
    const dir = tmp();
    const first = storedSecret(".nextauth-secret", dir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(storedSecret(".nextauth-secret", dir)).toBe(first);
    expect(mode(path.join(dir, ".nextauth-secret"))).toBe(0o600);
    expect(mode(dir)).toBe(0o700);
  });
});

describe("development mailbox key", () => {
  it("npm start generates a key into data/ when the mailbox is on and prints the mailbox URL with it", () => {
    const dir = tmp();
    const env = serverEnv(3000, envOf({ PATH: process.env.PATH }), dir);
    expect(env.DEV_MAILBOX).toBe("1");
    expect(env.DEV_MAILBOX_KEY).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(env.DEV_MAILBOX_KEY).not.toBe(env.NEXTAUTH_SECRET);
    expect(fs.readFileSync(path.join(dir, ".dev-mailbox-key"), "utf8")).toBe(env.DEV_MAILBOX_KEY);
    expect(mode(path.join(dir, ".dev-mailbox-key"))).toBe(0o600);
    expect(mailboxUrl(env)).toBe(`http://localhost:3000/dev/mailbox?key=${env.DEV_MAILBOX_KEY}`);
    // The same key on the next start; a configured one wins; with SMTP there is no mailbox and no key.
    expect(serverEnv(3000, envOf({ PATH: process.env.PATH }), dir).DEV_MAILBOX_KEY).toBe(env.DEV_MAILBOX_KEY);
    expect(serverEnv(3000, envOf({ DEV_MAILBOX_KEY: "given" }), dir).DEV_MAILBOX_KEY).toBe("given");
    const smtp = serverEnv(3000, envOf({ SMTP_URL: "smtp://mail.example.org" }), tmp());
    expect(smtp.DEV_MAILBOX_KEY).toBeUndefined();
    expect(mailboxUrl(smtp)).toBeNull();
  });
});
