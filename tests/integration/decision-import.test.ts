import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { previewDecisionImportAction } from "@/app/(app)/task-templates/import/actions";
import { initialActionState } from "@/lib/actions/state";
import { getDb } from "@/lib/db/client";
import { commitDecisionImport, decisionImportTemplate, previewDecisionImport } from "@/lib/dal/decisions/decision-import";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { DECISION_SHEET_TITLE, DecisionImportSchema } from "@/lib/validation/decision-import";
import type { DecisionImportView } from "@/app/(app)/task-templates/import/_components/view";
import { world, type World } from "@/tests/factories/bulk";
import { fillDecisionTemplate } from "@/tests/factories/decision-workbook";
import { actAs } from "@/tests/setup/session";

let n = 0;
/** The world of the bulk assignment with codes on its cadres (the import finds cadres by code). */
async function setup(chairmen = 3) {
  const w = await world(chairmen);
  const db = await getDb();
  const tag = `${Date.now().toString(36)}${++n}`.toUpperCase();
  const codes: string[] = [];
  for (const [i, c] of w.cadres.entries()) {
    codes.push(`CB-${tag}-${i + 1}`);
    await db.cadre.update({ where: { id: c.id }, data: { code: codes[i] } });
  }
  const outsideCode = `CB-${tag}-X`;
  await db.cadre.update({ where: { id: w.communeCadre.id }, data: { code: outsideCode } });
  const supervisor = await db.user.findUniqueOrThrow({ where: { id: w.communeSupervisor.id } });
  return { w, codes, outsideCode, supervisorUsername: supervisor.username, tag };
}

const form = (w: World, decisionNumber = "130-QĐ/TU") =>
  DecisionImportSchema.parse({
    templateId: w.template.id,
    templateVersion: String(w.template.version),
    roundId: w.round.id,
    decisionNumber,
    decisionDate: "2027-01-15",
    defaultSupervisorId: w.supervisor.id,
  });

async function file(w: World, rows: string[][]) {
  actAs(w.standing);
  const { bytes } = await decisionImportTemplate(w.template.id);
  return fillDecisionTemplate(bytes, rows);
}

/** Three good rows: kilns 10 → 0 (a decrease), households 0 → 5 (an increase). */
const goodRows = (codes: string[], supervisor = "") => codes.map((c) => [c, "", supervisor, "10", "0", "0", "5"]);

async function written(w: World) {
  const db = await getDb();
  const ids = w.cadres.map((c) => c.id);
  const tasks = await db.task.findMany({ where: { cadreId: { in: ids } }, select: { id: true } });
  return {
    tasks: tasks.length,
    audits: await db.auditEvent.count({ where: { action: "task.assign", entityId: { in: tasks.map((t) => t.id) } } }),
    batches: await db.bulkAssignment.count({ where: { templateId: w.template.id } }),
  };
}

describe("importing a decision's task list", () => {
  it("the template has a baseline and a target column per target, headed with the indicator and its unit", async () => {
    const { w } = await setup(1);
    actAs(w.standing);
    const { bytes } = await decisionImportTemplate(w.template.id);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const headers = (book.getWorksheet(DECISION_SHEET_TITLE)!.getRow(1).values as string[]).filter(Boolean);
    expect(headers).toEqual([
      "Mã cán bộ *",
      "Họ và tên (để đối chiếu)",
      "Tên đăng nhập đầu mối theo dõi",
      "Giá trị ban đầu: Số lò gạch thủ công (lò)",
      "Chỉ tiêu: Số lò gạch thủ công (lò) *",
      "Giá trị ban đầu: Số hộ được hỗ trợ chuyển nghề (hộ)",
      "Chỉ tiêu: Số hộ được hỗ trợ chuyển nghề (hộ) *",
    ]);
  });

  it("the preview names every refused row's problems and a commit of that file writes nothing", async () => {
    const { w, codes, outsideCode, supervisorUsername } = await setup(3);
    const bytes = await file(w, [
      [codes[0]!, "", "", "10", "0", "0", "5"],
      ["CB-KHONG-CO", "", "", "10", "0", "0", "5"],
      [outsideCode, "", "", "10", "0", "0", "5"],
      [codes[0]!, "", "", "10", "0", "0", "5"],
      [codes[1]!, "", "", "mười", "0", "0", "5"],
      [codes[2]!, "", "khong.ai", "10", "12", "0", "5"],
      [codes[2]!.replace(/3$/, "2"), "", supervisorUsername, "10", "0", "5", "5"],
    ]);
    const preview = await previewDecisionImport(form(w), bytes);
    expect(preview.committable).toBe(false);
    const problems = Object.fromEntries(preview.rows.map((r) => [r.row, r.problems.map((p) => p.code)]));
    expect(problems).toEqual({
      2: [],
      3: ["unknownCadreCode"],
      4: ["cadreOutOfScope"],
      5: ["duplicateInFile"],
      6: ["numberFormat"],
      7: ["unknownSupervisor", "targetNotBelowBaseline"],
      8: ["duplicateInFile", "targetNotAboveBaseline"],
    });
    expect(preview.counts.tasks).toMatchObject({ create: 1, refused: 6 });

    await expect(commitDecisionImport(form(w), bytes)).rejects.toMatchObject({ code: "importHasErrors" });
    expect(await written(w)).toEqual({ tasks: 0, audits: 0, batches: 0 });
  });

  it("the preview speaks Vietnamese and shows the decision it will assign under", async () => {
    const { w } = await setup(1);
    const bytes = await file(w, [["CB-KHONG-CO", "", "", "10", "abc", "0", "5"]]);
    const data = new FormData();
    for (const [k, v] of Object.entries({
      templateId: w.template.id,
      templateVersion: String(w.template.version),
      roundId: w.round.id,
      decisionNumber: "131-QĐ/TU",
      decisionDate: "2027-01-15",
      defaultSupervisorId: w.supervisor.id,
    }))
      data.set(k, v);
    data.set("file", new File([Buffer.from(bytes)], "danh-sach.xlsx"));
    const state = await previewDecisionImportAction(initialActionState, data);
    expect(state.status).toBe("success");
    const view = state.data as DecisionImportView;
    expect(view.decisionNumber).toBe("131-QĐ/TU");
    expect(view.rows[0]!.problems).toEqual([
      "Mã cán bộ: không có cán bộ mã CB-KHONG-CO",
      "Chỉ tiêu: Số lò gạch thủ công (lò): không phải số",
    ]);
  });

  it("a committed list gives each cadre their own task with one audit row each, and the same file again assigns nothing", async () => {
    const { w, codes, supervisorUsername } = await setup(3);
    const bytes = await file(w, goodRows(codes, supervisorUsername));
    const preview = await previewDecisionImport(form(w), bytes);
    expect(preview.committable).toBe(true);
    expect(preview.counts.tasks).toMatchObject({ create: 3, refused: 0 });

    const first = await commitDecisionImport(form(w), bytes);
    expect(first.created).toBe(true);
    expect(first.taskIds).toHaveLength(3);
    expect(await written(w)).toEqual({ tasks: 3, audits: 3, batches: 1 });
    const db = await getDb();
    const tasks = await db.task.findMany({
      where: { id: { in: first.taskIds } },
      include: { targets: { orderBy: { position: "asc" } } },
    });
    for (const t of tasks) {
      expect(t.decisionNumber).toBe("130-QĐ/TU");
      expect(t.supervisorId).toBe(w.communeSupervisor.id);
      expect(t.targets.map((x) => [x.baseline?.toString(), x.targetValue.toString()])).toEqual([
        ["10", "0"],
        ["0", "5"],
      ]);
    }

    // The same file again (or saved again unchanged): the preview says so and a commit creates nothing.
    const again = await previewDecisionImport(form(w), await file(w, goodRows(codes, supervisorUsername)));
    expect(again.alreadyAssigned).toBe(true);
    expect(again.counts.tasks).toMatchObject({ create: 0, unchanged: 3 });
    const second = await commitDecisionImport(form(w), bytes);
    expect(second).toEqual({ ...first, created: false });
    expect(await written(w)).toEqual({ tasks: 3, audits: 3, batches: 1 });
  });

  it("a cadre the committee does not manage is refused, and another body's template is not found", async () => {
    const { w, outsideCode } = await setup(1);
    const bytes = await file(w, [[outsideCode, "", "", "10", "0", "0", "5"]]);
    await expect(commitDecisionImport(form(w), bytes)).rejects.toBeInstanceOf(DomainError);
    expect(await written(w)).toEqual({ tasks: 0, audits: 0, batches: 0 });
    actAs(w.communeStanding);
    await expect(decisionImportTemplate(w.template.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(previewDecisionImport(form(w), bytes)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a cadre or a supervisor cannot download the template, preview or commit", async () => {
    const { w, codes } = await setup(1);
    const bytes = await file(w, goodRows(codes));
    for (const user of [{ id: w.cadres[0]!.userId }, w.supervisor]) {
      actAs(user);
      await expect(decisionImportTemplate(w.template.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(previewDecisionImport(form(w), bytes)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(commitDecisionImport(form(w), bytes)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await written(w)).toEqual({ tasks: 0, audits: 0, batches: 0 });
  });

  it("the preview action called by a cadre is refused in words and reads nothing", async () => {
    const { w, codes } = await setup(1);
    const bytes = await file(w, goodRows(codes));
    actAs({ id: w.cadres[0]!.userId });
    const data = new FormData();
    data.set("templateId", w.template.id);
    data.set("templateVersion", String(w.template.version));
    data.set("roundId", w.round.id);
    data.set("decisionNumber", "132-QĐ/TU");
    data.set("decisionDate", "2027-01-15");
    data.set("defaultSupervisorId", w.supervisor.id);
    data.set("file", new File([Buffer.from(bytes)], "danh-sach.xlsx"));
    const state = await previewDecisionImportAction(initialActionState, data);
    expect(state.status).toBe("error");
    expect(state.data).toBeUndefined();
  });
});
