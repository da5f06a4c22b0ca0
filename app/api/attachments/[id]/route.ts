import { getAttachmentForDownload } from "@/lib/dal/reports";
import { DomainError } from "@/lib/domain/errors";
import { readStoredFile } from "@/lib/storage";

/**
 * Downloads an evidence file, only for someone who may see its task; anyone else gets 404. Always as an
 * attachment with its detected type and nosniff, so a file is never rendered inside the site.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const file = await getAttachmentForDownload(id);
    const bytes = await readStoredFile(file.storageKey);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof DomainError) return new Response("Not found", { status: 404 });
    throw e;
  }
}
