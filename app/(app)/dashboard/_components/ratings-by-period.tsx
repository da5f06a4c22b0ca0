import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
import type { PeriodRatings } from "@/lib/dal/read-models/dashboard";
import { RATINGS } from "@/lib/domain/evaluation";
import { getFormatters } from "@/lib/i18n/server";

/** Ratings per quarter, year and term of the round, and how many cadres met each condition of their proposal. */
export async function RatingsByPeriod({ rows }: { rows: PeriodRatings[] }) {
  const [t, tr, f] = await Promise.all([getTranslations("ruleSets"), getTranslations("ratings"), getFormatters()]);
  const period = (r: PeriodRatings) =>
    r.periodKind === "QUARTER"
      ? t("periodQuarter", { quarter: r.quarter, year: r.year })
      : r.periodKind === "TERM"
        ? t("periodTerm", { year: r.year })
        : t("periodYear", { year: r.year });
  return (
    <Card title={t("byPeriod")}>
      {rows.length === 0 ? (
        <EmptyState>{t("noRatings")}</EmptyState>
      ) : (
        <Table caption={t("byPeriod")}>
          <thead>
            <tr>
              <Th>{t("period")}</Th>
              <Th className="text-right">{t("evaluated")}</Th>
              {RATINGS.map((r) => (
                <Th key={r} className="text-right">
                  {tr(r)}
                </Th>
              ))}
              <Th>{t("metCount")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.cycleId} data-testid="ratings-period-row">
                <Td label={t("period")} className="whitespace-nowrap font-medium">
                  {period(r)}
                </Td>
                <Td label={t("evaluated")} className="text-right tabular-nums">
                  {t("evaluatedValue", {
                    proposed: f.number(r.proposed),
                    evaluations: f.number(r.evaluations),
                    decided: f.number(r.decided),
                  })}
                </Td>
                {RATINGS.map((rating) => (
                  <Td key={rating} label={tr(rating)} className="text-right tabular-nums">
                    {f.number(r.ratings[rating] ?? 0)}
                  </Td>
                ))}
                <Td label={t("metCount")} className="text-sm">
                  <ul className="space-y-0.5">
                    {r.conditions.map((c) => (
                      <li key={c.key} className="min-w-40" data-testid={`condition-count-${c.key}`}>
                        {t(`short.${c.key}`)}: {t("metOf", { met: f.number(c.met), judged: f.number(c.judged) })}
                      </li>
                    ))}
                  </ul>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
