import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getTask } from "@/lib/dal/tasks/task";
import { toDateInputValue } from "@/lib/i18n/format";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { ChangeRequestForm } from "../../_components/change-form";

/** The cadre or the organisation committee asks for a mid-course change of the task. */
export default async function ChangeRequestPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("changeRequest:request");
  const { id } = await params;
  const task = await orNotFound(getTask(id));
  if (!task.actions.includes("requestChange")) notFound();
  const [t, f] = await Promise.all([getTranslations("changeRequests"), getFormatters()]);
  return (
    <>
      <PageHeader title={t("pageTitle")} description={`${task.code} · ${task.title}`} />
      <Card>
        <p className="mb-4 text-sm text-slate-700">{t("intro")}</p>
        <ChangeRequestForm
          taskId={task.id}
          current={{
            title: task.title,
            endDate: toDateInputValue(task.endDate),
            targets: task.targets.map((x) => ({
              id: x.id,
              indicator: x.indicator,
              unitOfMeasure: x.unitOfMeasure,
              targetValue: f.number(x.targetValue, 4),
              deadline: toDateInputValue(x.deadline),
              baseline: x.baseline === null ? "" : unambiguous(x.baseline),
              direction: x.direction,
              hint: t("targetHint", {
                baseline: x.baseline === null ? "—" : f.number(x.baseline, 4),
                original: f.number(x.originalValue, 4),
                actual: x.latest ? f.number(x.latest.value, 4) : "—",
              }),
            })),
          }}
        />
      </Card>
    </>
  );
}

/**
 * A stored decimal ("2.101") as the form reads it back unambiguously: "2.101" alone would be read as two
 * thousand one hundred and one (a Vietnamese thousands dot), so the fraction is padded to four places.
 */
function unambiguous(value: string): string {
  const dot = value.indexOf(".");
  return dot < 0 ? value : value.padEnd(dot + 5, "0");
}
