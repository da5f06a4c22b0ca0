import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { getExportJob } from "@/lib/dal/read-models/export-jobs";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { ExportProgress } from "./_components/export-progress";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exportJob"))("title") };
}

/** A large export being built in the background: its progress, then its download. Only its requester's. */
export default async function ExportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [job, t, f] = await Promise.all([orNotFound(getExportJob(id)), getTranslations("exportJob"), getFormatters()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <Card title={t(`kinds.${job.kind === "annex" ? "annex" : "other"}`)}>
        <p className="mb-3 text-sm text-slate-600">{t("requestedAt", { time: f.dateTime(job.createdAt) })}</p>
        <ExportProgress id={job.id} initial={{ status: job.status, progress: job.progress, fileName: job.fileName }} />
      </Card>
    </>
  );
}
