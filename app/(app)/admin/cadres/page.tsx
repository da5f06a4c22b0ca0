import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { listCadres } from "@/lib/dal/admin/cadres";
import { listUnitOptions } from "@/lib/dal/admin/units";
import { ListQuerySchema } from "@/lib/validation/common";
import { SearchForm } from "@/components/search-form";
import { unitOptionLabel } from "../_components/unit-option-label";
import { readQuery } from "@/lib/validation/query";

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
        <SearchForm q={query.q} placeholder={t("searchPlaceholder")}>
          <label>
            <span className="sr-only">{t("unit")}</span>
            <select
              name="unitId"
              defaultValue={query.unitId ?? ""}
              className="max-w-72 rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
            >
              <option value="">{`${t("unit")}: ${tc("all")}`}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {unitOptionLabel(u)}
                </option>
              ))}
            </select>
          </label>
        </SearchForm>
        {cadres.total === 0 ? (
          <EmptyState>{tc("empty")}</EmptyState>
        ) : (
          <Table caption={t("title")}>
            <thead>
              <tr>
                <Th>{t("fullName")}</Th>
                <Th>{t("unit")}</Th>
                <Th>{t("group")}</Th>
                <Th>{t("managedBy")}</Th>
                <Th>{t("account")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {cadres.items.map((c) => (
                <tr key={c.id} data-testid="cadre-row" className={c.active ? "" : "text-slate-400"}>
                  <Td label={t("fullName")} className="sm:min-w-56">
                    <Link
                      href={`/admin/cadres/${c.id}`}
                      className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                    >
                      {c.fullName}
                    </Link>
                    {!c.active && (
                      <span className="ml-2">
                        <Badge>{tc("inactive")}</Badge>
                      </span>
                    )}
                    <div className="text-xs text-slate-600">{c.positionTitle}</div>
                  </Td>
                  <Td label={t("unit")}>{c.unitName}</Td>
                  <Td label={t("group")}>{tg(c.group)}</Td>
                  <Td label={t("managedBy")}>{c.managedByName}</Td>
                  <Td label={t("account")} className="font-mono text-xs">
                    {c.username ?? <span className="font-sans text-slate-500">{t("noAccount")}</span>}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination
          page={cadres.page}
          pageCount={cadres.pageCount}
          total={cadres.total}
          basePath="/admin/cadres"
          params={{ q: query.q, unitId: query.unitId }}
        />
      </Card>
    </>
  );
}
