import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import {
  commitAdminImport,
  IMPORTED_PASSWORD_HASH,
  adminImportTemplate,
  parseAdminImport,
  previewAdminImport,
} from "@/lib/dal/admin/import";
import { commitImportAction, previewImportAction } from "@/app/(app)/admin/import/actions";
import { initialActionState } from "@/lib/actions/state";
import { verifyPassword } from "@/lib/auth/password";
import vi from "@/lib/i18n/messages/vi.json";
import { ForbiddenError } from "@/lib/domain/errors";
import * as f from "@/tests/factories";
import { importWorkbook, provinceRows } from "@/tests/factories/import-workbook";
import { actAs } from "@/tests/setup/session";

const timings: string[] = [];
afterAll(() => {
  if (timings.length) console.info(`\n${process.env.TEST_DB} import timings\n  ${timings.join("\n  ")}`);
});

let n = 0;
const prefix = () => `T${++n}${Math.random().toString(36).slice(2, 6).toUpperCase()}`;

async function setup() {
  const p = await f.createProvince();
  const provinceAdmin = await f.createUser({ roles: [{ role: "ADMIN", unitId: p.province.id }] });
  const communeAdmin = await f.createUser({ roles: [{ role: "ADMIN", unitId: p.commune.id }] });
  return { ...p, provinceAdmin, communeAdmin };
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

describe("the administration import", () => {
  it("previews a filled template as rows to create, then writes them all with one audit row per record and one for the import", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const code = prefix();
    const file = await importWorkbook(provinceRows(code, s.province.code, { units: 3, cadres: 20, accounts: 20 }));
    const preview = await previewAdminImport(file);
    expect(preview.committable).toBe(true);
    expect(preview.counts).toEqual({
      units: { create: 3, update: 0, unchanged: 0, refused: 0 },
      cadres: { create: 20, update: 0, unchanged: 0, refused: 0 },
      accounts: { create: 20, update: 0, unchanged: 0, refused: 0 },
    });
    expect(await counts(code)).toMatchObject({ units: 0, cadres: 0, users: 0 });

    const before = await counts(code);
    const result = await commitAdminImport(file);
    expect(result.written).toBe(43);
    const after = await counts(code);
    expect(after).toMatchObject({ units: 3, cadres: 20, users: 20 });
    expect(after.audits - before.audits).toBe(44);

    const db = await getDb();
    const commune = await db.unit.findUniqueOrThrow({ where: { code: `${code}-X0` } });
    expect(commune.path).toBe(`${s.province.path}${commune.id}/`);
    expect(commune.depth).toBe(s.province.depth + 1);
    const account = await db.user.findUniqueOrThrow({
      where: { username: `${code.toLowerCase()}.u0` },
      include: { memberships: true, cadre: true },
    });
    expect(account.cadre?.code).toBe(`${code}-CB0`);
    expect(account.memberships).toEqual([expect.objectContaining({ role: "CADRE", unitId: commune.id })]);
    // No password anyone knows: the administrator sets the first one, which is changed at the first sign-in.
    expect(account.passwordHash).toBe(IMPORTED_PASSWORD_HASH);
    expect(account.mustChangePassword).toBe(true);
    expect(await verifyPassword(account.passwordHash, "")).toBe(false);
    const importAudit = await db.auditEvent.findFirstOrThrow({ where: { action: "import.commit", actorId: s.provinceAdmin.id } });
    expect(importAudit.data).toMatchObject({ written: 43, counts: { units: { create: 3 } } });
  });

  it("changes nothing and writes no audit row when the same file is imported again", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const code = prefix();
    const file = await importWorkbook(provinceRows(code, s.province.code, { units: 2, cadres: 5, accounts: 6 }));
    await commitAdminImport(file);
    const db = await getDb();
    const versions = await db.cadre.findMany({
      where: { code: { startsWith: code } },
      select: { version: true, updatedAt: true },
    });
    const before = await counts(code);

    const preview = await previewAdminImport(file);
    expect(preview.counts).toEqual({
      units: { create: 0, update: 0, unchanged: 2, refused: 0 },
      cadres: { create: 0, update: 0, unchanged: 5, refused: 0 },
      accounts: { create: 0, update: 0, unchanged: 6, refused: 0 },
    });
    expect(await commitAdminImport(file)).toMatchObject({ written: 0 });
    expect(await counts(code)).toEqual(before);
    expect(
      await db.cadre.findMany({ where: { code: { startsWith: code } }, select: { version: true, updatedAt: true } }),
    ).toEqual(versions);
  });

  it("updates only the rows that changed, with one audit row each", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const code = prefix();
    const rows = provinceRows(code, s.province.code, { units: 1, cadres: 3, accounts: 3 });
    await commitAdminImport(await importWorkbook(rows));
    rows.cadres![1]!.positionTitle = "Phó Bí thư Thường trực";
    rows.accounts![2]!.email = "moi@tinh.gov.vn";
    const file = await importWorkbook(rows);
    const preview = await previewAdminImport(file);
    expect(preview.counts.cadres).toEqual({ create: 0, update: 1, unchanged: 2, refused: 0 });
    expect(preview.counts.accounts).toEqual({ create: 0, update: 1, unchanged: 2, refused: 0 });
    const before = await counts(code);
    expect(await commitAdminImport(file)).toMatchObject({ written: 2 });
    expect((await counts(code)).audits - before.audits).toBe(3);
    const db = await getDb();
    expect((await db.cadre.findUniqueOrThrow({ where: { code: `${code}-CB1` } })).positionTitle).toBe("Phó Bí thư Thường trực");
  });

  it("writes nothing when one row is refused, and says why for every refused row", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const code = prefix();
    const rows = provinceRows(code, s.province.code, { units: 3, cadres: 20, accounts: 20 });
    rows.cadres![4]!.unitCode = `${code}-KHONG-CO`;
    rows.accounts![7]!.username = rows.accounts![3]!.username!;
    rows.accounts![9]!.email = "không-phải-thư";
    rows.units![2]!.parentCode = "MA-LA";
    rows.accounts![10]!.roles = "Vua";
    rows.cadres![6]!.fullName = "";
    const file = await importWorkbook(rows);
    const preview = await previewAdminImport(file);
    expect(preview.committable).toBe(false);
    const refused = preview.rows
      .filter((r) => r.outcome === "refused")
      .map((r) => [r.sheet, r.row, r.problems.map((p) => p.code)]);
    expect(refused).toEqual(
      expect.arrayContaining([
        ["units", 4, ["unknownParent"]],
        ["cadres", 6, ["unknownUnit"]],
        ["cadres", 8, ["required"]],
        ["accounts", 9, ["duplicateInFile"]],
        ["accounts", 11, ["emailFormat"]],
        ["accounts", 12, ["unknownRole"]],
      ]),
    );
    const before = await counts(code);
    await expect(commitAdminImport(file)).rejects.toMatchObject({ code: "importHasErrors" });
    expect(await counts(code)).toEqual(before);
    expect(before).toMatchObject({ units: 0, cadres: 0, users: 0 });
  });

  it("a commune administrator imports only into the commune: the rest is refused in the preview and again at commit", async () => {
    const s = await setup();
    const code = prefix();
    actAs(s.communeAdmin);
    const inside = provinceRows(code, s.commune.code, { units: 1, cadres: 2, accounts: 2 });
    const file = await importWorkbook({
      units: [
        ...inside.units!,
        { code: `${code}-NGOAI`, name: "Sở ngoài phạm vi", kind: "Sở, ngành", parentCode: s.province.code },
      ],
      cadres: [
        ...inside.cadres!,
        {
          code: `${code}-CBT`,
          fullName: "Cán bộ tỉnh",
          positionTitle: "Giám đốc",
          unitCode: s.department.code,
          managedByCode: s.province.code,
          group: "Người đứng đầu sở, ngành",
        },
      ],
      accounts: [
        ...inside.accounts!,
        {
          username: `${code.toLowerCase()}.tinh`,
          fullName: "Quản trị tỉnh",
          roles: "Quản trị hệ thống",
          scopeUnitCode: s.province.code,
        },
      ],
    });
    const preview = await previewAdminImport(file);
    const refused = preview.rows.filter((r) => r.outcome === "refused");
    expect(refused.map((r) => [r.sheet, r.problems.map((p) => p.code)])).toEqual([
      ["units", ["outsideScope"]],
      ["cadres", ["outsideScope", "outsideScope"]],
      ["accounts", ["roleOutsideScope"]],
    ]);
    expect(preview.counts.units!.create).toBe(1);
    await expect(commitAdminImport(file)).rejects.toMatchObject({ code: "importHasErrors" });
    expect(await counts(code)).toMatchObject({ units: 0, cadres: 0, users: 0 });

    // The same rows inside the commune alone go in.
    await commitAdminImport(await importWorkbook(inside));
    expect(await counts(code)).toMatchObject({ units: 1, cadres: 2, users: 2 });
  });

  it("refuses a username that already belongs to someone the importer may not change, and one's own account", async () => {
    const s = await setup();
    const code = prefix();
    actAs(s.communeAdmin);
    const provincial = await f.createUser({
      username: `${code.toLowerCase()}.tinh`,
      roles: [{ role: "ORG_COMMITTEE", unitId: s.province.id }],
    });
    const me = await (await getDb()).user.findUniqueOrThrow({ where: { id: s.communeAdmin.id } });
    const file = await importWorkbook({
      accounts: [
        { username: provincial.username, fullName: "Ai đó", roles: "Đầu mối theo dõi", scopeUnitCode: s.commune.code },
        { username: me.username, fullName: "Tôi", roles: "Quản trị hệ thống", scopeUnitCode: s.commune.code },
      ],
    });
    const preview = await previewAdminImport(file);
    expect(preview.rows.map((r) => r.problems.map((p) => p.code))).toEqual([["usernameTaken"], ["ownAccount"]]);
  });

  it("refuses a role that is not an administrator's", async () => {
    const s = await setup();
    const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: s.province.id }] });
    actAs(org);
    const file = await importWorkbook({ units: [] });
    await expect(previewAdminImport(file)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(commitAdminImport(file)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(adminImportTemplate()).rejects.toBeInstanceOf(ForbiddenError);
    // Called as an action, the refusal is the translated "forbidden", and nothing is read or written.
    for (const act of [previewImportAction, commitImportAction]) {
      const form = new FormData();
      form.append("file", new File([file], "tệp.xlsx"));
      expect(await act(initialActionState, form)).toMatchObject({ status: "error", message: vi.errors.forbidden });
    }
  });

  it("reads its own template back: the example rows are a plan, and a file that is not a workbook is a file problem", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const template = await adminImportTemplate();
    const parsed = await parseAdminImport(template);
    expect(parsed.fileProblems).toEqual([]);
    expect([parsed.units.length, parsed.cadres.length, parsed.accounts.length]).toEqual([1, 1, 1]);
    expect(parsed.units[0]!.data).toMatchObject({ code: "XA-TAN-AN", kind: "PARTY_COMMITTEE", isAssigningBody: true });
    expect((await previewAdminImport(new TextEncoder().encode("not a spreadsheet"))).fileProblems).toEqual([
      { code: "notAWorkbook" },
    ]);
  });

  it("imports 5,000 rows in one commit (the time is printed)", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const code = prefix();
    const file = await importWorkbook(provinceRows(code, s.province.code, { units: 200, cadres: 2_400, accounts: 2_400 }));
    let t = performance.now();
    const preview = await previewAdminImport(file);
    const previewMs = performance.now() - t;
    expect(preview.committable).toBe(true);
    t = performance.now();
    const result = await commitAdminImport(file);
    const commitMs = performance.now() - t;
    expect(result.written).toBe(5_000);
    expect(await counts(code)).toMatchObject({ units: 200, cadres: 2_400, users: 2_400 });
    t = performance.now();
    expect(await commitAdminImport(file)).toMatchObject({ written: 0 });
    const againMs = performance.now() - t;
    timings.push(
      `5,000 rows (${(file.byteLength / 1024).toFixed(0)} KB): preview ${previewMs.toFixed(0)} ms, commit ${commitMs.toFixed(0)} ms, second commit (all unchanged) ${againMs.toFixed(0)} ms`,
    );
  }, 180_000);
});
