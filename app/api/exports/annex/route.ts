import { redirect } from "next/navigation";
import { requestAnnexJob } from "@/lib/dal/read-models/export-jobs";
import { getAnnexExport } from "@/lib/dal/read-models/exports";
import { assignmentAnnex } from "@/lib/exports/docx";
import { documentLabels } from "@/lib/exports/labels";
import { exportQuery } from "@/lib/exports/query";
import { DOCX, download, fileResponse } from "@/lib/exports/response";
import { enqueueJob } from "@/lib/jobs/queue";
import { BackgroundQuerySchema, readQuery } from "@/lib/validation/query";

/**
 * The assignment decision's annex as a Word document, in Vietnamese as the official document it is. A Word
 * document is built whole in memory: up to ANNEX_MAX_TASKS tasks it is built while the user waits; a larger
 * one is built in the background (docs/decisions/077) and the user is sent to its page, with a progress bar
 * and the download when it is ready; `?background=1` asks for that whatever the size. Asking again while it is
 * being built returns the same job.
 */
export async function GET(request: Request) {
  let jobId: string | null = null;
  const response = await download(async () => {
    const filter = exportQuery(request);
    const { background } = readQuery(BackgroundQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    const annex = await getAnnexExport(filter, background ? 0 : undefined);
    if (annex.tooLarge) {
      const { job, created } = await requestAnnexJob(filter);
      if (created) await enqueueJob("export", { jobId: job.id });
      jobId = job.id;
      return new Response(null, { status: 204 });
    }
    const bytes = await assignmentAnnex(annex.data, documentLabels("vi"));
    return fileResponse(bytes, `phu-luc-giao-nhiem-vu-${annex.data.round.startYear}.docx`, DOCX);
  });
  // Outside download()'s try: a redirect is thrown.
  if (jobId) redirect(`/exports/${jobId}`);
  return response;
}
