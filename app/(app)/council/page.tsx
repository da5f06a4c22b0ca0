import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { getCouncilHome } from "@/lib/dal/read-models/home";
import { Inbox } from "@/components/inbox";
import { getMyInbox } from "@/lib/dal/read-models/inbox";
import { getFormatters } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home.council"))("title") };
}

export default async function CouncilHomePage() {
  await requirePagePermission("evaluation:score");
  const [home, inbox, t, f] = await Promise.all([
    getCouncilHome(),
    getMyInbox(),
    getTranslations("home.council"),
    getFormatters(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <Inbox items={inbox} />
      <Card>
        {home.evaluations.length === 0 ? (
          <EmptyState>{t("nothing")}</EmptyState>
        ) : (
          <Table caption={t("title")}>
            <thead>
              <tr>
                <Th>{t("cadre")}</Th>
                <Th>{t("round")}</Th>
                <Th className="text-right">{t("tasks")}</Th>
                <Th>{t("mine")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {home.evaluations.map((e) => (
                <tr key={e.id} data-testid="evaluation-to-score">
                  <Td label={t("cadre")}>
                    <Link href={`/evaluations/${e.id}`} className="font-medium text-brand-700 underline">
                      {e.cadreName}
                    </Link>
                    <div className="text-xs text-slate-600">{e.positionTitle}</div>
                  </Td>
                  <Td label={t("round")} className="whitespace-nowrap">
                    {e.roundName} ({e.year})
                  </Td>
                  <Td label={t("tasks")} className="text-right tabular-nums">
                    {f.number(e.taskCount)}
                  </Td>
                  <Td label={t("mine")}>
                    {e.submittedByMe ? (
                      <Badge tone="success">{t("submitted")}</Badge>
                    ) : (
                      <Badge tone="warning">{t("pending")}</Badge>
                    )}
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
