import { getTranslations } from "next-intl/server";
import type { TaskHealth, TaskHealthVerdict } from "@/lib/domain/progress";
import { getFormatters } from "@/lib/i18n/server";
import { Badge, type Tone } from "./ui/badge";

/** A percentage as a bar and in words; the bar stops at 100 %, the words say how far beyond. */
export async function ProgressBar({ percent, reached }: { percent: number; reached: boolean }) {
  const [f, t] = await Promise.all([getFormatters(), getTranslations("common")]);
  return (
    <div className="flex min-w-32 flex-wrap items-center gap-x-2" data-testid="progress">
      <div className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200" aria-hidden>
        <div
          className={`h-full rounded-full ${reached ? "bg-emerald-600" : "bg-brand-600"}`}
          style={{ width: `${Math.min(100, percent)}%` }}
        />
      </div>
      <span className="whitespace-nowrap text-sm tabular-nums">{f.percent(percent)}</span>
      {percent > 100 && <span className="w-full text-xs text-slate-500">({t("barCapped")})</span>}
    </div>
  );
}

const HEALTH_TONES: Record<TaskHealth, Tone> = {
  ON_TRACK: "success",
  AT_RISK: "warning",
  BEHIND: "danger",
  COMPLETED: "success",
  OVERDUE: "danger",
};

/** A task's computed status, in words and colour, with the reason when asked. */
export async function HealthBadge({ verdict, withReason = false }: { verdict: TaskHealthVerdict; withReason?: boolean }) {
  const [t, f] = await Promise.all([getTranslations("health"), getFormatters()]);
  const params = Object.fromEntries(Object.entries(verdict.reason.params).map(([k, v]) => [k, f.percent(v)]));
  return (
    <span className="inline-flex flex-wrap items-center gap-2" data-testid="task-health">
      <Badge tone={HEALTH_TONES[verdict.health]}>{t(`states.${verdict.health}`)}</Badge>
      {withReason && <span className="text-sm text-slate-700">{t(`reasons.${verdict.reason.code}`, params)}</span>}
      {/* The status's progress counts each target up to 100: say so wherever the figure is shown. */}
      {withReason && "progress" in verdict.reason.params && <span className="text-xs text-slate-500">{t("capNote")}</span>}
    </span>
  );
}

/** A task's computed status in words and colour, without its reason (the public page, lists). */
export async function HealthStateBadge({ health }: { health: TaskHealth }) {
  const t = await getTranslations("health");
  return <Badge tone={HEALTH_TONES[health]}>{t(`states.${health}`)}</Badge>;
}
