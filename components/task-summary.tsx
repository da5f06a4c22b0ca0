import { getTranslations } from "next-intl/server";
import type { TargetValues } from "@/lib/dal/_shared/task-rows";
import type { TaskDetail } from "@/lib/dal/tasks/task";
import { getFormatters } from "@/lib/i18n/server";
import { ProgressBar } from "./progress";
import { Badge } from "./ui/badge";
import { DataTable } from "./ui/data-table";

type TaskContent = {
  field: TaskDetail["field"];
  breakthroughKind: TaskDetail["breakthroughKind"];
  objectives: string;
  plan: string;
  expectedProduct: string;
  startDate: Date;
  endDate: Date;
  targets: (TargetValues & {
    originalValue?: string;
    adjusted?: boolean;
    /** An official task's latest measure (undefined for a proposal, null when not measured yet). */
    latest?: { value: string; percent: number; reached: boolean } | null;
  })[];
  milestones: { description: string; dueDate: Date }[];
};

/**
 * A task's content as read by everyone: field, kind, objectives, plan, product, period, its measurable
 * targets and plan milestones. Proposed and official tasks alike; an official one also shows each target's
 * original value when it was adjusted.
 */
export async function TaskContentSummary({ task }: { task: TaskContent }) {
  const [t, tf, tk, tdir, f] = await Promise.all([
    getTranslations("registrations"),
    getTranslations("fields"),
    getTranslations("breakthroughKinds"),
    getTranslations("directions"),
    getFormatters(),
  ]);
  const showOriginal = task.targets.some((x) => x.adjusted);
  const showProgress = task.targets.some((x) => x.latest !== undefined);
  const amount = (value: string | null, unit: string) => (value !== null ? `${f.number(value, 4)} ${unit}` : "");
  return (
    <>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">{t("field")}</dt>
          <dd>{tf(task.field)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("kind")}</dt>
          <dd>{tk(task.breakthroughKind)}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-slate-600">{t("objectives")}</dt>
          <dd className="whitespace-pre-line">{task.objectives}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-slate-600">{t("plan")}</dt>
          <dd className="whitespace-pre-line">{task.plan}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("expectedProduct")}</dt>
          <dd>{task.expectedProduct}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("period")}</dt>
          <dd>
            {f.date(task.startDate)} – {f.date(task.endDate)}
          </dd>
        </div>
      </dl>
      <h3 className="mb-2 mt-4 text-sm font-semibold">{t("targets")}</h3>
      <DataTable
        caption={t("targets")}
        columns={[
          { id: "indicator", header: t("indicator") },
          { id: "baseline", header: t("baseline"), align: "right" as const },
          ...(showOriginal ? [{ id: "original", header: t("originalValue"), align: "right" as const }] : []),
          { id: "target", header: t("targetValue"), align: "right" as const },
          { id: "direction", header: t("direction") },
          { id: "deadline", header: t("targetDeadline") },
          ...(showProgress ? [{ id: "progress", header: t("progress"), className: "sm:min-w-48" }] : []),
        ]}
        rows={task.targets.map((x, j) => ({
          id: String(j),
          testId: "target-row",
          cells: {
            indicator: x.indicator,
            baseline: amount(x.baseline, x.unitOfMeasure),
            original: x.adjusted ? amount(x.originalValue ?? null, x.unitOfMeasure) : "",
            target: (
              <>
                {amount(x.targetValue, x.unitOfMeasure)} {x.adjusted && <Badge tone="warning">{t("adjusted")}</Badge>}
              </>
            ),
            direction: tdir(x.direction),
            deadline: f.date(x.deadline),
            progress: x.latest ? (
              <>
                <div className="text-xs text-slate-600">
                  {t("actualValue", { value: `${f.number(x.latest.value, 4)} ${x.unitOfMeasure}` })}
                </div>
                <ProgressBar percent={x.latest.percent} reached={x.latest.reached} />
              </>
            ) : (
              <span className="text-sm text-slate-500">{t("notMeasured")}</span>
            ),
          },
        }))}
      />
      {task.milestones.length > 0 && (
        <>
          <h3 className="mb-2 mt-4 text-sm font-semibold">{t("milestones")}</h3>
          <ul className="list-inside list-disc space-y-1 text-sm">
            {task.milestones.map((m, j) => (
              <li key={j}>
                {f.date(m.dueDate)}: {m.description}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
