import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TargetDirection } from "@/lib/generated/prisma/enums";
import type { ProposedTaskInput } from "@/lib/validation/registration";

/**
 * A task's content split for storage: its own fields, and its targets and milestones as rows numbered in
 * order. Shared by proposed and official tasks.
 */
export function taskContentRows(task: ProposedTaskInput) {
  const { targets, milestones, ...fields } = task;
  return {
    fields,
    targets: targets.map((t, i) => ({
      position: i + 1,
      indicator: t.indicator,
      unitOfMeasure: t.unitOfMeasure,
      baseline: t.baseline,
      originalValue: t.targetValue,
      targetValue: t.targetValue,
      direction: t.direction,
      deadline: t.deadline,
    })),
    milestones: milestones.map((m, i) => ({ position: i + 1, description: m.description, dueDate: m.dueDate })),
  };
}

// ───────────────────────────── Reading one ─────────────────────────────

export type TargetValues = ReturnType<typeof toTargetValues>;

/** A stored target as plain values (decimals as strings), for pages and for creating the official task. */
export function toTargetValues(x: {
  indicator: string;
  unitOfMeasure: string;
  baseline: Prisma.Decimal | null;
  targetValue: Prisma.Decimal;
  direction: TargetDirection;
  deadline: Date;
}) {
  return {
    indicator: x.indicator,
    unitOfMeasure: x.unitOfMeasure,
    baseline: x.baseline?.toString() ?? null,
    targetValue: x.targetValue.toString(),
    direction: x.direction,
    deadline: x.deadline,
  };
}
