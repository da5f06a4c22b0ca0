import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, EmptyState, KeepTableParams } from "@/components/ui/data-table";
import { requirePagePermission } from "@/lib/auth/session";
import { listCadres } from "@/lib/dal/admin/cadres";
import { listUnitOptions } from "@/lib/dal/admin/units";
import { ListQuerySchema } from "@/lib/validation/common";
import { SearchForm } from "@/components/search-form";
import { UnitPicker } from "@/components/forms/unit-picker";
import { readQuery } from "@/lib/validation/query";
import { toUnitList } from "@/lib/units/unit-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.cadres"))("title") };
}

export default async function CadresPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("admin:cadres");
  const query = readQuery(ListQuerySchema, await searchParams);
  const [cadres, units, t, tg, tc] = await Promise.all([
    listCadres(query),
    listUnitOptions(),
    getTranslations("admin.cadres"),
    getTranslations("cadreGroups"),
    getTranslations("common"),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={<LinkButton href="/admin/cadres/new">{t("new")}</LinkButton>}
      />
      <Card>
        <SearchForm path="/admin/cadres" q={query.q} placeholder={t("searchPlaceholder")}>
          <UnitPicker name="unitId" label={t("unit")} hideLabel units={toUnitList(units)} defaultValue={query.unitId} allLabel />
          <KeepTableParams sort={query.sort} dir={query.dir} size={query.size} />
        </SearchForm>
        {cadres.total === 0 ? (
          <EmptyState>{tc("empty")}</EmptyState>
        ) : (
          <DataTable
            caption={t("title")}
            sort={cadres.sort}
            columns={[
              { id: "fullName", sortKey: "name", header: t("fullName"), className: "sm:min-w-56", phone: "title" },
              { id: "unit", sortKey: "unit", header: t("unit") },
              { id: "group", sortKey: "group", header: t("group"), phone: "figure" },
              { id: "managedBy", header: t("managedBy") },
              { id: "account", sortKey: "account", header: t("account"), className: "font-mono text-xs" },
            ]}
            rows={cadres.items.map((c) => ({
              id: c.id,
              testId: "cadre-row",
              cells: {
                fullName: (
                  <>
                    <Link href={`/admin/cadres/${c.id}`} className="font-medium text-brand-700 underline">
                      {c.fullName}
                    </Link>
                    {!c.active && (
                      <span className="ml-2">
                        <Badge>{tc("inactive")}</Badge>
                      </span>
                    )}
                    <div className="text-xs text-slate-600">{c.positionTitle}</div>
                  </>
                ),
                unit: c.unitName,
                group: tg(c.group),
                managedBy: c.managedByName,
                account: c.username ?? <span className="font-sans text-slate-500">{t("noAccount")}</span>,
              },
            }))}
          />
        )}
        <Pagination page={cadres.page} pageCount={cadres.pageCount} total={cadres.total} size={cadres.size} />
      </Card>
    </>
  );
}
