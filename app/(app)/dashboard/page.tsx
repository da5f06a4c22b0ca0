import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BarCell, BarChart, barPercents } from "@/components/bar-chart";
import { Button } from "@/components/ui/button";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { UnitPicker } from "@/components/forms/unit-picker";
import { DataTable, EmptyState } from "@/components/ui/data-table";
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
import { toUnitList } from "@/lib/units/unit-list";

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
const UNITS_SHOWN = 8;
const UNITS_SHOWN_ON_PHONE = 3;
/** A round runs for years: a phone shows its last quarters' report rates, the rest are on a wider screen. */
const QUARTERS_ON_PHONE = 4;
const FIELDS_ON_PHONE = 6;

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
  const download = "chip-link"; // app/globals.css: nine of them
  const select = "rounded-md border border-slate-300 bg-white px-2 py-2 text-base sm:text-sm";
  const fieldBars = barPercents(d.byField.map((x) => x.tasks));
  const percent = (part: number, whole: number) => (whole ? f.percent((part / whole) * 100) : "–");
  return (
    <>
      <PageHeader title={t("title")} description={d.round ? d.round.name : t("noRound")} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2 sm:mb-6" aria-label={t("filters")}>
        <label className="w-full text-sm sm:w-auto">
          <span className="block text-xs font-medium text-slate-600">{t("round")}</span>
          {/* As wide as the round's whole name ("…năm 2026"), never cut off. */}
          <select name="roundId" defaultValue={d.round?.id ?? ""} className={`${select} w-full sm:w-auto`}>
            {d.rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <UnitPicker
          name="unitId"
          label={t("unit")}
          // Only what the picker reads: the list goes into the page's payload.
          units={toUnitList(d.units)}
          defaultValue={filter.unitId}
          allLabel
        />
        <label className="min-w-0 flex-1 text-sm sm:flex-none">
          <span className="block text-xs font-medium text-slate-600">{t("field")}</span>
          <select name="field" defaultValue={filter.field ?? ""} className={`${select} w-full sm:w-auto sm:max-w-56`}>
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
        <div className="space-y-4 sm:space-y-6">
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
            <p className="mb-3 text-sm text-slate-600 max-sm:sr-only">{te("intro")}</p>
            {/* On a phone the documents are one row that scrolls sideways (each is a link, so the keyboard reaches it). */}
            <ul
              className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0 [&>li]:shrink-0"
              data-testid="exports"
            >
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
          <div className="grid grid-cols-1 gap-4 sm:gap-6 lg:grid-cols-2">
            <Card title={t("byHealth")}>
              <BarChart
                data={d.byHealth.map((h) => ({
                  label: th(h.health),
                  value: h.count,
                  display: f.number(h.count),
                  color: HEALTH_COLORS[h.health],
                }))}
              />
              <DataTable
                caption={t("byHealth")}
                columns={[
                  { id: "status", header: t("status") },
                  { id: "tasks", header: t("tasks"), align: "right" },
                  { id: "share", header: t("share"), align: "right" },
                ]}
                rows={d.byHealth.map((h) => ({
                  id: h.health,
                  testId: "health-row",
                  cells: {
                    status: th(h.health),
                    tasks: (
                      <Link href={drill({ health: h.health })} className="link" data-testid={`drill-${h.health}`}>
                        {f.number(h.count)}
                      </Link>
                    ),
                    share: percent(h.count, d.totals.tasks),
                  },
                }))}
              />
            </Card>
            <Card title={t("reports")}>
              <BarChart
                data={d.reportsByQuarter.map((q, i) => ({
                  label: `Q${q.quarter}/${q.year}`,
                  value: q.due ? (q.submitted / q.due) * 100 : 0,
                  display: percent(q.submitted, q.due),
                  color: "#0369a1",
                  phoneHidden: i < d.reportsByQuarter.length - QUARTERS_ON_PHONE,
                }))}
              />
              <DataTable
                caption={t("reports")}
                columns={[
                  { id: "quarter", header: t("quarter"), phone: "title" },
                  { id: "due", header: t("due"), align: "right" },
                  { id: "submitted", header: t("submitted"), align: "right", phone: "status" },
                  { id: "late", header: t("late"), align: "right" },
                  { id: "rate", header: t("rate"), align: "right", phone: "figure" },
                ]}
                rows={d.reportsByQuarter.map((q, i) => ({
                  id: `${q.year}Q${q.quarter}`,
                  testId: "report-rate",
                  phoneHidden: i < d.reportsByQuarter.length - QUARTERS_ON_PHONE,
                  cells: {
                    quarter: (
                      <Link href={`/reports?year=${q.year}&quarter=${q.quarter}`} className="link">
                        {`Q${q.quarter}/${q.year}`}
                      </Link>
                    ),
                    due: f.number(q.due),
                    submitted: f.number(q.submitted),
                    late: f.number(q.late),
                    rate: percent(q.submitted, q.due),
                  },
                }))}
              />
            </Card>
          </div>
          <div id="units" className="scroll-mt-4">
            <Card title={t("byUnit")}>
              <DataTable
                caption={t("byUnit")}
                columns={[
                  { id: "rank", header: t("rank") },
                  { id: "unit", header: t("unit"), phone: "title" },
                  { id: "tasks", header: t("tasks"), align: "right", phone: "status" },
                  { id: "completed", header: t("completed"), align: "right" },
                  { id: "completionRate", header: t("completionRate"), align: "right", phone: "figure" },
                ]}
                rows={(filter.units === "all" ? d.byUnit : d.byUnit.slice(0, UNITS_SHOWN)).map((u, i) => ({
                  id: u.unitId,
                  testId: "unit-rank",
                  // A phone shows the first few; all of them are one link away.
                  phoneHidden: filter.units !== "all" && i >= UNITS_SHOWN_ON_PHONE,
                  cells: {
                    rank: i + 1,
                    unit: (
                      <span>
                        <span className="text-slate-500 sm:hidden">{i + 1}. </span>
                        {u.unitName}
                      </span>
                    ),
                    tasks: (
                      <Link href={drill({ unitId: u.unitId })} className="link">
                        {f.number(u.tasks)}
                      </Link>
                    ),
                    completed: f.number(u.completed),
                    completionRate: f.percent(u.completionRate),
                  },
                }))}
              />
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
          <div className="grid grid-cols-1 gap-4 sm:gap-6 lg:grid-cols-2">
            <Card title={t("byField")}>
              <DataTable
                caption={t("byField")}
                columns={[
                  { id: "field", header: t("field") },
                  { id: "tasks", header: t("tasks"), align: "right" },
                ]}
                rows={d.byField.map((x, i) => ({
                  id: x.field,
                  // Most tasks first: a phone shows the leading fields, every field is on a wider screen.
                  phoneHidden: i >= FIELDS_ON_PHONE,
                  cells: {
                    field: tf(x.field),
                    // The table is its own chart: a bar beside each number (a second list of the same
                    // fourteen fields drawn apart doubled the card's height and weight).
                    tasks: (
                      <BarCell percent={fieldBars[i]!} color="#475569">
                        <Link href={drill({ field: x.field })} className="link">
                          {f.number(x.tasks)}
                        </Link>
                      </BarCell>
                    ),
                  },
                }))}
              />
            </Card>
            <Card title={t("ratings")}>
              {d.ratings.length === 0 ? (
                <EmptyState>{t("noRatings")}</EmptyState>
              ) : (
                <DataTable
                  caption={t("ratings")}
                  columns={[
                    { id: "rating", header: t("rating") },
                    { id: "cadres", header: t("cadres"), align: "right" },
                  ]}
                  rows={d.ratings.map((r) => ({
                    id: r.rating,
                    testId: "rating-row",
                    cells: { rating: tr(r.rating), cadres: f.number(r.count) },
                  }))}
                />
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
