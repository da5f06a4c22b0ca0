import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/search-form";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
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
    orNotFound(getPublicRound(id, query.view, query.page, query.q)),
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
      {data.tasks && (
        <SearchForm q={query.q} placeholder={tsearch("taskPlaceholder")}>
          <input type="hidden" name="view" value="tasks" />
        </SearchForm>
      )}
      <Card>
        {data.tasks &&
          (data.tasks.total === 0 ? (
            <EmptyState>{t("noTasks")}</EmptyState>
          ) : (
            <>
              <Table caption={t("tasks")}>
                <thead>
                  <tr>
                    <Th>{t("task")}</Th>
                    <Th>{t("cadre")}</Th>
                    <Th>{t("targets")}</Th>
                    <Th>{t("period")}</Th>
                    <Th>{t("status")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {data.tasks.items.map((task) => (
                    <tr key={task.code} data-testid="public-task">
                      <Td label={t("task")} className="sm:min-w-64">
                        <div className="font-medium text-slate-900">{task.title}</div>
                        <div className="text-xs text-slate-600">
                          {task.code} · {tf(task.field)} · {t("decision", { number: task.decisionNumber })}
                        </div>
                      </Td>
                      <Td label={t("cadre")}>
                        <div>{task.cadreName}</div>
                        <div className="text-xs text-slate-600">{positionAndUnit(task.positionTitle, task.unitName)}</div>
                      </Td>
                      <Td label={t("targets")}>
                        <ul className="space-y-1 text-sm">
                          {task.targets.map((x, i) => (
                            <li key={i}>
                              {x.indicator}: {x.baseline === null ? "" : `${f.number(x.baseline)} → `}
                              {f.number(x.targetValue)} {x.unitOfMeasure}
                            </li>
                          ))}
                        </ul>
                      </Td>
                      <Td label={t("period")} className="whitespace-nowrap tabular-nums">
                        {f.date(task.startDate)} – {f.date(task.endDate)}
                      </Td>
                      <Td label={t("status")}>
                        <Badge
                          tone={task.status === "COMPLETED" ? "success" : task.status === "UNFINISHED" ? "warning" : "neutral"}
                        >
                          {ts(task.status)}
                        </Badge>
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <Pagination
                page={data.tasks.page}
                pageCount={data.tasks.pageCount}
                total={data.tasks.total}
                basePath={`/transparency/${id}`}
                params={{ view: "tasks", q: query.q }}
              />
            </>
          ))}
        {data.ratings &&
          (data.ratings.total === 0 ? (
            <EmptyState>{t("noRatings")}</EmptyState>
          ) : (
            <>
              <Table caption={t("ratings", { count: data.ratingCount })}>
                <thead>
                  <tr>
                    <Th>{t("cadre")}</Th>
                    <Th>{t("year")}</Th>
                    <Th>{t("rating")}</Th>
                    <Th>{t("decisionColumn")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {data.ratings.items.map((r, i) => (
                    <tr key={i} data-testid="public-rating">
                      <Td label={t("cadre")}>
                        <div>{r.cadreName}</div>
                        <div className="text-xs text-slate-600">{positionAndUnit(r.positionTitle, r.unitName)}</div>
                      </Td>
                      <Td label={t("year")}>{r.year}</Td>
                      <Td label={t("rating")}>
                        <Badge tone={r.rating === "NOT_COMPLETED" ? "warning" : "success"}>{tr(r.rating)}</Badge>
                      </Td>
                      <Td label={t("decisionColumn")}>{r.decisionNumber ?? "–"}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <Pagination
                page={data.ratings.page}
                pageCount={data.ratings.pageCount}
                total={data.ratings.total}
                basePath={`/transparency/${id}`}
                params={{ view: "ratings" }}
              />
            </>
          ))}
      </Card>
    </>
  );
}
