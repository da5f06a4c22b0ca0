import { getExportJobFile } from "@/lib/dal/read-models/export-jobs";
import { DomainError } from "@/lib/domain/errors";
import { fileResponse } from "@/lib/exports/response";
import { FileNotFoundError } from "@/lib/files";
import { openStoredFile } from "@/lib/storage";

/** A finished background export, streamed from the shared file store; only to its requester. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const file = await getExportJobFile(id);
    return fileResponse(await openStoredFile(file.fileKey), file.fileName, file.mimeType);
  } catch (e) {
    if (e instanceof DomainError || e instanceof FileNotFoundError) return new Response("Not found", { status: 404 });
    throw e;
  }
}
