import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import { listRoundPage } from "@/lib/dal/registrations/rounds";
import { getFormatters } from "@/lib/i18n/server";
import { readQuery, RoundListQuerySchema } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rounds"))("title") };
}

const STATUSES = ["DRAFT", "OPEN", "CLOSED"] as const;

export default async function RoundsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("round:manage");
  const query = readQuery(RoundListQuerySchema, await searchParams);
  const [rounds, t, ts, tc, f] = await Promise.all([
    listRoundPage(query),
    getTranslations("rounds"),
    getTranslations("status.round"),
    getTranslations("common"),
    getFormatters(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} actions={<LinkButton href="/rounds/new">{t("new")}</LinkButton>} />
      <Card>
        <FilterForm
          path="/rounds"
          label={tc("filter")}
          fields={[
            {
              kind: "select",
              name: "status",
              label: t("status"),
              value: query.status,
              all: tc("all"),
              options: STATUSES.map((s) => ({ value: s, label: ts(s) })),
            },
          ]}
          keep={{ sort: query.sort, dir: query.dir, size: query.size }}
        />
        {rounds.total === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <DataTable
            caption={t("title")}
            testId="rounds-table"
            sort={rounds.sort}
            columns={[
              { id: "name", sortKey: "name", header: t("name"), className: "sm:min-w-64", phone: "title" },
              { id: "year", sortKey: "year", firstDir: "desc", header: t("startYear") },
              { id: "body", sortKey: "body", header: t("assigningBody") },
              { id: "deadline", sortKey: "deadline", firstDir: "desc", header: t("deadline") },
              {
                id: "registrations",
                sortKey: "registrations",
                firstDir: "desc",
                header: t("registrations"),
                align: "right",
                phone: "figure",
              },
              { id: "status", sortKey: "status", header: t("status"), phone: "status" },
            ]}
            rows={rounds.items.map((r) => ({
              id: r.id,
              testId: "round-row",
              cells: {
                name: (
                  <Link href={`/rounds/${r.id}`} className="font-medium text-brand-700 underline hover:text-brand-800">
                    {r.name}
                  </Link>
                ),
                year: r.startYear === r.endYear ? r.startYear : t("period", { start: r.startYear, end: r.endYear }),
                body: r.assigningBodyName,
                deadline: f.date(r.registrationDeadline),
                registrations: f.number(r.registrations),
                status: <StatusBadge entity="round" status={r.status} />,
              },
            }))}
          />
        )}
        <Pagination page={rounds.page} pageCount={rounds.pageCount} total={rounds.total} size={rounds.size} />
      </Card>
    </>
  );
}
