import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { listUnits } from "@/lib/dal/admin/units";
import { getFormatters } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.units"))("title") };
}

export default async function UnitsPage() {
  await requirePagePermission("admin:units");
  const [units, t, tk, tc, f] = await Promise.all([
    listUnits(),
    getTranslations("admin.units"),
    getTranslations("unitKinds"),
    getTranslations("common"),
    getFormatters(),
  ]);
  const baseDepth = Math.min(...units.map((u) => u.depth));
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={<LinkButton href="/admin/units/new">{t("new")}</LinkButton>}
      />
      <Card>
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("code")}</Th>
              <Th>{t("kind")}</Th>
              <Th className="text-right">{t("cadres")}</Th>
              <Th />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {units.map((u) => (
              <tr key={u.id} data-testid="unit-row" className={u.active ? "" : "text-slate-400"}>
                <Td label={t("name")} className="sm:min-w-72">
                  <span
                    style={{ paddingLeft: `${(u.depth - baseDepth) * 1.25}rem` }}
                    className="inline-flex flex-wrap items-center gap-2"
                  >
                    <Link
                      href={`/admin/units/${u.id}`}
                      className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                    >
                      {u.name}
                    </Link>
                    {u.isAssigningBody && <Badge tone="info">{t("assigningBody")}</Badge>}
                    {!u.active && <Badge>{tc("inactive")}</Badge>}
                  </span>
                </Td>
                <Td label={t("code")} className="font-mono text-xs">
                  {u.code}
                </Td>
                <Td label={t("kind")} className="whitespace-nowrap">
                  {tk(u.kind)}
                </Td>
                <Td label={t("cadres")} className="text-right tabular-nums">
                  {f.number(u.cadreCount)}
                </Td>
                <Td>
                  <Link href={`/admin/units/${u.id}`} className="text-sm text-brand-700 hover:underline">
                    {tc("edit")}
                  </Link>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </>
  );
}
