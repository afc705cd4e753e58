import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "tests/.tmp/**", "bench/.tmp/**", "node_modules/**", "prisma/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

// Boundaries (see docs/architecture.md): pages and components never reach the database; components
// never import from app/; lib/ never imports UI or request APIs except in the files named below.
const noDatabase = [
  { group: ["@prisma/*", "**/prisma/generated/**"], message: "Only lib/ talks to the database: call a use case or query in lib/." },
  { group: ["@/lib/db", "**/lib/db"], message: "Only lib/ talks to the database: call a use case or query in lib/." },
];
config.push(
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: noDatabase }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...noDatabase, { group: ["@/app/*", "**/app/*"], message: "components/ must not import from app/: move shared types to lib/." }] },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/http.ts", "lib/action.ts", "lib/auth.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["next/headers", "next/server", "next/navigation"].map((name) => ({
            name,
            message: "Use cases do not read requests: the route or action passes what they need (request APIs only in lib/http.ts, lib/action.ts, lib/auth.ts).",
          })),
          patterns: [{ group: ["@/app/*", "@/components/*", "**/app/*", "**/components/*"], message: "lib/ must not import app/ or components/." }],
        },
      ],
    },
  },
);

// One way to write the audit log: writeAuditLog (lib/audit.ts), which records the actor the same way everywhere.
config.push({
  files: ["**/*.{ts,tsx,mjs}"],
  ignores: ["lib/audit.ts", "tests/**", "bench/**", "prisma/seed.ts"],
  rules: {
    "no-restricted-syntax": [
      "error",
      { selector: "CallExpression[callee.property.name='create'][callee.object.property.name='auditLog']", message: "Write audit rows with writeAuditLog(tx, entry) from lib/audit.ts." },
    ],
  },
});

config.push({
  // CommonJS config files Next.js loads with require().
  files: ["next.config.js"],
  rules: { "@typescript-eslint/no-require-imports": "off" },
});

export default config;
