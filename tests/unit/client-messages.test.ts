import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  clientNamespaces,
  pickMessages,
  ROOT_CLIENT_NAMESPACES,
  SCOPED_CLIENT_NAMESPACES,
  type MessageScope,
} from "@/lib/i18n/client-messages";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";

// Follows the imports from every page and layout to the client components it renders (a file with "use
// client", and everything such a file imports), reads the namespaces they translate with, and holds them to
// the namespaces that page's browser receives. A namespace sent whole carries every key of the catalog, and
// catalogs.test.ts holds both catalogs to the same keys: so no client component can render a missing key.
const root = path.resolve(import.meta.dirname, "../..");
const sources = new Map<string, string>();
function read(file: string): string {
  let src = sources.get(file);
  if (src === undefined) sources.set(file, (src = readFileSync(path.join(root, file), "utf8")));
  return src;
}

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(rel);
    return /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

const imports = new Map<string, string[]>();
function importsOf(file: string): string[] {
  let found = imports.get(file);
  if (!found) imports.set(file, (found = resolveImports(file)));
  return found;
}

function resolveImports(file: string): string[] {
  return [...read(file).matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].flatMap(([, spec]) => {
    const base = spec!.startsWith("@/") ? spec!.slice(2) : spec!.startsWith(".") ? path.join(path.dirname(file), spec!) : null;
    if (!base) return [];
    const found = [".ts", ".tsx", "/index.ts", "/index.tsx", ""]
      .map((ext) => base + ext)
      .find((p) => existsSync(path.join(root, p)) && statSync(path.join(root, p)).isFile());
    return found ? [path.normalize(found)] : [];
  });
}

const isClient = (src: string) => /^\s*(?:\/\/[^\n]*\n\s*)*["']use client["']/.test(src);

/** The namespaces the client components reachable from `entry` translate with, and any call the test cannot read. */
function clientUsage(entry: string) {
  const namespaces = new Map<string, string>();
  const unreadable: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, client: boolean) => {
    const inClient = client || isClient(read(file));
    const key = `${file}:${inClient}`;
    if (seen.has(key)) return;
    seen.add(key);
    const src = read(file);
    if (inClient) {
      for (const [, arg] of src.matchAll(/useTranslations\(([^)]*)\)/g)) {
        const literal = /^\s*["']([^"']+)["']\s*$/.exec(arg!);
        if (literal) namespaces.set(literal[1]!.split(".")[0]!, file);
        else unreadable.push(`${file}: useTranslations(${arg})`);
      }
      if (/\buseMessages\(/.test(src)) unreadable.push(`${file}: useMessages()`);
    }
    for (const next of importsOf(file)) visit(next, inClient);
  };
  visit(entry, false);
  return { namespaces, unreadable };
}

/** The scope whose provider wraps `entry`: the nearest folder above it with one (a scope's own layout is outside it). */
function scopeOf(entry: string): MessageScope | undefined {
  let dir = path.dirname(path.relative("app", entry));
  const ownLayout = path.basename(entry) === "layout.tsx";
  for (let first = true; dir !== "." && dir !== ""; dir = path.dirname(dir), first = false) {
    if (first && ownLayout) continue;
    if (Object.hasOwn(SCOPED_CLIENT_NAMESPACES, dir)) return dir as MessageScope;
  }
  return undefined;
}

const usage = new Map<string, ReturnType<typeof clientUsage>>();
const usageOf = (entry: string) => usage.get(entry) ?? usage.set(entry, clientUsage(entry)).get(entry)!;

const entries = filesUnder("app").filter((f) =>
  /(^|\/)(page|layout|error|not-found|loading|template|global-error)\.tsx$/.test(f),
);

describe("messages sent to the browser", () => {
  it("every page's client components translate only with namespaces that page receives", () => {
    const missing: string[] = [];
    for (const entry of entries) {
      const received = new Set<string>(clientNamespaces(scopeOf(entry)));
      for (const [ns, file] of usageOf(entry).namespaces)
        if (!received.has(ns)) missing.push(`${entry} renders ${file}, which uses "${ns}" (scope ${scopeOf(entry) ?? "root"})`);
    }
    expect(missing).toEqual([]);
    // Reading the whole source tree takes a few seconds on a busy machine.
  }, 30_000);

  it("every client component names its namespace literally, so that the check above can read it", () => {
    const unreadable = new Set(entries.flatMap((e) => usageOf(e).unreadable));
    expect([...unreadable]).toEqual([]);
  });

  it("the check above does find client components: the report form's page needs the reports and errors namespaces", () => {
    const used = clientUsage("app/(app)/tasks/[id]/reports/[quarter]/page.tsx").namespaces;
    expect([...used.keys()]).toEqual(expect.arrayContaining(["reports", "errors"]));
    expect(scopeOf("app/(app)/tasks/[id]/reports/[quarter]/page.tsx")).toBe("(app)/tasks");
    expect(scopeOf("app/(app)/tasks/layout.tsx")).toBeUndefined();
    expect(scopeOf("app/(app)/my-work/page.tsx")).toBeUndefined();
  });

  it("every scope is provided by its folder's layout", () => {
    for (const scope of Object.keys(SCOPED_CLIENT_NAMESPACES)) {
      const layout = path.join("app", scope, "layout.tsx");
      expect(existsSync(path.join(root, layout)), layout).toBe(true);
      expect(read(layout)).toContain(`<ClientMessages scope="${scope}">`);
    }
  });

  it("every namespace sent exists in both catalogs", () => {
    const all = [...ROOT_CLIENT_NAMESPACES, ...Object.values(SCOPED_CLIENT_NAMESPACES).flat()];
    for (const ns of all) {
      expect(Object.hasOwn(vi, ns), `vi.${ns}`).toBe(true);
      expect(Object.hasOwn(en, ns), `en.${ns}`).toBe(true);
    }
  });

  it("a cadre's pages receive a small part of the catalog", () => {
    const size = (m: object) => JSON.stringify(m).length;
    expect(size(pickMessages(vi, clientNamespaces()))).toBeLessThan(size(vi) / 10);
    expect(size(pickMessages(vi, clientNamespaces("(app)/tasks")))).toBeLessThan(size(vi) / 3);
  });
});

describe("picking namespaces", () => {
  it("keeps the named namespaces whole and drops the others", () => {
    const catalog = { a: { x: "1", y: { z: "2" } }, b: { x: "3" }, c: "4" };
    expect(pickMessages(catalog, ["a", "c"])).toEqual({ a: { x: "1", y: { z: "2" } }, c: "4" });
  });

  it("leaves out a namespace the catalog lacks instead of sending an empty one", () => {
    expect(pickMessages({ a: { x: "1" } }, ["a", "missing"])).toEqual({ a: { x: "1" } });
  });

  it("a scope receives the root's namespaces as well as its own, each once", () => {
    const tasks = clientNamespaces("(app)/tasks");
    for (const ns of [...ROOT_CLIENT_NAMESPACES, ...SCOPED_CLIENT_NAMESPACES["(app)/tasks"]]) expect(tasks).toContain(ns);
    expect(new Set(tasks).size).toBe(tasks.length);
    expect(clientNamespaces()).toEqual([...ROOT_CLIENT_NAMESPACES].sort());
  });
});
