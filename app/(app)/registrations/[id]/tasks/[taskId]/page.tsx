import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getRegistration } from "@/lib/dal/registrations/registration";
import { orNotFound } from "@/lib/page-helpers";
import { toTaskDraft } from "@/app/(app)/_components/task-draft";
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
          defaultValues={toTaskDraft(task)}
        />
      </Card>
    </>
  );
}
