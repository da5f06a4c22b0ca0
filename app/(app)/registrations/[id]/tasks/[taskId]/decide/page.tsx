import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listCooperatingUnitOptions, listSupervisorOptions } from "@/lib/dal/decisions/options";
import { getRegistration } from "@/lib/dal/registrations/registration";
import { orNotFound } from "@/lib/page-helpers";
import { DecisionForm } from "../../../../_components/decision-form";
import { blankAssignmentDraft, toTaskDraft } from "@/app/(app)/_components/task-draft";

export default async function DecideProposedTaskPage({ params }: { params: Promise<{ id: string; taskId: string }> }) {
  await requirePagePermission("registration:decide");
  const { id, taskId } = await params;
  const registration = await orNotFound(getRegistration(id));
  const task = registration.tasks.find((x) => x.id === taskId);
  if (!task || task.decision !== "PENDING" || !registration.actions.includes("decide")) notFound();
  const [supervisors, units, t] = await Promise.all([
    listSupervisorOptions(registration.cadre.unitId),
    listCooperatingUnitOptions(),
    getTranslations("decision"),
  ]);
  const proposal = task.reviewProposal ?? "APPROVE";
  return (
    <>
      <PageHeader title={t("title")} description={`${registration.cadre.fullName} · ${task.title}`} />
      <Card>
        <DecisionForm
          registrationId={registration.id}
          proposedTaskId={task.id}
          version={registration.version}
          supervisors={supervisors}
          units={units}
          defaultValues={{
            decision: proposal,
            reason: task.reviewNote ?? "",
            assignment: blankAssignmentDraft(),
            adjusted: toTaskDraft(task),
          }}
        />
      </Card>
    </>
  );
}
