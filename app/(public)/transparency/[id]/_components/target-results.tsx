import { getTranslations } from "next-intl/server";
import type { PublicTarget } from "@/lib/dal/read-models/publication";
import { getFormatters } from "@/lib/i18n/server";

/**
 * Each target's result as published: "Số lò gạch thủ công còn hoạt động: 98 → 0 lò / mục tiêu 0 (quý 3/2026)",
 * where it started, its value at the latest submitted report, and the target.
 */
export async function TargetResults({ targets }: { targets: PublicTarget[] }) {
  const [t, f] = await Promise.all([getTranslations("transparency"), getFormatters()]);
  const result = (x: PublicTarget) => {
    const target = f.number(x.targetValue);
    if (!x.latest) return t("notReported", { target, unit: x.unitOfMeasure });
    const actual = f.number(x.latest.value);
    return x.baseline === null
      ? t("resultNoBaseline", { actual, unit: x.unitOfMeasure, target })
      : t("result", { baseline: f.number(x.baseline), actual, unit: x.unitOfMeasure, target });
  };
  return (
    <ul className="space-y-1 text-sm">
      {targets.map((x, i) => (
        <li key={i} data-testid="public-result">
          <span className="text-slate-600">{x.indicator}: </span>
          <span className="font-medium tabular-nums text-slate-900">{result(x)}</span>
          {x.latest && (
            <span className="text-xs text-slate-600">
              {" "}
              ({t("reportedAt", { quarter: x.latest.quarter, year: x.latest.year })})
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
