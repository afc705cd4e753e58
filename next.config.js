// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// `npm run dev`: the development mailbox needs its key too (npm start sets it in scripts/server-env.ts).
if (process.env.NODE_ENV !== "production" && !process.env.DEV_MAILBOX_KEY && process.argv.includes("dev")) {
  const fs = require("node:fs");
  const path = require("node:path");
  const file = path.resolve("data", ".dev-mailbox-key");
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (!fs.existsSync(file)) fs.writeFileSync(file, require("node:crypto").randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.DEV_MAILBOX_KEY = fs.readFileSync(file, "utf8").trim();
  console.log(`Development mailbox: /dev/mailbox?key=${process.env.DEV_MAILBOX_KEY}`);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // Every page's <title> and meta tags in the initial <head>, not streamed in later: screen readers
  // announce the title at once and clients without JavaScript see it (WCAG 2.4.2).
  htmlLimitedBots: /.*/,
  // A build directory per DATABASE provider is not needed: one build serves SQLite and PostgreSQL.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
