import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/table";
import { listPublicRounds } from "@/lib/dal/read-models/publication";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transparency"))("title") };
}

/** Every round a standing committee has published. */
export default async function TransparencyPage() {
  const [rounds, t] = await Promise.all([listPublicRounds(), getTranslations("transparency")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <Card>
        {rounds.length === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {rounds.map((r) => (
              <li key={r.id} className="py-3" data-testid="public-round">
                <Link href={`/transparency/${r.id}`} className="font-medium text-brand-700 underline">
                  {r.name}
                </Link>
                <div className="text-sm text-slate-600">{r.bodyName}</div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
