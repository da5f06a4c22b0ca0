import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { listCompiledTasks, listReviewRounds, type CompiledTask } from "@/lib/dal/registrations/review";
import { orNotFound } from "@/lib/page-helpers";
import { CompiledQuerySchema, readQuery } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compiled"))("title") };
}

/** Every proposed task of a round, grouped by unit or by field; the choice lives in the URL. */
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
  const tasks = round ? await listCompiledTasks(round.id) : [];
  const groups = new Map<string, CompiledTask[]>();
  for (const task of tasks) {
    const key = byField ? tf(task.field) : task.unitName;
    groups.set(key, [...(groups.get(key) ?? []), task]);
  }
  const sorted = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, "vi"));
  const select = "rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {!round ? (
        <EmptyState>{t("noRound")}</EmptyState>
      ) : (
        <>
          <form method="get" className="mb-6 flex flex-wrap items-end gap-2">
            <label className="text-sm">
              <span className="block text-xs font-medium text-slate-600">{t("round")}</span>
              <select name="round" defaultValue={round.id} className={select}>
                {rounds.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              <span className="block text-xs font-medium text-slate-600">{t("groupBy")}</span>
              <select name="group" defaultValue={byField ? "field" : "unit"} className={select}>
                <option value="unit">{t("byUnit")}</option>
                <option value="field">{t("byField")}</option>
              </select>
            </label>
            <Button type="submit" variant="secondary">
              {t("view")}
            </Button>
          </form>
          {sorted.length === 0 && <EmptyState>{t("none")}</EmptyState>}
          <div className="space-y-6">
            {sorted.map(([group, items]) => (
              <Card key={group} title={`${group} · ${t("count", { count: items.length })}`}>
                <Table caption={group}>
                  <thead>
                    <tr>
                      <Th>{t("task")}</Th>
                      <Th>{t("cadre")}</Th>
                      <Th>{t("targets")}</Th>
                      <Th>{t("proposal")}</Th>
                      <Th>{t("decision")}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {items.map((task) => (
                      <tr key={task.id} data-testid="compiled-task">
                        <Td label={t("task")} className="sm:min-w-64">
                          <Link href={`/registrations/${task.registrationId}`} className="font-medium hover:underline">
                            {task.title}
                          </Link>
                          <div className="text-xs text-slate-600">{byField ? task.unitName : tf(task.field)}</div>
                        </Td>
                        <Td label={t("cadre")}>{task.cadreName}</Td>
                        <Td label={t("targets")} className="sm:min-w-56">
                          <ul className="space-y-0.5 text-xs">
                            {task.targets.map((x) => (
                              <li key={x}>{x}</li>
                            ))}
                          </ul>
                        </Td>
                        <Td label={t("proposal")}>{task.reviewProposal ? tp(task.reviewProposal) : ""}</Td>
                        <Td label={t("decision")}>{td(task.decision)}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </Card>
            ))}
          </div>
        </>
      )}
    </>
  );
}
