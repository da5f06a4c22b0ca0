import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchInput } from "@/components/search-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable, EmptyState, KeepTableParams } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import { listCouncilEvaluations } from "@/lib/dal/read-models/home";
import { Inbox } from "@/components/inbox";
import { getMyInbox } from "@/lib/dal/read-models/inbox";
import { getFormatters } from "@/lib/i18n/server";
import { CouncilQuerySchema, readQuery } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home.council"))("title") };
}

export default async function CouncilHomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("evaluation:score");
  const query = readQuery(CouncilQuerySchema, await searchParams);
  const [list, inbox, t, te, tc, f] = await Promise.all([
    listCouncilEvaluations(query),
    getMyInbox(),
    getTranslations("home.council"),
    getTranslations("evaluations"),
    getTranslations("common"),
    getFormatters(),
  ]);
  const filtered = Boolean(query.q || query.mine);
  const select = "rounded-md border border-slate-300 bg-white px-2 py-2 text-base sm:text-sm";
  return (
    <>
      <PageHeader title={t("title")} />
      <Inbox items={inbox} />
      <Card>
        {(list.total > 0 || filtered) && (
          <form method="get" className="mb-4 flex flex-wrap items-end gap-2" role="search" aria-label={tc("filter")}>
            <SearchInput q={query.q} placeholder={te("searchCadre")} />
            <label className="text-sm">
              <span className="block text-xs font-medium text-slate-600">{t("mine")}</span>
              <select name="mine" defaultValue={query.mine ?? ""} className={select}>
                <option value="">{tc("all")}</option>
                <option value="pending">{t("pending")}</option>
                <option value="submitted">{t("submitted")}</option>
              </select>
            </label>
            <KeepTableParams sort={query.sort} dir={query.dir} size={query.size} />
            <Button type="submit" variant="secondary">
              {tc("filter")}
            </Button>
          </form>
        )}
        {list.total === 0 ? (
          <EmptyState>{filtered ? tc("empty") : t("nothing")}</EmptyState>
        ) : (
          <DataTable
            caption={t("title")}
            sort={list.sort}
            columns={[
              { id: "cadre", sortKey: "name", header: t("cadre"), className: "sm:min-w-56", phone: "title" },
              { id: "round", sortKey: "period", header: t("round"), firstDir: "desc", className: "whitespace-nowrap" },
              { id: "tasks", sortKey: "tasks", header: t("tasks"), align: "right", firstDir: "desc", phone: "figure" },
              { id: "mine", header: t("mine"), phone: "status" },
            ]}
            rows={list.items.map((e) => ({
              id: e.id,
              testId: "evaluation-to-score",
              cells: {
                cadre: (
                  <>
                    <Link href={`/evaluations/${e.id}`} className="font-medium text-brand-700 underline">
                      {e.cadreName}
                    </Link>
                    <div className="text-xs text-slate-600">{e.positionTitle}</div>
                  </>
                ),
                round: `${e.roundName} (${e.quarter ? `Q${e.quarter}/${e.year}` : e.year})`,
                tasks: f.number(e.taskCount),
                mine: e.submittedByMe ? (
                  <Badge tone="success">{t("submitted")}</Badge>
                ) : (
                  <Badge tone="warning">{t("pending")}</Badge>
                ),
              },
            }))}
          />
        )}
        <Pagination page={list.page} pageCount={list.pageCount} total={list.total} size={list.size} />
      </Card>
    </>
  );
}
