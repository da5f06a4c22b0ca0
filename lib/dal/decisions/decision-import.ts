import "server-only";
import { createHash } from "node:crypto";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { targetDirectionProblem } from "@/lib/domain/targets";
import { ImportFileError, loadWorkbook, readSheets } from "@/lib/import/parse";
import { toPreview, type ParsedRow, type Preview, type PreviewRow, type Problem } from "@/lib/import/spec";
import { buildTemplate } from "@/lib/import/template";
import type { DecisionImportInput, DecisionRow } from "@/lib/validation/decision-import";
import { baselineKey, decisionSheet, targetKey } from "@/lib/validation/decision-import";
import type { BulkAssignmentInput } from "@/lib/validation/template";
import { bulkAssignTemplate, type BulkAssignmentResult } from "@/lib/dal/decisions/bulk";
import { assignableCadres } from "@/lib/dal/decisions/options";
import { templatesOf, toTemplateDto, type TaskTemplateDto } from "@/lib/dal/decisions/templates";

// ───────────── A decision's task list from .xlsx (docs/decisions/085): the sheet framework of 082, the bulk assignment of 084 ─────────────

type Db = Awaited<ReturnType<typeof getDb>> | Tx;

async function templateOf(db: Db, actor: Actor, id: string): Promise<TaskTemplateDto> {
  const row = await db.taskTemplate.findFirst({ where: { id, ...templatesOf(actor), archived: false } });
  if (!row) throw new NotFoundError();
  return toTemplateDto(row);
}

/** The template to fill for one task template: a row per cadre, a baseline and a target column per target. */
export async function decisionImportTemplate(templateId: string): Promise<{ bytes: Uint8Array; title: string }> {
  const actor = await requirePermission("task:assign");
  const template = await templateOf(await getDb(), actor, templateId);
  const bytes = await buildTemplate([decisionSheet(template.targets)], {
    title: "Hướng dẫn",
    lines: [
      `Danh sách giao nhiệm vụ theo mẫu «${template.title}»: mỗi dòng là một cán bộ, mỗi cán bộ một dòng.`,
      "Cột có dấu * (tô vàng) là bắt buộc. Dòng 2 là ví dụ: hãy sửa hoặc xóa trước khi nhập.",
      "Cán bộ được nhận ra theo mã cán bộ và phải do cấp ủy của bạn quản lý.",
      "Đầu mối theo dõi: tên đăng nhập của người có vai trò Đầu mối ở cấp của cán bộ hoặc cấp trên; để trống thì dùng đầu mối chung của quyết định.",
      "Mỗi chỉ tiêu có một cột giá trị ban đầu và một cột chỉ tiêu; chỉ tiêu tăng phải lớn hơn giá trị ban đầu, chỉ tiêu giảm phải nhỏ hơn.",
      "Số quyết định và ngày quyết định nhập trên trang web. Nếu còn dòng bị từ chối, không nhiệm vụ nào được giao; nhập lại cùng danh sách không giao lần thứ hai.",
    ],
  });
  return { bytes, title: template.title };
}

export type DecisionImportPreview = Preview & {
  /** The column headers of this template's sheet, to name a problem's column. */
  headers: Record<string, string>;
  /** The same list was already assigned under this decision (its key is known): a commit creates nothing. */
  alreadyAssigned: boolean;
  templateTitle: string;
};

type Plan = { preview: DecisionImportPreview; bulk: BulkAssignmentInput | null };

/**
 * The key of a list: the same template version, round, decision, default supervisor and rows (cadre,
 * supervisor, figures, in file order) give the same key, so the same file sent twice, or saved again
 * unchanged, is one batch (docs/decisions/085).
 */
export function decisionImportKey(input: Omit<BulkAssignmentInput, "idempotencyKey">): string {
  const canonical = JSON.stringify([
    input.templateId,
    input.templateVersion,
    input.roundId,
    input.decisionNumber,
    input.decisionDate.toISOString(),
    input.defaultSupervisorId,
    input.rows.map((r) => [r.cadreId, r.supervisorId ?? null, r.targets.map((t) => [t.baseline, t.targetValue])]),
  ]);
  return `xlsx-${createHash("sha256").update(canonical).digest("base64url")}`;
}

/**
 * Classifies every row in memory after four reads (the template and round, the cadres the file names, the
 * supervisors it names, the batch of the same key): unknown cadre, cadre outside the committee's reach,
 * the same cadre twice, a figure that is not a number or contradicts its target's direction, an unknown
 * supervisor or one not at or above the cadre's unit.
 */
async function plan(db: Db, actor: Actor, input: DecisionImportInput, bytes: Uint8Array): Promise<Plan> {
  const template = await templateOf(db, actor, input.templateId);
  const round = await db.round.findFirst({
    where: { id: input.roundId, assigningBodyId: actor.unitId, status: { in: ["OPEN", "CLOSED"] } },
    select: { id: true },
  });
  if (!round) throw new NotFoundError();
  const sheet = decisionSheet(template.targets);
  const headers = Object.fromEntries(sheet.columns.map((c) => [c.key, c.header]));
  const base = { headers, alreadyAssigned: false, templateTitle: template.title };
  const refuse = (problems: Problem[]): Plan => ({ preview: { ...toPreview(problems, ["tasks"], []), ...base }, bulk: null });

  let rows: ParsedRow<DecisionRow>[];
  try {
    const [read] = readSheets(await loadWorkbook(bytes), [sheet]);
    if (!read!.found) return refuse([{ code: "noDecisionSheet", params: { sheet: sheet.title } }]);
    if (read!.problems.length > 0)
      return refuse(read!.problems.map((p) => ({ ...p, params: { ...p.params, sheet: sheet.title } })));
    rows = read!.rows as ParsedRow<DecisionRow>[];
  } catch (error) {
    if (error instanceof ImportFileError) return refuse([error.problem]);
    throw error;
  }
  if (rows.length === 0) return refuse([{ code: "noRows" }]);

  const cell = (r: ParsedRow<DecisionRow>, key: string) => r.cells[key] ?? "";
  const codes = [...new Set(rows.map((r) => cell(r, "cadreCode")).filter((v) => v !== ""))];
  const usernames = [...new Set(rows.map((r) => cell(r, "supervisor")).filter((v) => v !== ""))];
  const [cadres, inScope, supervisors] = await Promise.all([
    db.cadre.findMany({
      where: { code: { in: codes } },
      select: { id: true, code: true, fullName: true, unit: { select: { path: true } } },
    }),
    db.cadre.findMany({ where: { code: { in: codes }, ...assignableCadres(actor) }, select: { id: true } }),
    db.roleMembership.findMany({
      where: {
        role: "SUPERVISOR",
        user: { active: true, OR: [{ username: { in: usernames } }, { id: input.defaultSupervisorId }] },
      },
      select: { userId: true, user: { select: { username: true } }, unit: { select: { path: true } } },
    }),
  ]);
  const cadreByCode = new Map(cadres.map((c) => [c.code!, c]));
  const reachable = new Set(inScope.map((c) => c.id));
  const supervisorId = new Map(supervisors.map((m) => [m.user.username, m.userId]));
  const above = (userId: string, path: string) => supervisors.some((m) => m.userId === userId && path.startsWith(m.unit.path));

  const columnOrder = (key?: string) => sheet.columns.findIndex((c) => c.key === key);
  const firstRow = new Map<string, number>();
  const previewRows: PreviewRow[] = [];
  const bulkRows: BulkAssignmentInput["rows"] = [];
  for (const r of rows) {
    const problems = [...r.problems];
    const code = cell(r, "cadreCode");
    const cadre = code ? cadreByCode.get(code) : undefined;
    if (code && !cadre) problems.push({ column: "cadreCode", code: "unknownCadreCode", params: { code } });
    else if (cadre && !reachable.has(cadre.id)) problems.push({ column: "cadreCode", code: "cadreOutOfScope", params: { code } });
    if (code) {
      const first = firstRow.get(code);
      if (first !== undefined) problems.push({ column: "cadreCode", code: "duplicateInFile", params: { row: first } });
      else firstRow.set(code, r.row);
    }

    const username = cell(r, "supervisor");
    const supervisor = username ? supervisorId.get(username) : input.defaultSupervisorId;
    if (username && !supervisor) problems.push({ column: "supervisor", code: "unknownSupervisor", params: { username } });
    else if (cadre && supervisor && !above(supervisor, cadre.unit.path))
      problems.push({ column: "supervisor", code: username ? "supervisorNotAbove" : "defaultSupervisorNotAbove" });

    const targets: { baseline: string | null; targetValue: string }[] = [];
    if (r.data) {
      template.targets.forEach((t, i) => {
        const baseline = (r.data![baselineKey(i)] as string | null) ?? null;
        const targetValue = r.data![targetKey(i)] as string;
        const problem = targetDirectionProblem({ baseline, target: targetValue, direction: t.direction });
        if (problem) problems.push({ column: targetKey(i), code: problem });
        targets.push({ baseline, targetValue });
      });
    }
    // In the order of the sheet's columns, as the reader's eye goes along the row.
    problems.sort((a, b) => columnOrder(a.column) - columnOrder(b.column));
    previewRows.push({
      sheet: "tasks",
      row: r.row,
      key: code,
      label: cadre?.fullName ?? cell(r, "fullName"),
      outcome: problems.length > 0 ? "refused" : "create",
      problems,
    });
    if (problems.length === 0 && cadre) {
      bulkRows.push({ cadreId: cadre.id, supervisorId: username ? supervisor : undefined, targets });
    }
  }
  const preview = { ...toPreview([], ["tasks"], previewRows), ...base };
  if (!preview.committable) return { preview, bulk: null };

  const batch = {
    templateId: template.id,
    templateVersion: input.templateVersion,
    roundId: round.id,
    decisionNumber: input.decisionNumber,
    decisionDate: input.decisionDate,
    defaultSupervisorId: input.defaultSupervisorId,
    rows: bulkRows,
  };
  const bulk = { ...batch, idempotencyKey: decisionImportKey(batch) };
  const done = await db.bulkAssignment.findFirst({
    where: { idempotencyKey: bulk.idempotencyKey, createdById: actor.userId },
    select: { id: true },
  });
  if (done) {
    preview.alreadyAssigned = true;
    for (const row of preview.rows) row.outcome = "unchanged";
    preview.counts = toPreview([], ["tasks"], preview.rows).counts;
  }
  return { preview, bulk };
}

/** Reads the list and says, row by row, what a commit would assign; writes nothing. */
export async function previewDecisionImport(input: DecisionImportInput, bytes: Uint8Array): Promise<DecisionImportPreview> {
  const actor = await requirePermission("task:assign");
  return (await plan(await getDb(), actor, input, bytes)).preview;
}

/**
 * Assigns the whole list under the decision through `bulkAssignTemplate` (one transaction, one audit row
 * per task, everything checked again there), or nothing when any row is refused. The key is the list's
 * content, so the same file sent again answers with the batch it already made.
 */
export async function commitDecisionImport(input: DecisionImportInput, bytes: Uint8Array): Promise<BulkAssignmentResult> {
  const actor = await requirePermission("task:assign");
  const { preview, bulk } = await plan(await getDb(), actor, input, bytes);
  if (!bulk) {
    if (preview.fileProblems.length > 0) throw new DomainError("importFileUnreadable");
    throw new DomainError("importHasErrors", { rows: preview.rows.filter((r) => r.outcome === "refused").length });
  }
  return bulkAssignTemplate(bulk);
}
