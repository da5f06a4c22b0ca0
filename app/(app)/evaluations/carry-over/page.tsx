import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/data-table";
import { requirePagePermission } from "@/lib/auth/session";
import { getCarryOver } from "@/lib/dal/evaluations/carry-over";
import { orNotFound } from "@/lib/page-helpers";
import { CarryOverForm } from "../_components/evaluation-forms";
import { CarryOverQuerySchema, readQuery } from "@/lib/validation/query";

/** The organisation committee carries a year's unfinished tasks into the next year, with a per-task opt-out. */
export default async function CarryOverPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("evaluation:manage");
  const { roundId, year, carried } = readQuery(CarryOverQuerySchema, await searchParams);
  if (!roundId || !year) notFound();
  const [page, t] = await Promise.all([orNotFound(getCarryOver(roundId, year)), getTranslations("evaluations")]);
  return (
    <>
      <PageHeader
        title={t("carryTitle")}
        description={t("carryIntro", { year: page.year, next: page.year + 1, round: page.round.name })}
      />
      {carried !== undefined && (
        <p
          role="status"
          data-testid="carried-notice"
          className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          {t("carriedNotice", { count: carried })}
        </p>
      )}
      <section data-testid="carry-over">
        <Card>
          {page.tasks.length === 0 ? (
            <EmptyState>{t("nothingToCarry")}</EmptyState>
          ) : page.targetRounds.length === 0 ? (
            <EmptyState>{t("noTargetRound", { year: page.year + 1 })}</EmptyState>
          ) : (
            <CarryOverForm fromRoundId={page.round.id} year={page.year} targetRounds={page.targetRounds} tasks={page.tasks} />
          )}
        </Card>
      </section>
    </>
  );
}
