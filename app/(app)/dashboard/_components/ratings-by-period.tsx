import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import type { PeriodRatings } from "@/lib/dal/read-models/dashboard";
import { RATINGS } from "@/lib/domain/evaluation";
import { getFormatters } from "@/lib/i18n/server";

const PERIODS_ON_PHONE = 4;

/**
 * Ratings per quarter, year and term of the round, and how many cadres met each condition of their proposal.
 * On a phone each period is one compact row (the period and how many were evaluated); the counts per rating and
 * per condition are on a wider screen and in the rating summary.
 */
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
        <DataTable
          caption={t("byPeriod")}
          columns={[
            { id: "period", header: t("period"), className: "whitespace-nowrap font-medium", phone: "title" },
            { id: "evaluated", header: t("evaluated"), align: "right", phone: "figure" },
            ...RATINGS.map((rating) => ({ id: rating, header: tr(rating), align: "right" as const })),
            { id: "met", header: t("metCount"), className: "text-sm" },
          ]}
          rows={rows.map((r, i) => ({
            id: r.cycleId,
            testId: "ratings-period-row",
            // Newest first: a phone shows the latest periods, a round's whole history is on a wider screen.
            phoneHidden: i >= PERIODS_ON_PHONE,
            cells: {
              period: period(r),
              evaluated: t("evaluatedValue", {
                proposed: f.number(r.proposed),
                evaluations: f.number(r.evaluations),
                decided: f.number(r.decided),
              }),
              ...Object.fromEntries(RATINGS.map((rating) => [rating, f.number(r.ratings[rating] ?? 0)])),
              met: (
                <ul className="space-y-0.5">
                  {r.conditions.map((c) => (
                    <li key={c.key} className="min-w-40" data-testid={`condition-count-${c.key}`}>
                      {t(`short.${c.key}`)}: {t("metOf", { met: f.number(c.met), judged: f.number(c.judged) })}
                    </li>
                  ))}
                </ul>
              ),
            },
          }))}
        />
      )}
    </Card>
  );
}
