import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { failExportJob, finishExportJob, setExportJobProgress, startAnnexJob } from "@/lib/dal/read-models/export-jobs";
import { assignmentAnnex } from "@/lib/exports/docx";
import { documentLabels } from "@/lib/exports/labels";
import { DOCX } from "@/lib/exports/response";
import { configuredFileStore } from "@/lib/files";

/**
 * The background export job (docs/decisions/077): reads the annex as its requester (progress 5 → 40 %),
 * builds the Word document (→ 80 %), stores it in the shared file store (→ 100 %), so that whichever
 * instance the user's next request reaches can send it. Running it again for a finished job does nothing;
 * one interrupted (its instance killed) is built again from the start.
 */
export async function runExportJob(db: Db, jobId: string): Promise<{ status: "done" | "skipped" | "failed"; tasks?: number }> {
  const started = await startAnnexJob(db, jobId);
  if (!started) return { status: "skipped" };
  try {
    const bytes = await assignmentAnnex(started.data, documentLabels("vi"));
    await setExportJobProgress(db, jobId, 80);
    const fileKey = `export-${randomUUID()}`;
    await configuredFileStore(db).put(fileKey, bytes);
    await finishExportJob(db, jobId, {
      fileKey,
      fileName: `phu-luc-giao-nhiem-vu-${started.data.round.startYear}.docx`,
      mimeType: DOCX,
    });
    return { status: "done", tasks: started.data.tasks.length };
  } catch (error) {
    await failExportJob(db, jobId, error instanceof Error ? error.message : String(error));
    return { status: "failed" };
  }
}
