import { getAttachmentForDownload } from "@/lib/dal/reports/report";
import { DomainError } from "@/lib/domain/errors";
import { fileResponse } from "@/lib/exports/response";
import { FileNotFoundError } from "@/lib/files";
import { openStoredFile } from "@/lib/storage";

/**
 * Downloads an evidence file, only for someone who may see its task; anyone else gets 404. Always as an
 * attachment with its detected type and nosniff, so a file is never rendered inside the site. Streamed from
 * the shared store.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const file = await getAttachmentForDownload(id);
    return fileResponse(await openStoredFile(file.storageKey), file.fileName, file.mimeType);
  } catch (e) {
    if (e instanceof DomainError || e instanceof FileNotFoundError) return new Response("Not found", { status: 404 });
    throw e;
  }
}
