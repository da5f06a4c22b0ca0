import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The house rules of CONVENTIONS.md, held by reading the import statements of the source tree.
const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** The repository files a source file imports (aliases and relative paths resolved), others dropped. */
function importsOf(file: string): string[] {
  const src = readFileSync(path.join(root, file), "utf8");
  return [...src.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)].flatMap(([, spec]) => {
    const base = spec!.startsWith("@/") ? spec!.slice(2) : spec!.startsWith(".") ? path.join(path.dirname(file), spec!) : null;
    if (!base) return [];
    const found = [".ts", ".tsx", "/index.ts", ""].map((ext) => base + ext).find((p) => existsSync(path.join(root, p)));
    return found ? [path.normalize(found)] : [];
  });
}

function specifiersOf(file: string): string[] {
  const src = readFileSync(path.join(root, file), "utf8");
  return [...src.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)].map(([, spec]) => spec!);
}

describe("the shape of the house", () => {
  it("the data layer has no import cycles", () => {
    const files = sourceFiles("lib");
    const graph = new Map(files.map((f) => [path.normalize(f), importsOf(f)]));
    const cycles: string[] = [];
    const done = new Set<string>();
    const path_: string[] = [];
    const onPath = new Set<string>();
    const visit = (file: string) => {
      if (onPath.has(file)) {
        cycles.push([...path_.slice(path_.indexOf(file)), file].join(" -> "));
        return;
      }
      if (done.has(file)) return;
      onPath.add(file);
      path_.push(file);
      for (const next of graph.get(file) ?? []) visit(next);
      path_.pop();
      onPath.delete(file);
      done.add(file);
    };
    for (const file of graph.keys()) visit(file);
    expect(cycles).toEqual([]);
  });

  it("components never import routes", () => {
    const offenders = sourceFiles("components").filter((f) => importsOf(f).some((i) => i.startsWith("app/")));
    expect(offenders).toEqual([]);
  });

  it("the domain rules import nothing of the application, the database or the framework", () => {
    const offenders = sourceFiles("lib/domain").flatMap((f) =>
      specifiersOf(f)
        // Pure libraries (zod, a password-strength estimator) are fine; the app, the framework and the database are not.
        .filter(
          (s) =>
            (s.startsWith("@/") && !s.startsWith("@/lib/domain/")) ||
            /^(next|react|server-only|@prisma|pg|@electric-sql)(\/|$)/.test(s),
        )
        .map((s) => `${f}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it("pages, components and actions reach the database only through the data layer", () => {
    const offenders = [...sourceFiles("app"), ...sourceFiles("components")].flatMap((f) =>
      specifiersOf(f)
        .filter((s) => /^@\/lib\/(db|generated)\/|^@prisma\/client/.test(s) && !/^@\/lib\/generated\/prisma\/enums$/.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it("no data-layer folder reaches into another folder's files except the shared one", () => {
    const offenders = sourceFiles("lib/dal").flatMap((f) => {
      const folder = f.split(path.sep)[2];
      return importsOf(f)
        .filter((i) => i.startsWith(`lib${path.sep}dal${path.sep}`))
        .filter((i) => {
          const target = i.split(path.sep)[2];
          return target !== folder && target !== "_shared";
        })
        .map((i) => `${f} -> ${i}`);
    });
    expect(offenders).toEqual([]);
  });
});
