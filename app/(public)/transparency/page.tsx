import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { listPublicRounds } from "@/lib/dal/read-models/publication";
import { readQuery, TableQuerySchema } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transparency"))("title") };
}

/** Every round a standing committee has published, newest first (a handful: one per body and year). */
export default async function TransparencyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = readQuery(TableQuerySchema, await searchParams);
  const [rounds, t] = await Promise.all([listPublicRounds(query), getTranslations("transparency")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <Card>
        {rounds.total === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <>
            <DataTable
              caption={t("title")}
              sort={rounds.sort}
              columns={[
                { id: "round", sortKey: "round", header: t("round"), phone: "title" },
                { id: "body", sortKey: "body", header: t("body") },
                {
                  id: "years",
                  sortKey: "years",
                  firstDir: "desc",
                  header: t("years"),
                  className: "whitespace-nowrap tabular-nums",
                  phone: "figure",
                },
              ]}
              rows={rounds.items.map((r) => ({
                id: r.id,
                testId: "public-round",
                cells: {
                  round: (
                    <Link href={`/transparency/${r.id}`} className="font-medium text-brand-700 underline">
                      {r.name}
                    </Link>
                  ),
                  body: r.bodyName,
                  years: r.startYear === r.endYear ? String(r.startYear) : `${r.startYear}–${r.endYear}`,
                },
              }))}
            />
            <Pagination page={rounds.page} pageCount={rounds.pageCount} total={rounds.total} size={rounds.size} />
          </>
        )}
      </Card>
    </>
  );
}
