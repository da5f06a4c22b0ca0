import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getRegistration } from "@/lib/dal/registrations";
import { orNotFound } from "@/lib/page-helpers";
import { emptyTarget } from "@/lib/validation/registration";
import { TaskEditor } from "../../../_components/task-editor";

export default async function NewProposedTaskPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("registration:own");
  const { id } = await params;
  const registration = await orNotFound(getRegistration(id));
  if (!registration.actions.includes("edit")) notFound();
  const t = await getTranslations("taskForm");
  const year = registration.round.startYear;
  return (
    <>
      <PageHeader title={t("newTitle")} description={registration.round.name} />
      <Card>
        <TaskEditor
          registrationId={registration.id}
          version={registration.version}
          defaultValues={
            {
              title: "",
              field: "",
              breakthroughKind: "",
              objectives: "",
              plan: "",
              expectedProduct: "",
              startDate: `${year}-01-01`,
              endDate: `${registration.round.endYear}-12-31`,
              targets: [{ ...emptyTarget, deadline: `${registration.round.endYear}-12-31` }],
              milestones: [],
            } as never
          }
        />
      </Card>
    </>
  );
}
