import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Rating } from "@/lib/domain/evaluation";
import { explainingLevels, type Condition, type StoredProposal, type StoredTaskFact } from "@/lib/domain/rating-rules";
import { getFormatters } from "@/lib/i18n/server";

/** One condition in words: "Hoàn thành đúng hạn 4/5 — chưa đạt". */
export async function conditionText(c: Condition): Promise<string> {
  const [t, f] = await Promise.all([getTranslations("ruleSets"), getFormatters()]);
  const params = { value: c.value === null ? "" : f.number(c.value, 2), of: f.number(c.of, 2), percent: c.percent ?? 0 };
  const label =
    c.key === "scoreAtLeast" && c.value === null ? t("conditions.scoreMissing", params) : t(`conditions.${c.key}`, params);
  return `${label} — ${c.met ? t("met") : t("notMet")}`;
}

/** The rule set and version, the explaining levels and their conditions; `preview` marks figures not yet final. */
export async function RatingConditions({ proposal, preview = false }: { proposal: StoredProposal; preview?: boolean }) {
  const [t, tr] = await Promise.all([getTranslations("ruleSets"), getTranslations("ratings")]);
  const levels = explainingLevels(proposal);
  const texts = await Promise.all(levels.map((l) => Promise.all(l.conditions.map(conditionText))));
  return (
    <div className="space-y-3 text-sm" data-testid="rating-conditions">
      <p className="text-xs text-slate-600" data-testid="rule-set">
        {t("named", { name: t(proposal.ruleSet), version: proposal.version })}
        {preview && ` · ${t("preview")}`}
      </p>
      {levels.map((level, i) => (
        <div key={level.rating} data-testid="rating-level" data-met={level.met}>
          <p className="flex flex-wrap items-center gap-2 font-medium">
            {tr(level.rating as Rating)}
            <Badge tone={level.met ? "success" : "warning"}>{level.met ? t("met") : t("notMet")}</Badge>
          </p>
          <ul className="mt-1 space-y-0.5">
            {level.conditions.map((c, j) => (
              <li key={c.key} className={c.met ? "text-slate-700" : "font-medium text-amber-900"} data-testid="rating-condition">
                <span aria-hidden="true">{c.met ? "✓ " : "✗ "}</span>
                {texts[i]![j]}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** A task's measured result under the rule set, in words. */
export async function TaskFactBadge({ fact }: { fact: StoredTaskFact }) {
  const t = await getTranslations("ruleSets.fact");
  if (fact.cancelled) return <Badge>{t("cancelled")}</Badge>;
  if (fact.notDue) return <Badge>{t("notDue")}</Badge>;
  if (fact.carriedOver) return <Badge tone="warning">{t("carriedOver")}</Badge>;
  if (!fact.completed) return <Badge tone="danger">{t("notCompleted")}</Badge>;
  if (!fact.onTime) return <Badge tone="warning">{t("late")}</Badge>;
  if (fact.exceeding) return <Badge tone="success">{t("exceeding")}</Badge>;
  return <Badge tone="info">{t("onTime")}</Badge>;
}
