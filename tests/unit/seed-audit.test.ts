import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/domain/audit-actions";
import { findTransition, LIFECYCLES } from "@/lib/domain/lifecycle";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import { buildDemo } from "@/prisma/seed";

// The seed's rows are built in memory: no database is needed to read its audit trail.
const rows = buildDemo(new Date("2026-11-22T02:00:00Z"), "not-a-real-hash");

/** The audited entity types that move through a lifecycle of lib/domain, by the lifecycle's entity name. */
const LIFECYCLE_OF: Record<string, (typeof LIFECYCLES)[number]> = {};
const ENTITY_TYPE: Record<string, string> = {
  round: "Round",
  registration: "Registration",
  task: "Task",
  report: "QuarterlyReport",
  changeRequest: "ChangeRequest",
  evaluation: "Evaluation",
};
for (const lifecycle of LIFECYCLES) LIFECYCLE_OF[ENTITY_TYPE[lifecycle.entity]!] = lifecycle;

const label = (catalog: unknown, action: string) =>
  action
    .split(".")
    .reduce<unknown>(
      (node, key) => (node as Record<string, unknown> | undefined)?.[key],
      (catalog as { timeline: { actions: unknown } }).timeline.actions,
    );

describe("the seed's audit trail", () => {
  it("names every action as the data layer does, entity.verb, from the closed list of audit actions", () => {
    for (const a of rows.audits) {
      expect(a.action, a.id).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
      expect(AUDIT_ACTIONS, a.id).toContain(a.action);
    }
  });

  it("records only state changes the lifecycles allow, by a role that may make them, to the state they lead to", () => {
    const refused = new Set<string>();
    let checked = 0;
    for (const a of rows.audits) {
      const lifecycle = LIFECYCLE_OF[a.entityType];
      const [prefix, verb] = a.action.split(".") as [string, string];
      if (!lifecycle || prefix !== lifecycle.entity || !a.fromState) continue;
      checked++;
      const move = findTransition(lifecycle as never, a.fromState as never, verb as never, a.actorRole as never) as
        { to: string } | undefined;
      if (move?.to !== a.toState) refused.add(`${a.action} ${a.fromState} → ${a.toState} by ${a.actorRole}`);
    }
    expect([...refused]).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it("gives every seeded action a label in both catalogs, so no history line reads as a bare update", () => {
    const actions = [...new Set(rows.audits.map((a) => a.action))].sort();
    expect(actions.filter((action) => typeof label(vi, action) !== "string")).toEqual([]);
    expect(actions.filter((action) => typeof label(en, action) !== "string")).toEqual([]);
  });

  it("carries a task over as the data layer does: settled unfinished, carried over, and carried in", () => {
    const carriedIn = rows.tasks.filter((t) => t.carriedFromId);
    expect(carriedIn.length).toBeGreaterThan(0);
    for (const t of carriedIn) {
      const trail = rows.audits.filter((a) => a.entityId === t.carriedFromId).map((a) => `${a.action}:${a.toState}`);
      expect(trail).toEqual(expect.arrayContaining(["task.markUnfinished:UNFINISHED", "task.carryOver:CARRIED_OVER"]));
      expect(rows.audits.filter((a) => a.entityId === t.id).map((a) => a.action)).toContain("task.carriedIn");
      expect(rows.audits.filter((a) => a.entityId === t.id).map((a) => a.action)).not.toContain("task.assign");
    }
  });

  it("records an approved change on the task it changed", () => {
    const approved = rows.changeRequests.filter((c) => c.status === "APPROVED");
    expect(approved.length).toBeGreaterThan(0);
    for (const c of approved) expect(rows.audits.some((a) => a.action === "task.adjust" && a.entityId === c.taskId)).toBe(true);
  });
});
