import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { commitAdminImport } from "@/lib/dal/admin/import";
import * as f from "@/tests/factories";
import { importWorkbook, provinceRows } from "@/tests/factories/import-workbook";
import { actAs } from "@/tests/setup/session";

// Two transactions at once need a server: PGlite runs one at a time (see vitest.config.ts).

async function setup() {
  const p = await f.createProvince();
  const provinceAdmin = await f.createUser({ roles: [{ role: "ADMIN", unitId: p.province.id }] });
  return { ...p, provinceAdmin };
}

async function counts(codePrefix: string) {
  const db = await getDb();
  const [units, cadres, users, audits] = await Promise.all([
    db.unit.count({ where: { code: { startsWith: codePrefix } } }),
    db.cadre.count({ where: { code: { startsWith: codePrefix } } }),
    db.user.count({ where: { username: { startsWith: codePrefix.toLowerCase() } } }),
    db.auditEvent.count(),
  ]);
  return { units, cadres, users, audits };
}

const prefix = () => `P${Math.random().toString(36).slice(2, 7).toUpperCase()}`;

describe("the administration import on PostgreSQL", () => {
  it("two commits of the same file at once write its records once", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const code = prefix();
    const file = await importWorkbook(provinceRows(code, s.province.code, { units: 3, cadres: 20, accounts: 20 }));
    const before = await counts(code);
    const outcomes = await Promise.allSettled([commitAdminImport(file), commitAdminImport(file)]);
    const written = outcomes.map((o) => (o.status === "fulfilled" ? o.value.written : -1)).sort((a, b) => a - b);
    expect(written).toEqual([0, 43]);
    const after = await counts(code);
    expect(after).toMatchObject({ units: 3, cadres: 20, users: 20 });
    expect(after.audits - before.audits).toBe(44);
  });
});
