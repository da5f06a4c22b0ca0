import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AssignTaskForm } from "@/app/(app)/_components/assign-task-form";
import { blankAssignmentDraft, blankTaskDraft } from "@/app/(app)/_components/task-draft";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listCooperatingUnitOptions, listSupervisorOptions } from "@/lib/dal/decisions/options";
import { getRegistration } from "@/lib/dal/registrations/registration";
import { orNotFound } from "@/lib/page-helpers";

/** The standing committee adds a task the cadre did not propose to a forwarded registration. */
export default async function SupplementTaskPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("registration:decide");
  const { id } = await params;
  const registration = await orNotFound(getRegistration(id));
  if (!registration.actions.includes("decide")) notFound();
  const [supervisors, units, t] = await Promise.all([
    listSupervisorOptions(registration.cadre.unitId),
    listCooperatingUnitOptions(),
    getTranslations("assignTask"),
  ]);
  return (
    <>
      <PageHeader
        title={t("supplementTitle")}
        description={`${registration.cadre.fullName} · ${registration.cadre.positionTitle} · ${registration.round.name}`}
      />
      <Card>
        <p className="mb-4 text-sm text-slate-700">{t("supplementIntro")}</p>
        <AssignTaskForm
          target={{ kind: "supplement", registrationId: registration.id, version: registration.version }}
          supervisors={supervisors}
          units={units}
          backHref={`/registrations/${registration.id}`}
          defaultValues={{
            roundId: registration.round.id,
            reason: "",
            assignment: blankAssignmentDraft(),
            task: blankTaskDraft(registration.round),
          }}
        />
      </Card>
    </>
  );
}
