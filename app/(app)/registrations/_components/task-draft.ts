import { toDateInputValue } from "@/lib/i18n/format";
import type { RegistrationDetail } from "@/lib/dal/registrations";
import type { ProposedTaskDraft } from "@/lib/validation/registration";

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
