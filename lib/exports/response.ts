import "server-only";
import { DomainError, ForbiddenError } from "@/lib/domain/errors";

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A file to save, never to render inside the site; private to the one who asked for it. */
export function fileResponse(bytes: Uint8Array, fileName: string, type: string) {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

/**
 * Runs a download: a role without the permission gets 403, a record out of scope or missing 404 (they read
 * the same, so nothing leaks, and so does a malformed query). Redirects (sign-in) pass through.
 */
export async function download(make: () => Promise<Response>): Promise<Response> {
  try {
    return await make();
  } catch (e) {
    if (e instanceof ForbiddenError) return new Response("Forbidden", { status: 403 });
    if (e instanceof DomainError) return new Response("Not found", { status: 404 });
    throw e;
  }
}
