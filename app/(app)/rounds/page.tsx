import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { listRounds } from "@/lib/dal/registrations/rounds";
import { getFormatters } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rounds"))("title") };
}

export default async function RoundsPage() {
  await requirePagePermission("round:manage");
  const [rounds, t, f] = await Promise.all([listRounds(), getTranslations("rounds"), getFormatters()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} actions={<LinkButton href="/rounds/new">{t("new")}</LinkButton>} />
      <Card>
        {rounds.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <Table caption={t("title")}>
            <thead>
              <tr>
                <Th>{t("name")}</Th>
                <Th>{t("assigningBody")}</Th>
                <Th>{t("deadline")}</Th>
                <Th className="text-right">{t("registrations")}</Th>
                <Th>{t("status")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rounds.map((r) => (
                <tr key={r.id} data-testid="round-row">
                  <Td label={t("name")} className="sm:min-w-64">
                    <Link href={`/rounds/${r.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                      {r.name}
                    </Link>
                  </Td>
                  <Td label={t("assigningBody")}>{r.assigningBodyName}</Td>
                  <Td label={t("deadline")}>{f.date(r.registrationDeadline)}</Td>
                  <Td label={t("registrations")} className="text-right tabular-nums">
                    {f.number(r.registrations)}
                  </Td>
                  <Td label={t("status")}>
                    <StatusBadge entity="round" status={r.status} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
