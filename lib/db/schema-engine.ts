import { readFileSync } from "node:fs";
import path from "node:path";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type { SchemaEngine };

// Several copies of this module may share one copy of the glue code (Vitest's global setups, Next's
// entry points); instantiating twice would swap the WASM memory under an engine already in use.
const store = globalThis as unknown as { __schemaEngineGlue?: WeakSet<object> };

/**
 * The package imports its .wasm as an ES module, which Node 20 only allows behind a flag. Instantiating
 * it by hand works in node, tsx, Vitest and a Turbopack-built server alike. The file is read from the
 * working directory because bundlers rewrite require.resolve.
 */
function instantiate() {
  const instantiated = (store.__schemaEngineGlue ??= new WeakSet());
  if (instantiated.has(bg)) return;
  const file = path.join(process.cwd(), "node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm");
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  instantiated.add(bg);
}

export async function openSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  datamodel?: { path: string; content: string },
): Promise<SchemaEngine> {
  instantiate();
  const log = () => {};
  return bg.SchemaEngine.new(
    { datamodels: datamodel ? [[datamodel.path, datamodel.content]] : undefined },
    log,
    bindMigrationAwareSqlAdapterFactory(wholeScripts(factory)),
  );
}

type ScriptClient = { exec?: (sql: string) => Promise<unknown>; query?: (sql: string) => Promise<unknown> };

/**
 * Both driver adapters cut a migration script at every ";" (breaking dollar-quoted function bodies), and
 * the PGlite one does not even await the result, so a failing statement would go unnoticed. Sending the
 * script whole fixes both: PostgreSQL runs a multi-statement simple query as one implicit transaction, so
 * a failed migration leaves nothing half-applied; PGlite's exec() runs it the same way and is awaited.
 */
function wholeScripts(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const client = (adapter as unknown as { client?: ScriptClient }).client;
    const run = client?.exec?.bind(client) ?? client?.query?.bind(client);
    if (!run) throw new Error(`Unsupported driver adapter for migrations: ${adapter.adapterName}`);
    adapter.executeScript = async (script: string) => {
      await run(script);
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  };
}
