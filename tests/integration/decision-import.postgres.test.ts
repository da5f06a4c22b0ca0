import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { commitDecisionImport, decisionImportTemplate } from "@/lib/dal/decisions/decision-import";
import { DecisionImportSchema } from "@/lib/validation/decision-import";
import { world } from "@/tests/factories/bulk";
import { fillDecisionTemplate } from "@/tests/factories/decision-workbook";
import { actAs } from "@/tests/setup/session";

// Only PostgreSQL serves parallel transactions (PGlite has one connection): this file runs there only.
describe("a decision's task list committed in parallel", () => {
  it("the same file committed four times at once assigns each task once and every call answers with the same batch", async () => {
    const w = await world(4);
    const db = await getDb();
    const codes = w.cadres.map((_, i) => `CB-PAR-${Date.now().toString(36)}-${i}`);
    for (const [i, c] of w.cadres.entries()) await db.cadre.update({ where: { id: c.id }, data: { code: codes[i] } });
    actAs(w.standing);
    const bytes = await fillDecisionTemplate(
      (await decisionImportTemplate(w.template.id)).bytes,
      codes.map((c) => [c, "", "", "10", "0", "0", "5"]),
    );
    const input = DecisionImportSchema.parse({
      templateId: w.template.id,
      templateVersion: String(w.template.version),
      roundId: w.round.id,
      decisionNumber: "140-QĐ/TU",
      decisionDate: "2027-02-01",
      defaultSupervisorId: w.supervisor.id,
    });
    const results = await Promise.all(Array.from({ length: 4 }, () => commitDecisionImport(input, bytes)));
    expect(new Set(results.map((r) => r.bulkAssignmentId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const ids = w.cadres.map((c) => c.id);
    expect(await db.task.count({ where: { cadreId: { in: ids } } })).toBe(4);
    expect(await db.auditEvent.count({ where: { action: "task.assign", entityId: { in: results[0]!.taskIds } } })).toBe(4);
    expect(await db.bulkAssignment.count({ where: { templateId: w.template.id } })).toBe(1);
  });
});
