import { getExportJob } from "@/lib/dal/read-models/export-jobs";
import { DomainError } from "@/lib/domain/errors";

/** A background export's state, for its page's progress bar; only its requester's, anyone else gets 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const job = await getExportJob(id);
    return Response.json(
      { status: job.status, progress: job.progress, fileName: job.fileName },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  } catch (e) {
    if (e instanceof DomainError) return new Response("Not found", { status: 404 });
    throw e;
  }
}
