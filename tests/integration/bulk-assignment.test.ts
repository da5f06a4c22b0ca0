import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bulkAssignTemplate, getBulkAssignment, listBulkCandidates } from "@/lib/dal/decisions/bulk";
import {
  archiveTaskTemplate,
  getTaskTemplate,
  listCadreGroups,
  listTaskTemplates,
  saveCadreGroup,
  saveTaskTemplate,
} from "@/lib/dal/decisions/templates";
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import * as f from "@/tests/factories";
import { batch, kilns, world } from "@/tests/factories/bulk";
import { actAs } from "@/tests/setup/session";

describe("task templates", () => {
  it("the standing committee and the organisation committee keep the catalogue; a cadre is refused", async () => {
    const w = await world(1);
    actAs(w.org);
    const byOrg = await saveTaskTemplate(kilns());
    const page = await listTaskTemplates({ page: 1 });
    expect(page.items.map((t) => t.id).sort()).toEqual([w.template.id, byOrg.id].sort());
    actAs({ id: w.cadres[0]!.userId });
    await expect(saveTaskTemplate(kilns())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listTaskTemplates({ page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a template of another assigning body is not found", async () => {
    const w = await world(1);
    actAs(w.communeStanding);
    await expect(getTaskTemplate(w.template.id)).rejects.toBeInstanceOf(NotFoundError);
    const input = kilns();
    await expect(saveTaskTemplate({ ...input, id: w.template.id, version: 0 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("an edit saved from a stale page is a conflict and leaves the newer edit in place", async () => {
    const w = await world(1);
    const input = kilns();
    await saveTaskTemplate({ id: w.template.id, version: 0, template: { ...input.template, title: "Bản sửa thứ nhất" } });
    await expect(
      saveTaskTemplate({ id: w.template.id, version: 0, template: { ...input.template, title: "Bản sửa cũ" } }),
    ).rejects.toBeInstanceOf(ConflictError);
    const t = await getTaskTemplate(w.template.id);
    expect(t.title).toBe("Bản sửa thứ nhất");
    expect(t.version).toBe(1);
    const db = await getDb();
    expect(await db.auditEvent.count({ where: { entityId: w.template.id } })).toBe(2);
  });

  it("an archived template leaves the catalogue and cannot be assigned, and comes back when restored", async () => {
    const w = await world(1);
    await archiveTaskTemplate({ id: w.template.id, version: 0, archived: "yes" });
    expect((await listTaskTemplates({ page: 1 })).items).toHaveLength(0);
    expect((await listTaskTemplates({ page: 1, archived: "yes" })).items).toHaveLength(1);
    await expect(bulkAssignTemplate(batch(w, { templateVersion: 1 }))).rejects.toBeInstanceOf(NotFoundError);
    await archiveTaskTemplate({ id: w.template.id, version: 1, archived: "no" });
    expect((await listTaskTemplates({ page: 1 })).items).toHaveLength(1);
  });
});

describe("bulk assignment", () => {
  it("assigns one template to twelve chairmen under one decision, one audit row and notifications per task", async () => {
    const w = await world(12);
    const input = batch(w);
    input.rows[3]!.targets[0] = { baseline: "14", targetValue: "2" };
    input.rows[5]!.supervisorId = w.communeSupervisor.id;
    const result = await bulkAssignTemplate(input);
    expect(result.created).toBe(true);
    expect(result.taskIds).toHaveLength(12);

    const db = await getDb();
    const tasks = await db.task.findMany({
      where: { id: { in: result.taskIds } },
      include: { targets: { orderBy: { position: "asc" } }, milestones: { orderBy: { position: "asc" } } },
      orderBy: { code: "asc" },
    });
    expect(new Set(tasks.map((t) => t.cadreId))).toEqual(new Set(w.cadres.map((c) => c.id)));
    expect(new Set(tasks.map((t) => t.code)).size).toBe(12);
    for (const t of tasks) {
      expect(t.decisionNumber).toBe("125-QĐ/TU");
      expect(t.bulkAssignmentId).toBe(result.bulkAssignmentId);
      expect(t.templateId).toBe(w.template.id);
      // 31/03/2027 and 30/06/2027 in Vietnam, from "+3" and "+6 months".
      expect(t.milestones.map((m) => m.dueDate.toISOString())).toEqual(["2027-03-30T17:00:00.000Z", "2027-06-29T17:00:00.000Z"]);
      expect(t.targets[1]!.deadline.toISOString()).toBe("2027-09-29T17:00:00.000Z");
    }
    const adjusted = tasks.find((t) => t.cadreId === w.cadres[3]!.id)!;
    expect(adjusted.targets[0]!.baseline!.toString()).toBe("14");
    expect(adjusted.targets[0]!.targetValue.toString()).toBe("2");
    expect(tasks.find((t) => t.cadreId === w.cadres[5]!.id)!.supervisorId).toBe(w.communeSupervisor.id);
    expect(tasks.find((t) => t.cadreId === w.cadres[0]!.id)!.supervisorId).toBe(w.supervisor.id);

    const audits = await db.auditEvent.findMany({ where: { action: "task.assign", entityId: { in: result.taskIds } } });
    expect(audits).toHaveLength(12);
    expect(new Set(audits.map((a) => a.entityId)).size).toBe(12);
    expect(await db.auditEvent.count({ where: { action: "bulkAssignment.create", entityId: result.bulkAssignmentId } })).toBe(1);
    const told = await db.notification.findMany({
      where: { kind: "task.assigned", userId: { in: w.cadres.map((c) => c.userId) } },
    });
    expect(told).toHaveLength(12);

    const summary = await getBulkAssignment(result.bulkAssignmentId);
    expect(summary.tasks).toHaveLength(12);
  });

  it("writes nothing at all when one row is invalid", async () => {
    const w = await world(4);
    const db = await getDb();
    const before = {
      tasks: await db.task.count(),
      audits: await db.auditEvent.count(),
      batches: await db.bulkAssignment.count(),
    };
    const input = batch(w);
    // A decrease whose target is above its baseline, on the last row.
    input.rows[3]!.targets[0] = { baseline: "3", targetValue: "8" };
    const refusal = await bulkAssignTemplate(input).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe("bulkRowTarget");
    expect((refusal as DomainError).params.row).toBe(4);
    expect({
      tasks: await db.task.count(),
      audits: await db.auditEvent.count(),
      batches: await db.bulkAssignment.count(),
    }).toEqual(before);
    // The same key may then be used again once the row is fixed.
    input.rows[3]!.targets[0] = { baseline: "3", targetValue: "0" };
    expect((await bulkAssignTemplate(input)).taskIds).toHaveLength(4);
  });

  it("refuses a supervisor who is not above the cadre and names the row, writing nothing", async () => {
    const w = await world(2);
    const stranger = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: w.u.department.id }] });
    const input = batch(w);
    input.rows[1]!.supervisorId = stranger.id;
    await expect(bulkAssignTemplate(input)).rejects.toMatchObject({ code: "bulkRowSupervisor", params: { row: 2 } });
    const db = await getDb();
    expect(await db.task.count({ where: { cadreId: { in: w.cadres.map((c) => c.id) } } })).toBe(0);
  });

  it("a retry with the same key creates nothing twice and answers with the first batch", async () => {
    const w = await world(3);
    const input = batch(w);
    const first = await bulkAssignTemplate(input);
    const again = await bulkAssignTemplate(input);
    expect(again.created).toBe(false);
    expect(again.bulkAssignmentId).toBe(first.bulkAssignmentId);
    expect(new Set(again.taskIds)).toEqual(new Set(first.taskIds));
    const db = await getDb();
    expect(await db.task.count({ where: { cadreId: { in: w.cadres.map((c) => c.id) } } })).toBe(3);
  });

  it("a cadre the committee does not manage is not found, and nothing is written", async () => {
    const w = await world(2);
    const input = batch(w);
    input.rows.push({ cadreId: w.communeCadre.id, supervisorId: undefined, targets: input.rows[0]!.targets });
    await expect(bulkAssignTemplate(input)).rejects.toBeInstanceOf(NotFoundError);
    const db = await getDb();
    expect(await db.task.count({ where: { cadreId: { in: [...w.cadres.map((c) => c.id), w.communeCadre.id] } } })).toBe(0);
    // Nor do the committee's pickers offer them.
    const picked = await listBulkCandidates({ unitId: w.u.communeOffice.id });
    expect(picked.map((c) => c.id).sort()).toEqual(w.cadres.map((c) => c.id).sort());
  });

  it("a commune committee manages its own cadres only: the province's template and chairmen are not found", async () => {
    const w = await world(1);
    actAs(w.communeStanding);
    await expect(bulkAssignTemplate(batch(w))).rejects.toBeInstanceOf(NotFoundError);
    expect(await listBulkCandidates({ position: "" })).toEqual([expect.objectContaining({ id: w.communeCadre.id })]);
  });

  it("the organisation committee, a supervisor and a cadre may not assign", async () => {
    const w = await world(1);
    for (const user of [w.org, w.supervisor]) {
      actAs(user);
      await expect(bulkAssignTemplate(batch(w))).rejects.toBeInstanceOf(ForbiddenError);
    }
    actAs({ id: w.cadres[0]!.userId });
    await expect(bulkAssignTemplate(batch(w))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a template edited after the page was loaded is a conflict, and nothing is assigned", async () => {
    const w = await world(2);
    const input = kilns();
    await saveTaskTemplate({ id: w.template.id, version: 0, template: { ...input.template, title: "Đã sửa" } });
    await expect(bulkAssignTemplate(batch(w))).rejects.toBeInstanceOf(ConflictError);
    const db = await getDb();
    expect(await db.task.count({ where: { templateId: w.template.id } })).toBe(0);
  });

  it("saved groups of cadres pick the same cadres again, and only cadres the body manages can be saved", async () => {
    const w = await world(3);
    const { id } = await saveCadreGroup({ name: "Chủ tịch UBND xã", cadreIds: w.cadres.slice(0, 2).map((c) => c.id) });
    expect(await listCadreGroups()).toEqual([{ id, name: "Chủ tịch UBND xã", size: 2 }]);
    const picked = await listBulkCandidates({ groupId: id });
    expect(picked.map((c) => c.id).sort()).toEqual(
      w.cadres
        .slice(0, 2)
        .map((c) => c.id)
        .sort(),
    );
    await expect(saveCadreGroup({ name: "Khác", cadreIds: [w.communeCadre.id] })).rejects.toBeInstanceOf(NotFoundError);
  });
});
