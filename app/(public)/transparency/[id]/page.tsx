import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchInput } from "@/components/search-form";
import { Badge } from "@/components/ui/badge";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transparency"))("title") };
}

/** A published round: its assigned tasks with their targets, and the final ratings, a page at a time. */
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
      <Card>
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
                  { id: "cadre", sortKey: "cadre", header: t("cadre") },
                  { id: "unit", sortKey: "unit", header: t("unit") },
                  { id: "targets", header: t("targets") },
                  { id: "period", sortKey: "period", header: t("period"), className: "whitespace-nowrap tabular-nums" },
                  { id: "status", sortKey: "status", header: t("status"), phone: "status" },
                ]}
                rows={data.tasks.items.map((task) => ({
                  id: task.code,
                  testId: "public-task",
                  cells: {
                    task: (
                      <>
                        <div className="font-medium text-slate-900">{task.title}</div>
                        <div className="text-xs text-slate-600">
                          {task.code} · {tf(task.field)} · {t("decision", { number: task.decisionNumber })}
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
                    targets: (
                      <ul className="space-y-1 text-sm">
                        {task.targets.map((x, i) => (
                          <li key={i}>
                            {x.indicator}: {x.baseline === null ? "" : `${f.number(x.baseline)} → `}
                            {f.number(x.targetValue)} {x.unitOfMeasure}
                          </li>
                        ))}
                      </ul>
                    ),
                    period: `${f.date(task.startDate)} – ${f.date(task.endDate)}`,
                    status: (
                      <Badge
                        tone={task.status === "COMPLETED" ? "success" : task.status === "UNFINISHED" ? "warning" : "neutral"}
                      >
                        {ts(task.status)}
                      </Badge>
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
