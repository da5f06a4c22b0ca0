import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button, LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable, EmptyState, KeepTableParams } from "@/components/ui/data-table";
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
  const select = "rounded-md border border-slate-300 bg-white px-2 py-2 text-base sm:text-sm";
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={<LinkButton href="/admin/units/new">{t("new")}</LinkButton>}
      />
      <Card>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-2" aria-label={tc("filter")}>
          <label className="text-sm">
            <span className="block text-xs font-medium text-slate-600">{t("kind")}</span>
            <select name="kind" defaultValue={query.kind ?? ""} className={select}>
              <option value="">{tc("all")}</option>
              {UNIT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {tk(k)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block text-xs font-medium text-slate-600">{t("state")}</span>
            <select name="active" defaultValue={query.active ?? ""} className={select}>
              <option value="">{tc("all")}</option>
              <option value="yes">{tc("active")}</option>
              <option value="no">{tc("inactive")}</option>
            </select>
          </label>
          <KeepTableParams sort={query.sort} dir={query.dir} size={query.size} />
          <Button type="submit" variant="secondary">
            {tc("filter")}
          </Button>
        </form>
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
