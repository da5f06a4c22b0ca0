import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listCompiledTasks, listReviewRounds, type CompiledTask } from "@/lib/dal/registrations/review";
import { orNotFound } from "@/lib/page-helpers";
import { CompiledQuerySchema, readQuery } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compiled"))("title") };
}

/**
 * The proposed tasks of a round, grouped by unit or by field, a page at a time (each page in group order, so a
 * group's rows stay together); the round, grouping, sort and page live in the URL.
 */
export default async function CompiledPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser();
  const params = readQuery(CompiledQuerySchema, await searchParams);
  const rounds = await orNotFound(listReviewRounds());
  const [t, tf, tp, td] = await Promise.all([
    getTranslations("compiled"),
    getTranslations("fields"),
    getTranslations("reviewProposals"),
    getTranslations("decision.decided"),
  ]);
  const round = rounds.find((r) => r.id === params.round) ?? rounds[0];
  const byField = params.group === "field";
  const tasks = round ? await listCompiledTasks(round.id, { ...params, group: byField ? "field" : "unit" }) : null;
  const groups = new Map<string, CompiledTask[]>();
  for (const task of tasks?.items ?? []) {
    const key = byField ? tf(task.field) : task.unitName;
    groups.set(key, [...(groups.get(key) ?? []), task]);
  }
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {!round || !tasks ? (
        <EmptyState>{t("noRound")}</EmptyState>
      ) : (
        <>
          <FilterForm
            path="/registrations/compiled"
            active={!!(params.round || params.group)}
            fields={[
              {
                kind: "select",
                name: "round",
                label: t("round"),
                value: round.id,
                wide: true,
                options: rounds.map((r) => ({ value: r.id, label: r.name })),
              },
              {
                kind: "select",
                name: "group",
                label: t("groupBy"),
                value: byField ? "field" : "unit",
                options: [
                  { value: "unit", label: t("byUnit") },
                  { value: "field", label: t("byField") },
                ],
              },
            ]}
            keep={{ sort: params.sort, dir: params.dir, size: params.size }}
          />
          {tasks.total === 0 && <EmptyState>{t("none")}</EmptyState>}
          <div className="space-y-6">
            {[...groups.entries()].map(([group, items]) => (
              <Card key={group} title={group}>
                <DataTable
                  caption={group}
                  sort={tasks.sort}
                  columns={[
                    { id: "task", sortKey: "task", header: t("task"), className: "sm:min-w-64", phone: "title" },
                    { id: "cadre", sortKey: "cadre", header: t("cadre") },
                    { id: "targets", header: t("targets"), className: "sm:min-w-56" },
                    { id: "proposal", header: t("proposal") },
                    { id: "decision", sortKey: "decision", header: t("decision"), phone: "status" },
                  ]}
                  rows={items.map((task) => ({
                    id: task.id,
                    testId: "compiled-task",
                    cells: {
                      task: (
                        <>
                          <Link href={`/registrations/${task.registrationId}`} className="font-medium text-brand-700 underline">
                            {task.title}
                          </Link>
                          <div className="text-xs text-slate-600">{byField ? task.unitName : tf(task.field)}</div>
                        </>
                      ),
                      cadre: task.cadreName,
                      targets: (
                        <ul className="space-y-0.5 text-xs">
                          {task.targets.map((x) => (
                            <li key={x}>{x}</li>
                          ))}
                        </ul>
                      ),
                      proposal: task.reviewProposal ? tp(task.reviewProposal) : "",
                      decision: td(task.decision),
                    },
                  }))}
                />
              </Card>
            ))}
          </div>
          <Pagination page={tasks.page} pageCount={tasks.pageCount} total={tasks.total} size={tasks.size} />
        </>
      )}
    </>
  );
}
