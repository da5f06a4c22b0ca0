import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/bar-chart";
import { Button } from "@/components/ui/button";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { getDashboard } from "@/lib/dal/read-models/dashboard";
import type { TaskHealth } from "@/lib/domain/progress";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { withQuery } from "@/lib/url";
import { DashboardFilterSchema } from "@/lib/validation/dashboard";
import { RatingsByPeriod } from "./_components/ratings-by-period";
import { TASK_FIELDS } from "@/lib/validation/registration";
import { readQuery } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

const HEALTH_COLORS: Record<TaskHealth, string> = {
  ON_TRACK: "#047857",
  AT_RISK: "#b45309",
  BEHIND: "#b42318",
  COMPLETED: "#0f766e",
  OVERDUE: "#7f1d1d",
};

/** A province has some two hundred units: the ranking shows the first ones, and all of them on request. */
const UNITS_SHOWN = 15;

/** The organisation committee's figures for a round, each with its table and a link to the tasks behind it. */
export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("dashboard:view");
  const filter = readQuery(DashboardFilterSchema, await searchParams);
  const [d, t, te, th, tf, tr, f] = await Promise.all([
    orNotFound(getDashboard(filter)),
    getTranslations("dashboard"),
    getTranslations("exports"),
    getTranslations("health.states"),
    getTranslations("fields"),
    getTranslations("ratings"),
    getFormatters(),
  ]);
  const base = { roundId: d.round?.id, unitId: filter.unitId, field: filter.field };
  const drill = (extra: Record<string, string | undefined>) => withQuery("/dashboard/tasks", { ...base, ...extra });
  const dashboardUrl = (extra: Record<string, string>) => withQuery("/dashboard", { ...base, ...extra });
  const exportUrl = (path: string, extra: Record<string, string> = {}) =>
    withQuery(`/api/exports/${path}`, { ...base, ...extra });
  const download =
    "inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-brand-700 hover:bg-slate-50";
  const select = "rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";
  const percent = (part: number, whole: number) => (whole ? f.percent((part / whole) * 100) : "–");
  return (
    <>
      <PageHeader title={t("title")} description={d.round ? d.round.name : t("noRound")} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-2" aria-label={t("filters")}>
        <label className="text-sm">
          {t("round")}
          <select name="roundId" defaultValue={d.round?.id ?? ""} className={`${select} ml-1 max-w-72`}>
            {d.rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t("unit")}
          <select name="unitId" defaultValue={filter.unitId ?? ""} className={`${select} ml-1 max-w-64`}>
            <option value="">{t("all")}</option>
            {d.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t("field")}
          <select name="field" defaultValue={filter.field ?? ""} className={`${select} ml-1 max-w-56`}>
            <option value="">{t("all")}</option>
            {TASK_FIELDS.map((x) => (
              <option key={x} value={x}>
                {tf(x)}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
      </form>
      {!d.round ? (
        <EmptyState>{t("noRound")}</EmptyState>
      ) : (
        <div className="space-y-6">
          <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5" data-testid="dashboard-totals">
            <Link href={drill({})} className="block">
              <Stat label={t("tasks")} value={f.number(d.totals.tasks)} />
            </Link>
            <Stat label={t("registered")} value={`${f.number(d.registration.registered)} / ${f.number(d.registration.cadres)}`} />
            <Stat label={t("targetsReached")} value={percent(d.totals.reachedTargets, d.totals.targets)} />
            <Stat
              label={t("averagePercent")}
              value={d.totals.averagePercent === null ? "–" : f.percent(d.totals.averagePercent)}
            />
            <Stat
              label={t("explanations")}
              value={`${f.number(d.explanations.unanswered)} / ${f.number(d.explanations.overdue)}`}
            />
          </div>
          <Card title={te("title")}>
            <p className="mb-3 text-sm text-slate-600">{te("intro")}</p>
            <ul className="flex flex-wrap gap-2" data-testid="exports">
              <li>
                <a href={exportUrl("tasks")} download className={download} data-testid="export-tasks">
                  {te("taskList")}
                </a>
              </li>
              <li>
                <a href={exportUrl("annex")} className={download} data-testid="export-annex">
                  {te("annex")}
                </a>
              </li>
              {d.reportsByQuarter.map((q) => (
                <li key={`${q.year}Q${q.quarter}`}>
                  <a
                    href={exportUrl("progress", { quarter: `${q.year}Q${q.quarter}` })}
                    download
                    className={download}
                    data-testid={`export-progress-${q.year}Q${q.quarter}`}
                  >
                    {te("progressOf", { year: q.year, quarter: q.quarter })}
                  </a>
                </li>
              ))}
              {d.cycles.map((c) => (
                <li key={c.id}>
                  <a href={`/api/exports/ratings/${c.id}`} download className={download} data-testid={`export-ratings-${c.year}`}>
                    {te("ratingSummary", { year: c.year })}
                  </a>
                </li>
              ))}
            </ul>
          </Card>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card title={t("byHealth")}>
              <BarChart data={d.byHealth.map((h) => ({ label: th(h.health), value: h.count, color: HEALTH_COLORS[h.health] }))} />
              <Table caption={t("byHealth")}>
                <thead>
                  <tr>
                    <Th>{t("status")}</Th>
                    <Th className="text-right">{t("tasks")}</Th>
                    <Th className="text-right">{t("share")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {d.byHealth.map((h) => (
                    <tr key={h.health} data-testid="health-row">
                      <Td label={t("status")}>{th(h.health)}</Td>
                      <Td label={t("tasks")} className="text-right tabular-nums">
                        <Link
                          href={drill({ health: h.health })}
                          className="text-brand-700 underline"
                          data-testid={`drill-${h.health}`}
                        >
                          {f.number(h.count)}
                        </Link>
                      </Td>
                      <Td label={t("share")} className="text-right tabular-nums">
                        {percent(h.count, d.totals.tasks)}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </Card>
            <Card title={t("reports")}>
              <BarChart
                data={d.reportsByQuarter.map((q) => ({
                  label: `Q${q.quarter}/${q.year}`,
                  value: q.due ? Math.round((q.submitted / q.due) * 100) : 0,
                  color: "#0369a1",
                }))}
              />
              <Table caption={t("reports")}>
                <thead>
                  <tr>
                    <Th>{t("quarter")}</Th>
                    <Th className="text-right">{t("due")}</Th>
                    <Th className="text-right">{t("submitted")}</Th>
                    <Th className="text-right">{t("late")}</Th>
                    <Th className="text-right">{t("rate")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {d.reportsByQuarter.map((q) => (
                    <tr key={`${q.year}Q${q.quarter}`} data-testid="report-rate">
                      <Td label={t("quarter")}>
                        <Link href={`/reports?year=${q.year}&quarter=${q.quarter}`} className="text-brand-700 underline">
                          {`Q${q.quarter}/${q.year}`}
                        </Link>
                      </Td>
                      <Td label={t("due")} className="text-right tabular-nums">
                        {f.number(q.due)}
                      </Td>
                      <Td label={t("submitted")} className="text-right tabular-nums">
                        {f.number(q.submitted)}
                      </Td>
                      <Td label={t("late")} className="text-right tabular-nums">
                        {f.number(q.late)}
                      </Td>
                      <Td label={t("rate")} className="text-right tabular-nums">
                        {percent(q.submitted, q.due)}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </Card>
          </div>
          <div id="units" className="scroll-mt-4">
            <Card title={t("byUnit")}>
              <Table caption={t("byUnit")}>
                <thead>
                  <tr>
                    <Th>{t("rank")}</Th>
                    <Th>{t("unit")}</Th>
                    <Th className="text-right">{t("tasks")}</Th>
                    <Th className="text-right">{t("completed")}</Th>
                    <Th className="text-right">{t("completionRate")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {(filter.units === "all" ? d.byUnit : d.byUnit.slice(0, UNITS_SHOWN)).map((u, i) => (
                    <tr key={u.unitId} data-testid="unit-rank">
                      <Td label={t("rank")}>{i + 1}</Td>
                      <Td label={t("unit")}>{u.unitName}</Td>
                      <Td label={t("tasks")} className="text-right tabular-nums">
                        <Link href={drill({ unitId: u.unitId })} className="text-brand-700 underline">
                          {f.number(u.tasks)}
                        </Link>
                      </Td>
                      <Td label={t("completed")} className="text-right tabular-nums">
                        {f.number(u.completed)}
                      </Td>
                      <Td label={t("completionRate")} className="text-right tabular-nums">
                        {f.percent(u.completionRate)}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              {d.byUnit.length > UNITS_SHOWN && (
                <Link
                  href={`${dashboardUrl(filter.units === "all" ? {} : { units: "all" })}#units`}
                  className="mt-3 inline-block text-sm text-brand-700 underline"
                  data-testid="units-toggle"
                >
                  {filter.units === "all" ? t("unitsFewer", { count: UNITS_SHOWN }) : t("unitsAll", { count: d.byUnit.length })}
                </Link>
              )}
            </Card>
          </div>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card title={t("byField")}>
              <BarChart
                horizontal
                height={Math.max(160, d.byField.length * 32)}
                data={d.byField.map((x) => ({ label: tf(x.field), value: x.tasks, color: "#475569" }))}
              />
              <Table caption={t("byField")}>
                <tbody className="divide-y divide-slate-100">
                  {d.byField.map((x) => (
                    <tr key={x.field}>
                      <Td label={t("field")}>{tf(x.field)}</Td>
                      <Td label={t("tasks")} className="text-right tabular-nums">
                        <Link href={drill({ field: x.field })} className="text-brand-700 underline">
                          {f.number(x.tasks)}
                        </Link>
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </Card>
            <Card title={t("ratings")}>
              {d.ratings.length === 0 ? (
                <EmptyState>{t("noRatings")}</EmptyState>
              ) : (
                <Table caption={t("ratings")}>
                  <tbody className="divide-y divide-slate-100">
                    {d.ratings.map((r) => (
                      <tr key={r.rating} data-testid="rating-row">
                        <Td label={t("rating")}>{tr(r.rating)}</Td>
                        <Td label={t("cadres")} className="text-right tabular-nums">
                          {f.number(r.count)}
                        </Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              )}
              <p className="mt-3 text-sm text-slate-600">
                {t("registrationLine", {
                  registered: f.number(d.registration.registered),
                  cadres: f.number(d.registration.cadres),
                  late: f.number(d.registration.late),
                })}
              </p>
            </Card>
          </div>
          <RatingsByPeriod rows={d.ratingsByPeriod} />
        </div>
      )}
    </>
  );
}
