import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    "node_modules/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The data layer is the only way to the database: pages and components never import Prisma.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/generated/prisma/client", "@prisma/client", "@/lib/db/*"], message: "Go through lib/dal." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**", "prisma/**", "scripts/**", "tests/**", "instrumentation.ts"],
    rules: { "no-restricted-imports": "off" },
  },
]);
