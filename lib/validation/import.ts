import "./jitless";
import { z } from "zod";
import { ROLES, type Role } from "@/lib/domain/roles";
import vi from "@/lib/i18n/messages/vi.json";
import type { SheetSpec } from "@/lib/import/spec";
import { CADRE_GROUPS, UNIT_KINDS } from "./kinds";

// The rows of the administration import (units, cadres, accounts): each cell arrives as trimmed text ("" when
// empty); messages are problem codes under "import.problems." in the catalogs.

/** Text compared loosely: NFC, lower case, single spaces. */
const loose = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");

/**
 * A choice from a closed list, written as its Vietnamese label (as the template's drop-down offers it) or
 * as its code (PARTY_COMMITTEE), in any case.
 */
function choice<const T extends readonly string[]>(values: T, labels: Record<T[number], string>, problem: string) {
  const byText = new Map<string, T[number]>();
  for (const v of values) {
    byText.set(loose(v), v);
    byText.set(loose(labels[v as T[number]]), v);
  }
  return z
    .string()
    .max(200, "tooLong")
    .transform((text, ctx) => {
      if (text === "") {
        ctx.addIssue({ code: "custom", message: "required" });
        return z.NEVER;
      }
      const v = byText.get(loose(text));
      if (!v) {
        ctx.addIssue({ code: "custom", message: problem });
        return z.NEVER;
      }
      return v;
    });
}

const YES = new Set(["có", "co", "x", "yes", "y", "true", "1", "đúng"]);
const NO = new Set(["", "không", "khong", "no", "n", "false", "0", "sai"]);
/** A yes/no cell: "Có"/"Không" (empty is no). */
const yesNo = z
  .string()
  .max(20, "yesNo")
  .transform((text, ctx) => {
    const t = loose(text);
    if (YES.has(t)) return true;
    if (NO.has(t)) return false;
    ctx.addIssue({ code: "custom", message: "yesNo" });
    return z.NEVER;
  });

const requiredCell = (max: number) => z.string().min(1, "required").max(max, "tooLong");
/** A code: letters without accents, digits, . _ - (the same rule as the unit form's). */
export const importCode = requiredCell(40).regex(/^[A-Za-z0-9._-]+$/, "codeFormat");
const optionalCode = z.union([z.literal(""), importCode]).transform((v) => v || null);
const username = z
  .string()
  .min(1, "required")
  .max(60, "tooLong")
  .transform((v) => v.toLowerCase())
  .pipe(
    z
      .string()
      .min(3, "usernameFormat")
      .regex(/^[a-z0-9][a-z0-9._-]*$/, "usernameFormat"),
  );
const email = z.union([z.literal(""), z.email("emailFormat").max(200, "tooLong")]).transform((v) => v || null);

const roleByText = new Map<string, Role>();
for (const r of ROLES) {
  roleByText.set(loose(r), r);
  roleByText.set(loose(vi.roles[r]), r);
}
/** One or more roles, separated by commas or semicolons; each given once. */
const roles = z
  .string()
  .max(400, "tooLong")
  .transform((text, ctx) => {
    const parts = text
      .split(/[;,\n]/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length === 0) {
      ctx.addIssue({ code: "custom", message: "required" });
      return z.NEVER;
    }
    const out: Role[] = [];
    for (const p of parts) {
      const role = roleByText.get(loose(p));
      if (!role) {
        ctx.addIssue({ code: "custom", message: "unknownRole" });
        return z.NEVER;
      }
      if (!out.includes(role)) out.push(role);
    }
    return out;
  });

export const UnitRowSchema = z.object({
  code: importCode,
  name: requiredCell(200),
  kind: choice(UNIT_KINDS, vi.unitKinds, "unknownKind"),
  parentCode: importCode,
  isAssigningBody: yesNo,
});
export type UnitRow = z.output<typeof UnitRowSchema>;

export const CadreRowSchema = z.object({
  code: importCode,
  fullName: requiredCell(120),
  positionTitle: requiredCell(200),
  unitCode: importCode,
  managedByCode: importCode,
  group: choice(CADRE_GROUPS, vi.cadreGroups, "unknownGroup"),
  headsUnit: yesNo,
});
export type CadreRow = z.output<typeof CadreRowSchema>;

export const AccountRowSchema = z.object({
  username,
  fullName: requiredCell(120),
  email,
  cadreCode: optionalCode,
  roles,
  scopeUnitCode: importCode,
});
export type AccountRow = z.output<typeof AccountRowSchema>;

export const UNIT_SHEET = {
  key: "units",
  title: "Đơn vị",
  schema: UnitRowSchema,
  columns: [
    { key: "code", header: "Mã đơn vị", required: true, example: "XA-TAN-AN", width: 18 },
    { key: "name", header: "Tên đơn vị", required: true, example: "Đảng ủy xã Tân An", width: 36 },
    { key: "kind", header: "Loại đơn vị", required: true, example: vi.unitKinds.PARTY_COMMITTEE, width: 22 },
    { key: "parentCode", header: "Mã đơn vị cấp trên", required: true, example: "TU", width: 20 },
    { key: "isAssigningBody", header: "Cấp giao việc", example: "Có", width: 14 },
  ],
} as const satisfies SheetSpec;

export const CADRE_SHEET = {
  key: "cadres",
  title: "Cán bộ",
  schema: CadreRowSchema,
  columns: [
    { key: "code", header: "Mã cán bộ", required: true, example: "CB-000123", width: 16 },
    { key: "fullName", header: "Họ và tên", required: true, example: "Nguyễn Thị Hoa", width: 28 },
    { key: "positionTitle", header: "Chức vụ", required: true, example: "Bí thư Đảng ủy xã", width: 28 },
    { key: "unitCode", header: "Mã đơn vị công tác", required: true, example: "XA-TAN-AN", width: 20 },
    { key: "managedByCode", header: "Mã cơ quan quản lý", required: true, example: "TU", width: 20 },
    { key: "group", header: "Nhóm đối tượng", required: true, example: vi.cadreGroups.LOCAL_LEADER, width: 28 },
    { key: "headsUnit", header: "Người đứng đầu", example: "Có", width: 16 },
  ],
} as const satisfies SheetSpec;

export const ACCOUNT_SHEET = {
  key: "accounts",
  title: "Tài khoản",
  schema: AccountRowSchema,
  columns: [
    { key: "username", header: "Tên đăng nhập", required: true, example: "hoa.nt", width: 20 },
    { key: "fullName", header: "Họ và tên", required: true, example: "Nguyễn Thị Hoa", width: 28 },
    { key: "email", header: "Thư điện tử", example: "hoa.nt@tanan.gov.vn", width: 28 },
    { key: "cadreCode", header: "Mã cán bộ", example: "CB-000123", width: 16 },
    { key: "roles", header: "Vai trò", required: true, example: vi.roles.CADRE, width: 30 },
    { key: "scopeUnitCode", header: "Mã đơn vị phạm vi", required: true, example: "XA-TAN-AN", width: 20 },
  ],
} as const satisfies SheetSpec;

export const ADMIN_IMPORT_SHEETS = [UNIT_SHEET, CADRE_SHEET, ACCOUNT_SHEET] as const;

/** The template's drop-downs, by "sheet.column". */
export const ADMIN_IMPORT_LISTS: Record<string, string[]> = {
  "units.kind": UNIT_KINDS.map((k) => vi.unitKinds[k]),
  "units.isAssigningBody": ["Có", "Không"],
  "cadres.group": CADRE_GROUPS.map((g) => vi.cadreGroups[g]),
  "cadres.headsUnit": ["Có", "Không"],
};

/** The import form: which step (preview or commit); the file travels beside it. */
export const ImportSchema = z.object({});
