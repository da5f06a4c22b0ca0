import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchInput } from "@/components/search-form";
import { Badge } from "@/components/ui/badge";
import { HealthStateBadge } from "@/components/progress";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, EmptyState, KeepTableParams } from "@/components/ui/data-table";
import { Button } from "@/components/ui/button";
import { TASK_FIELDS } from "@/lib/validation/registration";
import { getPublicRound } from "@/lib/dal/read-models/publication";
import { positionAndUnit } from "@/lib/domain/documents";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { PublicRoundQuerySchema } from "@/lib/validation/publication";
import { readQuery } from "@/lib/validation/query";
import { LocalityTree } from "./_components/locality-tree";
import { TargetResults } from "./_components/target-results";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transparency"))("title") };
}

/**
 * A published round: its locality tree with each locality's share of tasks completed and on track, its
 * assigned tasks with their latest reported values against the targets and the committee dashboard's status,
 * and the final ratings, a page at a time.
 */
export default async function PublicRoundPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = readQuery(PublicRoundQuerySchema, await searchParams);
  const [data, tsearch, t, tf, tr, ts, f] = await Promise.all([
    orNotFound(getPublicRound(id, query.view, query.page, query)),
    getTranslations("search"),
    getTranslations("transparency"),
    getTranslations("fields"),
    getTranslations("ratings"),
    getTranslations("status.task"),
    getFormatters(),
  ]);
  // A locality clicked in the tree: the list's first page, its other filters kept.
  const localityHref = (unit: string | null, own = false) => {
    const params = new URLSearchParams({ view: "tasks" });
    if (query.q) params.set("q", query.q);
    if (query.field) params.set("field", query.field);
    if (query.status) params.set("status", query.status);
    if (query.size) params.set("size", String(query.size));
    if (unit) params.set("unit", unit);
    if (unit && own) params.set("own", "1");
    return `/transparency/${id}?${params.toString()}`;
  };
  const tab = (view: "tasks" | "ratings", label: string) => (
    <Link
      href={`/transparency/${id}?view=${view}`}
      aria-current={query.view === view ? "page" : undefined}
      className={`rounded-md px-3 py-2 text-sm font-medium ${query.view === view ? "bg-brand-600 text-white" : "bg-white text-brand-700 ring-1 ring-slate-300"}`}
    >
      {label}
    </Link>
  );
  const select = "rounded-md border border-slate-300 bg-white px-2 py-2 text-base sm:text-sm";
  return (
    <>
      <PageHeader title={data.round.name} description={data.round.bodyName} />
      <nav className="mb-4 flex flex-wrap gap-2" aria-label={t("views")}>
        {tab("tasks", t("tasks"))}
        {tab("ratings", t("ratings", { count: data.ratingCount }))}
        <Link href="/transparency" className="px-3 py-2 text-sm text-brand-700 underline">
          {t("back")}
        </Link>
      </nav>
      {data.tasks && data.localities.length > 0 && (
        <Card title={t("localities")} className="mb-4">
          <p className="mb-3 text-sm text-slate-600">{t("localitiesHint")}</p>
          <nav aria-label={t("localities")} data-testid="locality-tree">
            <LocalityTree
              nodes={data.localities}
              selected={data.locality}
              hrefFor={(unit, own) => localityHref(unit, own)}
              labels={{
                tasks: (count) => t("localityTasks", { count }),
                completed: (share) => t("completedShare", { share }),
                onTrack: (share) => t("onTrackShare", { share }),
                noTasks: t("noLocalityTasks"),
                own: (name) => t("ownLevel", { name }),
                percent: (value) => f.percent(value),
              }}
            />
          </nav>
        </Card>
      )}
      <Card>
        {data.tasks && data.locality && (
          <p className="mb-3 flex flex-wrap items-center gap-2 text-sm" data-testid="locality-filter">
            <span>
              {t("filteredBy", {
                name: data.locality.ownOnly ? t("ownLevel", { name: data.locality.name }) : data.locality.name,
              })}
            </span>
            <Link href={localityHref(null)} className="text-brand-700 underline" scroll={false}>
              {t("clearLocality")}
            </Link>
          </p>
        )}
        {data.tasks && (
          <form method="get" className="mb-4 flex flex-wrap items-end gap-2" aria-label={t("filters")}>
            <input type="hidden" name="view" value="tasks" />
            <SearchInput q={query.q} placeholder={tsearch("taskPlaceholder")} />
            <label className="text-sm">
              <span className="block text-xs font-medium text-slate-600">{t("field")}</span>
              <select name="field" defaultValue={query.field ?? ""} className={select}>
                <option value="">{t("all")}</option>
                {TASK_FIELDS.map((x) => (
                  <option key={x} value={x}>
                    {tf(x)}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              <span className="block text-xs font-medium text-slate-600">{t("status")}</span>
              <select name="status" defaultValue={query.status ?? ""} className={select}>
                <option value="">{t("all")}</option>
                {(["ASSIGNED", "COMPLETED", "UNFINISHED", "CARRIED_OVER"] as const).map((x) => (
                  <option key={x} value={x}>
                    {ts(x)}
                  </option>
                ))}
              </select>
            </label>
            {data.locality && <input type="hidden" name="unit" value={data.locality.id} />}
            {data.locality?.ownOnly && <input type="hidden" name="own" value="1" />}
            <KeepTableParams sort={query.sort} dir={query.dir} size={query.size} />
            <Button type="submit" variant="secondary">
              {t("show")}
            </Button>
          </form>
        )}
        {data.tasks &&
          (data.tasks.total === 0 ? (
            <EmptyState>{t("noTasks")}</EmptyState>
          ) : (
            <>
              <DataTable
                caption={t("tasks")}
                sort={data.tasks.sort}
                columns={[
                  { id: "task", sortKey: "task", header: t("task"), className: "sm:min-w-64", phone: "title" },
                  { id: "cadre", sortKey: "cadre", header: t("cadre"), className: "sm:min-w-44" },
                  { id: "unit", sortKey: "unit", header: t("unit"), className: "sm:min-w-36" },
                  { id: "targets", header: t("results"), className: "sm:min-w-64" },
                  {
                    id: "progress",
                    sortKey: "progress",
                    header: t("progress"),
                    firstDir: "desc",
                    align: "right",
                    phone: "figure",
                  },
                  { id: "status", sortKey: "status", header: t("status"), phone: "status" },
                ]}
                rows={data.tasks.items.map((task) => ({
                  id: task.code,
                  testId: "public-task",
                  cells: {
                    task: (
                      <>
                        <Link
                          href={`/transparency/${id}/tasks/${encodeURIComponent(task.code)}`}
                          className="font-medium text-brand-700 underline decoration-slate-300 underline-offset-2"
                        >
                          {task.title}
                        </Link>
                        <div className="text-xs text-slate-600">
                          {task.code} · {tf(task.field)} · {t("decision", { number: task.decisionNumber })} ·{" "}
                          {f.date(task.startDate)} – {f.date(task.endDate)}
                        </div>
                      </>
                    ),
                    cadre: (
                      <>
                        <div>{task.cadreName}</div>
                        <div className="text-xs text-slate-600">{task.positionTitle}</div>
                      </>
                    ),
                    unit: task.unitName,
                    targets: <TargetResults targets={task.targets} />,
                    progress: <span className="tabular-nums">{f.percent(task.progress)}</span>,
                    status: (
                      <div className="flex flex-col items-end gap-1 sm:items-start">
                        {task.health ? (
                          <HealthStateBadge health={task.health} />
                        ) : (
                          <Badge tone="neutral">{ts(task.status)}</Badge>
                        )}
                        {task.health && task.status !== "ASSIGNED" && (
                          <span className="text-xs text-slate-600">{ts(task.status)}</span>
                        )}
                      </div>
                    ),
                  },
                }))}
              />
              <Pagination
                page={data.tasks.page}
                pageCount={data.tasks.pageCount}
                total={data.tasks.total}
                size={data.tasks.size}
              />
            </>
          ))}
        {data.ratings &&
          (data.ratings.total === 0 ? (
            <EmptyState>{t("noRatings")}</EmptyState>
          ) : (
            <>
              <DataTable
                caption={t("ratings", { count: data.ratingCount })}
                sort={data.ratings.sort}
                columns={[
                  { id: "cadre", sortKey: "cadre", header: t("cadre"), phone: "title" },
                  { id: "year", sortKey: "year", header: t("year"), firstDir: "desc", phone: "figure" },
                  { id: "rating", sortKey: "rating", header: t("rating"), phone: "status" },
                  { id: "decision", header: t("decisionColumn") },
                ]}
                rows={data.ratings.items.map((r, i) => ({
                  id: String(i),
                  testId: "public-rating",
                  cells: {
                    cadre: (
                      <>
                        <div>{r.cadreName}</div>
                        <div className="text-xs text-slate-600">{positionAndUnit(r.positionTitle, r.unitName)}</div>
                      </>
                    ),
                    year: r.year,
                    rating: <Badge tone={r.rating === "NOT_COMPLETED" ? "warning" : "success"}>{tr(r.rating)}</Badge>,
                    decision: r.decisionNumber ?? "–",
                  },
                }))}
              />
              <Pagination
                page={data.ratings.page}
                pageCount={data.ratings.pageCount}
                total={data.ratings.total}
                size={data.ratings.size}
              />
            </>
          ))}
      </Card>
    </>
  );
}
