import "server-only";
import { randomUUID } from "node:crypto";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, DomainError, ForbiddenError } from "@/lib/domain/errors";
import type { Role } from "@/lib/domain/roles";
import type { CadreGroup, UnitKind } from "@/lib/generated/prisma/enums";
import { ImportFileError, loadWorkbook, readSheets } from "@/lib/import/parse";
import { toPreview, type ParsedRow, type Preview, type PreviewRow, type Problem } from "@/lib/import/spec";
import { buildTemplate } from "@/lib/import/template";
import { hasPermission } from "@/lib/permissions";
import { ADMIN_IMPORT_LISTS, ADMIN_IMPORT_SHEETS, type AccountRow, type CadreRow, type UnitRow } from "@/lib/validation/import";
import { audit, type AuditEntry } from "@/lib/dal/_shared/audit";
import { inTransaction } from "@/lib/dal/_shared/transition";
import { lockUnitTree } from "@/lib/dal/admin/access";

// ───────────────────────────── Import of units, cadres and accounts (docs/decisions/082, 083) ─────────────────────────────

/**
 * An imported account has no password anyone knows: this is not an argon2 hash, so no password matches it
 * (lib/auth/password.ts). The administrator hands out a first password with "reset password" (the same
 * initial password, changed at the first sign-in, as an account created by hand), or the person signs in
 * through the province's identity provider (docs/decisions/083).
 */
export const IMPORTED_PASSWORD_HASH = "!imported-no-password";

/** A bulk import's transaction may run longer than an ordinary write's. */
const IMPORT_TIMEOUT_MS = 120_000;

/** Importing writes units, cadres and accounts: an importer must hold all three administration permissions. */
async function requireImporter(): Promise<Actor> {
  const actor = await requirePermission("admin:users");
  if (!hasPermission(actor.role, "admin:units") || !hasPermission(actor.role, "admin:cadres")) throw new ForbiddenError();
  return actor;
}

/** The template to fill in: instructions, then one sheet per kind with an example row. */
export async function adminImportTemplate(): Promise<Uint8Array> {
  await requireImporter();
  return buildTemplate(
    ADMIN_IMPORT_SHEETS,
    {
      title: "Hướng dẫn",
      lines: [
        "Mỗi loại dữ liệu nằm trên một trang tính: Đơn vị, Cán bộ, Tài khoản. Có thể để trống trang không dùng.",
        "Cột có dấu * (tô vàng) là bắt buộc. Dòng 2 của mỗi trang là ví dụ: hãy sửa hoặc xóa trước khi nhập.",
        "Đơn vị: đơn vị cấp trên phải đã có trong hệ thống hoặc có trong tệp (tìm theo mã). Đơn vị đã có được nhận ra theo mã; không đổi được đơn vị cấp trên qua tệp.",
        "Cán bộ: nhận ra theo mã cán bộ. Cơ quan quản lý phải là cấp giao việc, ở trên hoặc chính là đơn vị công tác.",
        "Tài khoản: nhận ra theo tên đăng nhập. Nhiều vai trò ghi cách nhau bằng dấu phẩy hoặc chấm phẩy; phạm vi của vai trò là đơn vị ở cột «Mã đơn vị phạm vi». Vai trò «Cán bộ được giao việc» cần mã cán bộ.",
        "Tài khoản mới chưa có mật khẩu: quản trị viên đặt mật khẩu ban đầu ở trang tài khoản (người dùng đổi ở lần đăng nhập đầu), hoặc người dùng đăng nhập qua hệ thống định danh của tỉnh.",
        "Nhập lại cùng một tệp không thay đổi gì. Nếu còn dòng bị từ chối, không dòng nào được ghi.",
        "Quản trị viên một đơn vị chỉ nhập được vào đơn vị đó và các đơn vị trực thuộc.",
      ],
    },
    ADMIN_IMPORT_LISTS,
  );
}

type Parsed = {
  fileProblems: Problem[];
  units: ParsedRow<UnitRow>[];
  cadres: ParsedRow<CadreRow>[];
  accounts: ParsedRow<AccountRow>[];
};

/** The file read into rows; a file that cannot be read gives file problems and no rows. */
export async function parseAdminImport(bytes: Uint8Array): Promise<Parsed> {
  try {
    const workbook = await loadWorkbook(bytes);
    const [units, cadres, accounts] = readSheets(workbook, ADMIN_IMPORT_SHEETS);
    const fileProblems: Problem[] = [units!, cadres!, accounts!].flatMap((s) =>
      s.problems.map((p) => ({ ...p, params: { ...p.params, sheet: sheetTitle(s.key) } })),
    );
    if (![units, cadres, accounts].some((s) => s!.found)) fileProblems.push({ code: "noSheets" });
    else if (fileProblems.length === 0 && [units, cadres, accounts].every((s) => s!.rows.length === 0))
      fileProblems.push({ code: "noRows" });
    return {
      fileProblems,
      units: units!.rows as ParsedRow<UnitRow>[],
      cadres: cadres!.rows as ParsedRow<CadreRow>[],
      accounts: accounts!.rows as ParsedRow<AccountRow>[],
    };
  } catch (error) {
    if (error instanceof ImportFileError) return { fileProblems: [error.problem], units: [], cadres: [], accounts: [] };
    throw error;
  }
}

function sheetTitle(key: string): string {
  return ADMIN_IMPORT_SHEETS.find((s) => s.key === key)?.title ?? key;
}

/** Reads the file and says, row by row, what a commit would do; writes nothing. */
export async function previewAdminImport(bytes: Uint8Array): Promise<Preview> {
  const actor = await requireImporter();
  const parsed = await parseAdminImport(bytes);
  if (parsed.fileProblems.length > 0) return toPreview(parsed.fileProblems, SHEET_KEYS, []);
  const db = await getDb();
  return (await plan(db, actor, parsed)).preview;
}

export type CommitResult = { counts: Preview["counts"]; written: number };

/**
 * Writes the whole file in one transaction, or nothing: the plan is made again inside the transaction
 * (after the unit tree's lock, so two commits of the same file run one after the other and the second finds
 * everything unchanged), and any refused row refuses the whole file. Rows that change nothing are not
 * written and leave no audit row; a file that changes nothing leaves none at all.
 */
export async function commitAdminImport(bytes: Uint8Array): Promise<CommitResult> {
  const actor = await requireImporter();
  const parsed = await parseAdminImport(bytes);
  if (parsed.fileProblems.length > 0) throw new DomainError("importFileUnreadable");
  return inTransaction(
    async (tx) => {
      await lockUnitTree(tx);
      const { preview, writes } = await plan(tx, actor, parsed);
      if (!preview.committable) {
        throw new DomainError("importHasErrors", { rows: preview.rows.filter((r) => r.outcome === "refused").length });
      }
      const written = await write(tx, actor, writes);
      if (written > 0) {
        await audit(tx, actor, {
          action: "import.commit",
          entityType: "Import",
          entityId: randomUUID(),
          data: { counts: preview.counts, written },
        });
      }
      return { counts: preview.counts, written };
    },
    { timeout: IMPORT_TIMEOUT_MS },
  );
}

// ───────────────────────────── The plan: every row classified, in memory ─────────────────────────────

const SHEET_KEYS = ADMIN_IMPORT_SHEETS.map((s) => s.key);

type UnitRef = {
  id: string;
  code: string;
  path: string;
  depth: number;
  isAssigningBody: boolean;
  active: boolean;
  inScope: boolean;
  /** A unit of the file whose row is refused: what depends on it is refused too. */
  refused: boolean;
};

type Writes = {
  unitCreates: {
    id: string;
    code: string;
    name: string;
    kind: UnitKind;
    parentId: string;
    path: string;
    depth: number;
    isAssigningBody: boolean;
  }[];
  unitUpdates: {
    id: string;
    version: number;
    data: { name: string; kind: UnitKind; isAssigningBody: boolean };
    before: object;
  }[];
  cadreCreates: {
    id: string;
    code: string;
    fullName: string;
    positionTitle: string;
    unitId: string;
    managedById: string;
    group: CadreGroup;
    headsUnit: boolean;
  }[];
  cadreUpdates: {
    id: string;
    version: number;
    data: { fullName: string; positionTitle: string; unitId: string; managedById: string; group: CadreGroup; headsUnit: boolean };
    before: object;
  }[];
  userCreates: {
    id: string;
    username: string;
    fullName: string;
    email: string | null;
    cadreId: string | null;
    roles: { role: Role; unitId: string }[];
  }[];
  userUpdates: {
    id: string;
    version: number;
    data: { fullName: string; email: string | null; cadreId: string | null };
    addRoles: { role: Role; unitId: string }[];
    before: object;
  }[];
};

type Reader = Pick<Tx, "unit" | "cadre" | "user">;

async function plan(db: Reader, actor: Actor, parsed: Parsed): Promise<{ preview: Preview; writes: Writes }> {
  const inScope = (path: string) => path.startsWith(actor.unitPath);
  const rows: PreviewRow[] = [];
  const writes: Writes = {
    unitCreates: [],
    unitUpdates: [],
    cadreCreates: [],
    cadreUpdates: [],
    userCreates: [],
    userUpdates: [],
  };

  // Everything the file names, read in three queries (never one per row).
  const unitCodes = new Set<string>();
  for (const r of parsed.units) if (r.data) unitCodes.add(r.data.code).add(r.data.parentCode);
  for (const r of parsed.cadres) if (r.data) unitCodes.add(r.data.unitCode).add(r.data.managedByCode);
  for (const r of parsed.accounts) if (r.data) unitCodes.add(r.data.scopeUnitCode);
  const cadreCodes = new Set<string>();
  for (const r of parsed.cadres) if (r.data) cadreCodes.add(r.data.code);
  for (const r of parsed.accounts) if (r.data?.cadreCode) cadreCodes.add(r.data.cadreCode);
  const usernames = parsed.accounts.flatMap((r) => (r.data ? [r.data.username] : []));

  const [dbUnits, dbCadres, dbUsers] = await Promise.all([
    unitCodes.size
      ? db.unit.findMany({
          where: { code: { in: [...unitCodes] } },
          select: {
            id: true,
            code: true,
            name: true,
            kind: true,
            parentId: true,
            path: true,
            depth: true,
            isAssigningBody: true,
            active: true,
            version: true,
          },
        })
      : [],
    cadreCodes.size
      ? db.cadre.findMany({
          where: { code: { in: [...cadreCodes] } },
          select: {
            id: true,
            code: true,
            fullName: true,
            positionTitle: true,
            unitId: true,
            managedById: true,
            group: true,
            headsUnit: true,
            version: true,
            unit: { select: { path: true } },
            managedBy: { select: { path: true } },
            user: { select: { id: true, username: true } },
          },
        })
      : [],
    usernames.length
      ? db.user.findMany({
          where: { username: { in: usernames } },
          select: {
            id: true,
            username: true,
            fullName: true,
            email: true,
            cadreId: true,
            version: true,
            memberships: { select: { role: true, unitId: true, unit: { select: { path: true } } } },
            cadre: { select: { unit: { select: { path: true } } } },
          },
        })
      : [],
  ]);
  const dbUnitByCode = new Map(dbUnits.map((u) => [u.code, u]));
  const dbUnitById = new Map(dbUnits.map((u) => [u.id, u]));
  const dbCadreByCode = new Map(dbCadres.map((c) => [c.code!, c]));
  const dbUserByName = new Map(dbUsers.map((u) => [u.username, u]));

  // ── Units ──
  const units = new Map<string, UnitRef>();
  for (const u of dbUnits) units.set(u.code, { ...u, inScope: inScope(u.path), refused: false });
  const firstRowOf = new Map<string, number>();
  const unitRows = new Map<string, { parsed: ParsedRow<UnitRow>; problems: Problem[] }>();
  for (const r of parsed.units) {
    const problems = [...r.problems];
    if (r.data) {
      const first = firstRowOf.get(r.data.code);
      if (first !== undefined) problems.push({ column: "code", code: "duplicateInFile", params: { row: first } });
      else {
        firstRowOf.set(r.data.code, r.row);
        unitRows.set(r.data.code, { parsed: r, problems });
      }
    }
    if (problems.length > 0 && (!r.data || firstRowOf.get(r.data.code) !== r.row)) {
      rows.push({ sheet: "units", row: r.row, key: r.cells.code ?? "", label: r.cells.name ?? "", outcome: "refused", problems });
    }
  }
  // New units are placed under their parents (which may be new too), depth first; a loop is refused.
  const placing = new Set<string>();
  const place = (code: string): UnitRef | undefined => {
    const known = units.get(code);
    if (known) return known;
    const entry = unitRows.get(code);
    if (!entry?.parsed.data) return undefined;
    const data = entry.parsed.data;
    if (placing.has(code)) {
      entry.problems.push({ column: "parentCode", code: "unitCycle" });
      return undefined;
    }
    placing.add(code);
    const parent = data.parentCode === code ? undefined : place(data.parentCode);
    placing.delete(code);
    if (data.parentCode === code) entry.problems.push({ column: "parentCode", code: "unitCycle" });
    else if (!parent) {
      // A parent in the file that could not be placed is part of a loop; one nowhere is unknown.
      const code = unitRows.has(data.parentCode) && !dbUnitByCode.has(data.parentCode) ? "unitCycle" : "unknownParent";
      if (!entry.problems.some((p) => p.code === "unitCycle"))
        entry.problems.push({ column: "parentCode", code, params: { code: data.parentCode } });
    } else if (!parent.inScope)
      entry.problems.push({ column: "parentCode", code: "outsideScope", params: { code: data.parentCode } });
    else if (parent.refused)
      entry.problems.push({ column: "parentCode", code: "parentRefused", params: { code: data.parentCode } });
    else if (!parent.active)
      entry.problems.push({ column: "parentCode", code: "parentInactive", params: { code: data.parentCode } });
    const id = randomUUID();
    const ref: UnitRef = {
      id,
      code,
      path: parent ? `${parent.path}${id}/` : `${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      isAssigningBody: data.isAssigningBody,
      active: true,
      inScope: true,
      refused: entry.problems.length > 0,
    };
    units.set(code, ref);
    if (!ref.refused) {
      writes.unitCreates.push({
        id,
        code,
        name: data.name,
        kind: data.kind,
        parentId: parent!.id,
        path: ref.path,
        depth: ref.depth,
        isAssigningBody: data.isAssigningBody,
      });
    }
    return ref;
  };
  // Units the database has first (their refusals reach the new units below them), then the new ones.
  const unitEntries = [...unitRows].sort(([a], [b]) => Number(dbUnitByCode.has(b)) - Number(dbUnitByCode.has(a)));
  for (const [code, entry] of unitEntries) {
    const r = entry.parsed;
    const data = r.data!;
    const existing = dbUnitByCode.get(code);
    let outcome: PreviewRow["outcome"] = "create";
    if (existing) {
      const ref = units.get(code)!;
      if (!ref.inScope) entry.problems.push({ column: "code", code: "codeTaken" });
      else {
        const parent = units.get(data.parentCode);
        const currentParentCode = existing.parentId ? dbUnitById.get(existing.parentId)?.code : undefined;
        if (!parent || parent.id !== existing.parentId) {
          entry.problems.push({
            column: "parentCode",
            code: "parentChangeNotImported",
            params: { code: currentParentCode ?? "" },
          });
        }
        if (existing.isAssigningBody && !data.isAssigningBody)
          entry.problems.push({ column: "isAssigningBody", code: "assigningBodyOff" });
        ref.isAssigningBody = data.isAssigningBody;
        const changed =
          existing.name !== data.name || existing.kind !== data.kind || existing.isAssigningBody !== data.isAssigningBody;
        outcome = changed ? "update" : "unchanged";
        if (changed && entry.problems.length === 0) {
          writes.unitUpdates.push({
            id: existing.id,
            version: existing.version,
            data: { name: data.name, kind: data.kind, isAssigningBody: data.isAssigningBody },
            before: { name: existing.name, kind: existing.kind, isAssigningBody: existing.isAssigningBody },
          });
        }
      }
      ref.refused = entry.problems.length > 0;
    } else {
      place(code);
    }
    rows.push({
      sheet: "units",
      row: r.row,
      key: code,
      label: data.name,
      outcome: entry.problems.length > 0 ? "refused" : outcome,
      problems: entry.problems,
    });
  }

  // ── Cadres ──
  const unitProblem = (code: string, column: string, problems: Problem[]): UnitRef | undefined => {
    const unit = units.get(code);
    if (!unit || !unit.inScope) {
      // A unit outside the scope is named as unknown only when the importer could not have seen it either.
      problems.push({ column, code: unit ? "outsideScope" : "unknownUnit", params: { code } });
      return undefined;
    }
    if (unit.refused) problems.push({ column, code: "unitRefused", params: { code } });
    else if (!unit.active) problems.push({ column, code: "unitInactive", params: { code } });
    return unit;
  };
  const cadres = new Map<string, { id: string; inScope: boolean; refused: boolean; linkedTo: string | null }>();
  for (const c of dbCadres) {
    cadres.set(c.code!, {
      id: c.id,
      inScope: inScope(c.unit.path) && inScope(c.managedBy.path),
      refused: false,
      linkedTo: c.user?.username ?? null,
    });
  }
  const firstCadreRow = new Map<string, number>();
  for (const r of parsed.cadres) {
    const problems = [...r.problems];
    const data = r.data;
    let outcome: PreviewRow["outcome"] = "create";
    if (data) {
      const first = firstCadreRow.get(data.code);
      if (first !== undefined) {
        problems.push({ column: "code", code: "duplicateInFile", params: { row: first } });
        rows.push({ sheet: "cadres", row: r.row, key: data.code, label: data.fullName, outcome: "refused", problems });
        continue;
      }
      firstCadreRow.set(data.code, r.row);
      const unit = unitProblem(data.unitCode, "unitCode", problems);
      const body = unitProblem(data.managedByCode, "managedByCode", problems);
      if (unit && body && !body.refused) {
        if (!body.isAssigningBody)
          problems.push({ column: "managedByCode", code: "notAssigningBody", params: { code: data.managedByCode } });
        else if (!unit.path.startsWith(body.path)) problems.push({ column: "managedByCode", code: "managingBodyNotAbove" });
      }
      const existing = dbCadreByCode.get(data.code);
      const known = cadres.get(data.code);
      if (existing && known) {
        if (!known.inScope) problems.push({ column: "code", code: "codeTaken" });
        const next = {
          fullName: data.fullName,
          positionTitle: data.positionTitle,
          unitId: unit?.id ?? "",
          managedById: body?.id ?? "",
          group: data.group,
          headsUnit: data.headsUnit,
        };
        const changed =
          existing.fullName !== next.fullName ||
          existing.positionTitle !== next.positionTitle ||
          existing.unitId !== next.unitId ||
          existing.managedById !== next.managedById ||
          existing.group !== next.group ||
          existing.headsUnit !== next.headsUnit;
        outcome = changed ? "update" : "unchanged";
        if (changed && problems.length === 0) {
          writes.cadreUpdates.push({
            id: existing.id,
            version: existing.version,
            data: next,
            before: {
              fullName: existing.fullName,
              positionTitle: existing.positionTitle,
              unitId: existing.unitId,
              managedById: existing.managedById,
              group: existing.group,
              headsUnit: existing.headsUnit,
            },
          });
        }
        known.refused = problems.length > 0;
      } else {
        const id = randomUUID();
        cadres.set(data.code, { id, inScope: true, refused: problems.length > 0, linkedTo: null });
        if (problems.length === 0) {
          writes.cadreCreates.push({
            id,
            code: data.code,
            fullName: data.fullName,
            positionTitle: data.positionTitle,
            unitId: unit!.id,
            managedById: body!.id,
            group: data.group,
            headsUnit: data.headsUnit,
          });
        }
      }
    }
    rows.push({
      sheet: "cadres",
      row: r.row,
      key: data?.code ?? r.cells.code ?? "",
      label: data?.fullName ?? r.cells.fullName ?? "",
      outcome: problems.length > 0 ? "refused" : outcome,
      problems,
    });
  }

  // ── Accounts ──
  const firstAccountRow = new Map<string, number>();
  const cadreLinkedInFile = new Map<string, number>();
  for (const r of parsed.accounts) {
    const problems = [...r.problems];
    const data = r.data;
    let outcome: PreviewRow["outcome"] = "create";
    if (data) {
      const first = firstAccountRow.get(data.username);
      if (first !== undefined) {
        problems.push({ column: "username", code: "duplicateInFile", params: { row: first } });
        rows.push({ sheet: "accounts", row: r.row, key: data.username, label: data.fullName, outcome: "refused", problems });
        continue;
      }
      firstAccountRow.set(data.username, r.row);
      const scope = units.get(data.scopeUnitCode);
      if (!scope) problems.push({ column: "scopeUnitCode", code: "unknownUnit", params: { code: data.scopeUnitCode } });
      else if (!scope.inScope)
        problems.push({ column: "scopeUnitCode", code: "roleOutsideScope", params: { code: data.scopeUnitCode } });
      else if (scope.refused)
        problems.push({ column: "scopeUnitCode", code: "unitRefused", params: { code: data.scopeUnitCode } });
      else if (!scope.active)
        problems.push({ column: "scopeUnitCode", code: "unitInactive", params: { code: data.scopeUnitCode } });

      let cadreId: string | null = null;
      if (data.cadreCode) {
        const cadre = cadres.get(data.cadreCode);
        if (!cadre || !cadre.inScope)
          problems.push({ column: "cadreCode", code: "unknownCadre", params: { code: data.cadreCode } });
        else {
          cadreId = cadre.id;
          if (cadre.refused) problems.push({ column: "cadreCode", code: "cadreRefused", params: { code: data.cadreCode } });
          if (cadre.linkedTo && cadre.linkedTo !== data.username) problems.push({ column: "cadreCode", code: "cadreHasAccount" });
          const twice = cadreLinkedInFile.get(data.cadreCode);
          if (twice !== undefined) problems.push({ column: "cadreCode", code: "cadreTwice", params: { row: twice } });
          cadreLinkedInFile.set(data.cadreCode, r.row);
        }
      } else if (data.roles.includes("CADRE")) {
        problems.push({ column: "cadreCode", code: "cadreRoleNeedsCadre" });
      }

      const existing = dbUserByName.get(data.username);
      const wanted = scope ? data.roles.map((role) => ({ role, unitId: scope.id })) : [];
      if (existing) {
        const writable =
          existing.id !== actor.userId &&
          (existing.memberships.length > 0 || existing.cadre) &&
          existing.memberships.every((m) => inScope(m.unit.path)) &&
          (!existing.cadre || inScope(existing.cadre.unit.path));
        if (existing.id === actor.userId) problems.push({ column: "username", code: "ownAccount" });
        else if (!writable || (existing.cadreId && cadreId && existing.cadreId !== cadreId)) {
          problems.push({ column: "username", code: "usernameTaken" });
        }
        const next = { fullName: data.fullName, email: data.email, cadreId: cadreId ?? existing.cadreId };
        const addRoles = wanted.filter((w) => !existing.memberships.some((m) => m.role === w.role && m.unitId === w.unitId));
        const changed =
          existing.fullName !== next.fullName ||
          existing.email !== next.email ||
          existing.cadreId !== next.cadreId ||
          addRoles.length > 0;
        if (!next.cadreId && data.roles.includes("CADRE") && !problems.some((p) => p.code === "cadreRoleNeedsCadre")) {
          problems.push({ column: "cadreCode", code: "cadreRoleNeedsCadre" });
        }
        outcome = changed ? "update" : "unchanged";
        if (changed && problems.length === 0) {
          writes.userUpdates.push({
            id: existing.id,
            version: existing.version,
            data: next,
            addRoles,
            before: { fullName: existing.fullName, email: existing.email, cadreId: existing.cadreId },
          });
        }
      } else if (problems.length === 0) {
        writes.userCreates.push({
          id: randomUUID(),
          username: data.username,
          fullName: data.fullName,
          email: data.email,
          cadreId,
          roles: wanted,
        });
      }
    }
    rows.push({
      sheet: "accounts",
      row: r.row,
      key: data?.username ?? r.cells.username ?? "",
      label: data?.fullName ?? r.cells.fullName ?? "",
      outcome: problems.length > 0 ? "refused" : outcome,
      problems,
    });
  }

  rows.sort((a, b) => SHEET_KEYS.indexOf(a.sheet as never) - SHEET_KEYS.indexOf(b.sheet as never) || a.row - b.row);
  return { preview: toPreview(parsed.fileProblems, SHEET_KEYS, rows), writes };
}

// ───────────────────────────── The writes: a few statements, whatever the number of rows ─────────────────────────────

// Each kind is inserted by one statement over arrays (INSERT … SELECT FROM unnest(…)): a handful of parameters
// however many rows, where Prisma's createMany binds one per cell and spends milliseconds per row building
// the statement. Columns the database does not default (ids, updatedAt) are given here; the search text is
// kept by its trigger as for any other insert.

async function insertUnits(tx: Tx, rows: Writes["unitCreates"]) {
  if (rows.length === 0) return;
  // Parents before children; the foreign keys are checked at the end of the statement.
  await tx.$executeRaw`
    INSERT INTO "Unit" (id, code, name, kind, "parentId", path, depth, "isAssigningBody", "updatedAt")
    SELECT t.id, t.code, t.name, t.kind::"UnitKind", t.parent, t.path, t.depth, t.body, CURRENT_TIMESTAMP
    FROM unnest(
      ${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.code)}::text[], ${rows.map((r) => r.name)}::text[],
      ${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.parentId)}::text[], ${rows.map((r) => r.path)}::text[],
      ${rows.map((r) => r.depth)}::int[], ${rows.map((r) => r.isAssigningBody)}::boolean[]
    ) AS t(id, code, name, kind, parent, path, depth, body)
    ORDER BY t.depth`;
}

async function insertCadres(tx: Tx, rows: Writes["cadreCreates"]) {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Cadre" (id, code, "fullName", "positionTitle", "unitId", "managedById", "group", "headsUnit", "updatedAt")
    SELECT t.id, t.code, t.name, t.position, t.unit, t.body, t.grp::"CadreGroup", t.heads, CURRENT_TIMESTAMP
    FROM unnest(
      ${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.code)}::text[], ${rows.map((r) => r.fullName)}::text[],
      ${rows.map((r) => r.positionTitle)}::text[], ${rows.map((r) => r.unitId)}::text[], ${rows.map((r) => r.managedById)}::text[],
      ${rows.map((r) => r.group)}::text[], ${rows.map((r) => r.headsUnit)}::boolean[]
    ) AS t(id, code, name, position, unit, body, grp, heads)`;
}

async function insertUsers(tx: Tx, rows: Writes["userCreates"]) {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "User" (id, username, "passwordHash", "fullName", email, "cadreId", "mustChangePassword", "updatedAt")
    SELECT t.id, t.username, ${IMPORTED_PASSWORD_HASH}, t.name, NULLIF(t.email, ''), NULLIF(t.cadre, ''), true, CURRENT_TIMESTAMP
    FROM unnest(
      ${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.username)}::text[], ${rows.map((r) => r.fullName)}::text[],
      -- Absent values travel as "" (an array parameter's NULLs are not read alike by every driver).
      ${rows.map((r) => r.email ?? "")}::text[], ${rows.map((r) => r.cadreId ?? "")}::text[]
    ) AS t(id, username, name, email, cadre)`;
}

async function insertMemberships(tx: Tx, rows: { userId: string; role: Role; unitId: string }[]) {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "RoleMembership" (id, "userId", role, "unitId")
    SELECT t.id, t.usr, t.role::"Role", t.unit
    FROM unnest(
      ${rows.map(() => randomUUID())}::text[], ${rows.map((r) => r.userId)}::text[], ${rows.map((r) => r.role)}::text[],
      ${rows.map((r) => r.unitId)}::text[]
    ) AS t(id, usr, role, unit)`;
}

async function insertAudit(tx: Tx, actor: Actor, rows: AuditEntry[]) {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" (id, "actorId", "actorRole", action, "entityType", "entityId", data)
    SELECT t.id, ${actor.userId}, ${actor.role}::"Role", t.action, t.type, t.entity, t.data::jsonb
    FROM unnest(
      ${rows.map(() => randomUUID())}::text[], ${rows.map((r) => r.action)}::text[], ${rows.map((r) => r.entityType)}::text[],
      ${rows.map((r) => r.entityId)}::text[], ${rows.map((r) => JSON.stringify(r.data ?? null))}::text[]
    ) AS t(id, action, type, entity, data)`;
}

async function write(tx: Tx, actor: Actor, w: Writes): Promise<number> {
  const entries: AuditEntry[] = [];
  await insertUnits(tx, w.unitCreates);
  for (const u of w.unitCreates) {
    entries.push({
      action: "unit.create",
      entityType: "Unit",
      entityId: u.id,
      data: { code: u.code, name: u.name, imported: true },
    });
  }
  // Changes to records already there are usually few: one conditional update each, version checked.
  for (const u of w.unitUpdates) {
    const updated = await tx.unit.updateMany({
      where: { id: u.id, version: u.version },
      data: { ...u.data, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError();
    entries.push({
      action: "unit.update",
      entityType: "Unit",
      entityId: u.id,
      data: { before: u.before, after: u.data, imported: true },
    });
  }

  await insertCadres(tx, w.cadreCreates);
  for (const c of w.cadreCreates) {
    entries.push({
      action: "cadre.create",
      entityType: "Cadre",
      entityId: c.id,
      data: { fullName: c.fullName, code: c.code, imported: true },
    });
  }
  for (const c of w.cadreUpdates) {
    const updated = await tx.cadre.updateMany({
      where: { id: c.id, version: c.version },
      data: { ...c.data, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError();
    entries.push({
      action: "cadre.update",
      entityType: "Cadre",
      entityId: c.id,
      data: { before: c.before, after: c.data, imported: true },
    });
  }

  await insertUsers(tx, w.userCreates);
  await insertMemberships(tx, [
    ...w.userCreates.flatMap((u) => u.roles.map((r) => ({ userId: u.id, ...r }))),
    ...w.userUpdates.flatMap((u) => u.addRoles.map((r) => ({ userId: u.id, ...r }))),
  ]);
  for (const u of w.userCreates) {
    entries.push({
      action: "user.create",
      entityType: "User",
      entityId: u.id,
      data: { username: u.username, roles: u.roles, imported: true },
    });
  }
  for (const u of w.userUpdates) {
    const updated = await tx.user.updateMany({
      where: { id: u.id, version: u.version },
      data: { ...u.data, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError();
    entries.push({
      action: "user.update",
      entityType: "User",
      entityId: u.id,
      data: { before: u.before, after: u.data, addedRoles: u.addRoles, imported: true },
    });
  }
  await insertAudit(tx, actor, entries);
  return entries.length;
}
