import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import { listUnitPage } from "@/lib/dal/admin/units";
import { getFormatters } from "@/lib/i18n/server";
import { UNIT_KINDS } from "@/lib/validation/kinds";
import { readQuery, UnitListQuerySchema } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.units"))("title") };
}

export default async function UnitsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("admin:units");
  const query = readQuery(UnitListQuerySchema, await searchParams);
  const [units, t, tk, tc, f] = await Promise.all([
    listUnitPage(query),
    getTranslations("admin.units"),
    getTranslations("unitKinds"),
    getTranslations("common"),
    getFormatters(),
  ]);
  const tree = units.sort.key === "tree";
  const baseDepth = Math.min(...units.items.map((u) => u.depth));
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={<LinkButton href="/admin/units/new">{t("new")}</LinkButton>}
      />
      <Card>
        <FilterForm
          path="/admin/units"
          label={tc("filter")}
          fields={[
            {
              kind: "select",
              name: "kind",
              label: t("kind"),
              value: query.kind,
              all: tc("all"),
              options: UNIT_KINDS.map((k) => ({ value: k, label: tk(k) })),
            },
            {
              kind: "select",
              name: "active",
              label: t("state"),
              value: query.active,
              all: tc("all"),
              options: [
                { value: "yes", label: tc("active") },
                { value: "no", label: tc("inactive") },
              ],
            },
          ]}
          keep={{ sort: query.sort, dir: query.dir, size: query.size }}
        />
        {units.total === 0 ? (
          <EmptyState>{tc("empty")}</EmptyState>
        ) : (
          <DataTable
            caption={t("title")}
            sort={units.sort}
            columns={[
              { id: "name", sortKey: "name", header: t("name"), className: "sm:min-w-72", phone: "title" },
              { id: "code", sortKey: "code", header: t("code"), className: "font-mono text-xs" },
              { id: "kind", sortKey: "kind", header: t("kind"), className: "whitespace-nowrap", phone: "status" },
              { id: "cadres", sortKey: "cadres", header: t("cadres"), align: "right", firstDir: "desc", phone: "figure" },
              { id: "edit", header: tc("actions"), srOnlyHeader: true },
            ]}
            rows={units.items.map((u) => ({
              id: u.id,
              testId: "unit-row",
              cells: {
                name: (
                  <span
                    style={tree ? { paddingLeft: `${(u.depth - baseDepth) * 1.25}rem` } : undefined}
                    className={`inline-flex flex-wrap items-center gap-2 ${u.active ? "" : "text-slate-500"}`}
                  >
                    <Link href={`/admin/units/${u.id}`} className="font-medium text-brand-700 underline">
                      {u.name}
                    </Link>
                    {u.isAssigningBody && <Badge tone="info">{t("assigningBody")}</Badge>}
                    {!u.active && <Badge>{tc("inactive")}</Badge>}
                  </span>
                ),
                code: u.code,
                kind: tk(u.kind),
                cadres: f.number(u.cadreCount),
                edit: (
                  <Link href={`/admin/units/${u.id}`} className="text-sm text-brand-700 hover:underline">
                    {tc("edit")}
                  </Link>
                ),
              },
            }))}
          />
        )}
        <Pagination page={units.page} pageCount={units.pageCount} total={units.total} size={units.size} />
      </Card>
    </>
  );
}
