import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getRegistration } from "@/lib/dal/registrations/registration";
import { orNotFound } from "@/lib/page-helpers";
import { blankTaskDraft } from "@/app/(app)/_components/task-draft";
import { TaskEditor } from "../../../_components/task-editor";

export default async function NewProposedTaskPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("registration:own");
  const { id } = await params;
  const registration = await orNotFound(getRegistration(id));
  if (!registration.actions.includes("edit")) notFound();
  const t = await getTranslations("taskForm");
  return (
    <>
      <PageHeader title={t("newTitle")} description={registration.round.name} />
      <Card>
        <TaskEditor
          registrationId={registration.id}
          version={registration.version}
          defaultValues={blankTaskDraft(registration.round)}
        />
      </Card>
    </>
  );
}
