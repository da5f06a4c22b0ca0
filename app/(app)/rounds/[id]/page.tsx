import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { UnitPicker } from "@/components/forms/unit-picker";
import { FilterForm } from "@/components/ui/filter-form";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import { getRoundCadrePage } from "@/lib/dal/registrations/rounds";
import { allowedActions, roundLifecycle } from "@/lib/domain/lifecycle";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { readQuery, RoundCadreQuerySchema } from "@/lib/validation/query";
import { RoundStatusForm } from "./round-status-form";
import { RuleSetForm } from "./rule-set-form";
import { toUnitList } from "@/lib/units/unit-list";

export default async function RoundPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("round:manage");
  const { id } = await params;
  const query = readQuery(RoundCadreQuerySchema, await searchParams);
  const [progress, t, tp, tc, trs, f] = await Promise.all([
    orNotFound(getRoundCadrePage(id, query)),
    getTranslations("rounds"),
    getTranslations("periodKinds"),
    getTranslations("common"),
    getTranslations("ruleSets"),
    getFormatters(),
  ]);
  const { round, counts, cadres } = progress;
  const actions = allowedActions(roundLifecycle, round.status, actor.role);
  return (
    <>
      <PageHeader
        title={round.name}
        description={`${round.assigningBodyName} · ${tp(round.periodKind)} ${t("period", { start: round.startYear, end: round.endYear })} · ${t("deadline")}: ${f.date(round.registrationDeadline)}`}
        actions={<RoundStatusForm id={round.id} version={round.version} actions={actions} />}
      />
      <div className="mb-6">
        <StatusBadge entity="round" status={round.status} />
      </div>
      <div className="mb-6" data-testid="round-rule-set">
        {round.ruleSetLocked ? (
          <p className="text-sm">
            <span className="font-medium">{t("ruleSet")}:</span> {trs(round.ratingRuleSet)}
            <span className="block text-xs text-slate-600">{t("ruleSetLocked")}</span>
          </p>
        ) : (
          <RuleSetForm id={round.id} version={round.version} ruleSet={round.ratingRuleSet} />
        )}
      </div>
      <div className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="round-progress-stats">
        <Stat label={t("cadre")} value={f.number(counts.cadres)} />
        <Stat label={t("registrations")} value={f.number(counts.registered)} />
        <Stat label={t("notRegistered")} value={f.number(counts.cadres - counts.registered)} />
        <Stat label={t("late")} value={f.number(counts.late)} />
      </div>
      <Card title={t("cadreList")}>
        <FilterForm
          path={`/rounds/${round.id}`}
          label={tc("filter")}
          active={!!(query.unitId || query.state)}
          fields={[
            {
              kind: "select",
              name: "state",
              label: t("status"),
              value: query.state,
              all: tc("all"),
              options: [
                { value: "registered", label: t("registrations") },
                { value: "notRegistered", label: t("notRegistered") },
                { value: "late", label: t("late") },
              ],
            },
          ]}
          keep={{ sort: query.sort, dir: query.dir, size: query.size }}
        >
          <UnitPicker name="unitId" label={t("unit")} units={toUnitList(progress.units)} defaultValue={query.unitId} allLabel />
        </FilterForm>
        {cadres.total === 0 ? (
          <EmptyState>{tc("empty")}</EmptyState>
        ) : (
          <DataTable
            caption={t("cadreList")}
            sort={cadres.sort}
            columns={[
              { id: "name", sortKey: "name", header: t("cadre"), className: "sm:min-w-64", phone: "title" },
              { id: "unit", sortKey: "unit", header: t("unit") },
              { id: "status", header: t("status"), phone: "status" },
              ...(progress.canExtend ? [{ id: "extension", header: t("extension.title") }] : []),
            ]}
            rows={cadres.items.map((c) => ({
              id: c.id,
              testId: "round-cadre",
              cells: {
                name: (
                  <>
                    {c.registrationId ? (
                      <Link href={`/registrations/${c.registrationId}`} className="font-medium text-brand-700 underline">
                        {c.fullName}
                      </Link>
                    ) : (
                      <span className="font-medium">{c.fullName}</span>
                    )}
                    <div className="text-xs text-slate-600">{c.positionTitle}</div>
                  </>
                ),
                unit: c.unitName,
                status: (
                  <span className="flex flex-wrap justify-end gap-1 sm:justify-start">
                    {c.status ? <StatusBadge entity="registration" status={c.status} /> : <Badge>{t("notRegistered")}</Badge>}
                    {c.isLate && <Badge tone="danger">{t("late")}</Badge>}
                    {c.extensionUntil && <Badge tone="info">{t("extendedUntil", { date: f.date(c.extensionUntil) })}</Badge>}
                  </span>
                ),
                extension: (!c.status || c.status === "DRAFT" || c.status === "RETURNED") && (
                  <Link href={`/rounds/${round.id}/extend?cadreId=${c.id}`} className="text-sm text-brand-700 underline">
                    {t("extension.action")}
                  </Link>
                ),
              },
            }))}
          />
        )}
        <Pagination page={cadres.page} pageCount={cadres.pageCount} total={cadres.total} size={cadres.size} />
      </Card>
    </>
  );
}
