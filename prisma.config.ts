// The Prisma CLI downloads a native schema engine before every command, and that host is unreachable
// here. `prisma generate` never runs the engine, so pointing at an existing, non-executable file lets it
// work offline. Migrations run on the WASM schema engine instead (lib/db/migrations.ts).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "package.json";

import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
