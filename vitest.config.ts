import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // The guard throws outside React Server Components; tests import server code directly.
  "server-only": path.join(root, "tests/setup/empty.ts"),
};

const integration = {
  include: ["tests/integration/**/*.test.ts"],
  setupFiles: ["tests/setup/integration.ts"],
  globalSetup: ["tests/setup/global-database.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        resolve: { alias },
        // Files named *.postgres.test.ts test what only a PostgreSQL server has (roles and privileges).
        test: {
          name: "integration",
          ...integration,
          exclude: ["tests/integration/**/*.postgres.test.ts"],
          env: { TEST_DB: "pglite" },
        },
      },
      // The same integration tests on a real PostgreSQL server, when one is configured (CI has one).
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              resolve: { alias },
              test: { name: "integration-postgres", ...integration, fileParallelism: false, env: { TEST_DB: "postgres" } },
            },
          ]
        : []),
    ],
  },
});
