import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bulkAssignTemplate } from "@/lib/dal/decisions/bulk";
import { batch, world } from "@/tests/factories/bulk";

// Only PostgreSQL serves parallel transactions (PGlite has one connection): this file runs there only.
describe("bulk assignment under parallel submits", () => {
  it("a double submit in parallel creates each task once and every call answers with the same batch", async () => {
    const w = await world(6);
    const input = batch(w);
    const results = await Promise.all(Array.from({ length: 4 }, () => bulkAssignTemplate(input)));
    expect(new Set(results.map((r) => r.bulkAssignmentId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    for (const r of results) expect(new Set(r.taskIds)).toEqual(new Set(results[0]!.taskIds));
    const db = await getDb();
    expect(await db.task.count({ where: { cadreId: { in: w.cadres.map((c) => c.id) } } })).toBe(6);
    expect(await db.auditEvent.count({ where: { action: "task.assign", entityId: { in: results[0]!.taskIds } } })).toBe(6);
    expect(await db.bulkAssignment.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
  });
});
