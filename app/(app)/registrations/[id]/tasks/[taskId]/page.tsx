import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getRegistration } from "@/lib/dal/registrations";
import { toDateInputValue } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/page-helpers";
import { TaskEditor } from "../../../_components/task-editor";

export default async function EditProposedTaskPage({ params }: { params: Promise<{ id: string; taskId: string }> }) {
  await requirePagePermission("registration:own");
  const { id, taskId } = await params;
  const registration = await orNotFound(getRegistration(id));
  const task = registration.tasks.find((x) => x.id === taskId);
  if (!task || !registration.actions.includes("edit")) notFound();
  const t = await getTranslations("taskForm");
  return (
    <>
      <PageHeader title={t("editTitle")} description={task.title} />
      <Card>
        <TaskEditor
          registrationId={registration.id}
          proposedTaskId={task.id}
          version={registration.version}
          defaultValues={{
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
          }}
        />
      </Card>
    </>
  );
}
