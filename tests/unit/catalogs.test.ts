import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import { ROLES } from "@/lib/domain/roles";
import { LIFECYCLES } from "@/lib/domain/lifecycle";
import { NOTIFICATION_KINDS } from "@/lib/domain/notification-kinds";
import { CADRE_GROUPS, UNIT_KINDS } from "@/lib/validation/admin";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function lookup(catalog: object, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), catalog);
}

describe("the message catalogs", () => {
  it("Vietnamese and English hold exactly the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it("no message is empty", () => {
    for (const catalog of [vi, en]) for (const k of keys(catalog)) expect(String(lookup(catalog, k)).trim(), k).not.toBe("");
  });

  it("every role, lifecycle state, unit kind, cadre group and notification kind has a label", () => {
    const needed = [
      ...ROLES.map((r) => `roles.${r}`),
      ...LIFECYCLES.flatMap((l) => l.states.map((s) => `status.${l.entity}.${s}`)),
      ...UNIT_KINDS.map((k) => `unitKinds.${k}`),
      ...CADRE_GROUPS.map((g) => `cadreGroups.${g}`),
      // notify() accepts only these kinds (typed), so each notification the code writes reads in words.
      ...NOTIFICATION_KINDS.map((k) => `notifications.kinds.${k}`),
    ];
    for (const catalog of [vi, en]) for (const k of needed) expect(typeof lookup(catalog, k), k).toBe("string");
  });

  it("every error code the code can throw has a message in both languages", () => {
    const files = readdirSync("lib", { recursive: true, encoding: "utf8" }).filter(
      (f) => f.endsWith(".ts") && !f.startsWith("generated"),
    );
    const codes = new Set<string>();
    for (const file of files) {
      for (const m of readFileSync(path.join("lib", file), "utf8").matchAll(/DomainError\(\s*"(\w+)"/g)) codes.add(m[1]!);
      // Codes chosen at run time, e.g. cond ? "a" : "b" inside new DomainError(...)
      for (const m of readFileSync(path.join("lib", file), "utf8").matchAll(/DomainError\([^)]*\? "(\w+)" : "(\w+)"/g)) {
        codes.add(m[1]!);
        codes.add(m[2]!);
      }
    }
    codes.add("notFound").add("forbidden").add("conflict");
    expect(codes.size).toBeGreaterThan(10);
    for (const catalog of [vi, en])
      for (const code of codes) expect(typeof lookup(catalog, `errors.${code}`), code).toBe("string");
  });

  it("the Vietnamese catalog is written with its diacritics", () => {
    expect(vi.auth.title).toBe("Đăng nhập");
    expect(vi.ratings.EXCELLENT).toBe("Hoàn thành xuất sắc nhiệm vụ");
  });
});
