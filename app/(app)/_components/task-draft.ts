import { toDateInputValue } from "@/lib/i18n/format";
import type { RegistrationDetail } from "@/lib/dal/registrations/registration";
import { emptyTarget, type ProposedTaskDraft } from "@/lib/validation/registration";

/** A stored proposed task as the values its form starts from (dates as yyyy-mm-dd, numbers as typed). */
export function toTaskDraft(task: RegistrationDetail["tasks"][number]): ProposedTaskDraft {
  return {
    title: task.title,
    field: task.field,
    breakthroughKind: task.breakthroughKind,
    objectives: task.objectives,
    plan: task.plan,
    expectedProduct: task.expectedProduct,
    startDate: toDateInputValue(task.startDate),
    endDate: toDateInputValue(task.endDate),
    targets: task.targets.map((x) => ({
      indicator: x.indicator,
      unitOfMeasure: x.unitOfMeasure,
      baseline: x.baseline ?? "",
      targetValue: x.targetValue,
      direction: x.direction,
      deadline: toDateInputValue(x.deadline),
    })),
    milestones: task.milestones.map((m) => ({ description: m.description, dueDate: toDateInputValue(m.dueDate) })),
  };
}

/** An empty task for a round: the whole period, one target to fill in. Selects start blank on purpose. */
export function blankTaskDraft(round: { startYear: number; endYear: number }): ProposedTaskDraft {
  const end = `${round.endYear}-12-31`;
  return {
    title: "",
    field: "",
    breakthroughKind: "",
    objectives: "",
    plan: "",
    expectedProduct: "",
    startDate: `${round.startYear}-01-01`,
    endDate: end,
    targets: [{ ...emptyTarget, deadline: end }],
    milestones: [],
  } as unknown as ProposedTaskDraft;
}

/** A new assignment: decided today, everything else to fill in. */
export function blankAssignmentDraft() {
  return { decisionNumber: "", decisionDate: toDateInputValue(new Date()), supervisorId: "", cooperatingUnitIds: [] as string[] };
}
