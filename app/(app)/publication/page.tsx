import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
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
          <DataTable
            caption={t("title")}
            columns={[
              { id: "round", header: t("round") },
              { id: "state", header: t("state") },
              { id: "change", header: t("change"), srOnlyHeader: true, className: "whitespace-nowrap text-right" },
            ]}
            rows={rounds.map((r) => ({
              id: r.id,
              testId: "publication-round",
              cells: {
                round: <span data-round={r.id}>{r.name}</span>,
                state: (
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={r.isPublic ? "success" : "neutral"}>{t(r.isPublic ? "public" : "private")}</Badge>
                    {r.isPublic && (
                      <Link href={`/transparency/${r.id}`} className="text-sm text-brand-700 underline">
                        {t("view")}
                      </Link>
                    )}
                  </div>
                ),
                change: <PublishForm roundId={r.id} isPublic={r.isPublic} version={r.version} />,
              },
            }))}
          />
        )}
      </Card>
    </>
  );
}
