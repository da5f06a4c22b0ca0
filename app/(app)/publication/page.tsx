import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { listPublishableRounds } from "@/lib/dal/read-models/publication";
import { PublishForm } from "./publish-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("publication"))("title") };
}

/** The standing committee chooses which of its rounds appear on the public transparency page. */
export default async function PublicationPage() {
  await requirePagePermission("round:publish");
  const [rounds, t] = await Promise.all([listPublishableRounds(), getTranslations("publication")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <Card>
        {rounds.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <Table caption={t("title")}>
            <thead>
              <tr>
                <Th>{t("round")}</Th>
                <Th>{t("state")}</Th>
                <Th>
                  <span className="sr-only">{t("change")}</span>
                </Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rounds.map((r) => (
                <tr key={r.id} data-testid="publication-round" data-round={r.id}>
                  <Td label={t("round")}>{r.name}</Td>
                  <Td label={t("state")}>
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone={r.isPublic ? "success" : "neutral"}>{t(r.isPublic ? "public" : "private")}</Badge>
                      {r.isPublic && (
                        <Link href={`/transparency/${r.id}`} className="text-sm text-brand-700 underline">
                          {t("view")}
                        </Link>
                      )}
                    </div>
                  </Td>
                  <Td label={t("change")} className="sm:text-right">
                    <PublishForm roundId={r.id} isPublic={r.isPublic} version={r.version} />
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
