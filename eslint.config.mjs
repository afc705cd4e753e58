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

config.push({
  // CommonJS config files Next.js loads with require().
  files: ["next.config.js"],
  rules: { "@typescript-eslint/no-require-imports": "off" },
});

export default config;
