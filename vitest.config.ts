import path from "node:path";
import { defineConfig } from "vitest/config";
import { testDatabaseUrl } from "./tests/helpers/test-database-url";

// Integration tests share one throw-away database per run (a SQLite file, or the PostgreSQL
// database in TEST_DATABASE_URL); each test creates its own conference, so they do not collide.
const databaseUrl = testDatabaseUrl();

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // The package throws outside React's "react-server" condition; tests run lib/ code on the server side.
      "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    // Integration files share one database; run files one after another.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          env: { TZ: process.env.TZ ?? "UTC" },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/helpers/integration-setup.ts"],
          // next-intl's ESM imports "next/server" without an extension; let Vite resolve it (proxy.ts tests).
          server: { deps: { inline: ["next-intl"] } },
          // Tests stand in for one reverse proxy: the X-Forwarded-For they send is the client address.
          // PUBLIC_CACHE_MS=0: fixtures write to the database directly, past the use cases that drop
          // cached public pages; tests/integration/public-cache.test.ts turns the cache on for itself.
          env: { DATABASE_URL: databaseUrl, TAGUNG_TEST: "1", MAIL_SENDER: "off", TRUSTED_PROXY_HOPS: "1", PUBLIC_CACHE_MS: "0" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
