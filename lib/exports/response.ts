import "server-only";
import { Readable } from "node:stream";
import { getCurrentUser } from "@/lib/auth/session";
import { RateLimitedError, requestAddress, spendOrRefuse } from "@/lib/auth/rate-limit";
import { DomainError, ForbiddenError } from "@/lib/domain/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { documentLabels } from "./labels";

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * A file to save, never to render inside the site; private to the one who asked for it. A file written as a
 * stream is sent as it is written.
 */
export function fileResponse(file: Uint8Array | Readable, fileName: string, type: string) {
  const body = file instanceof Readable ? (Readable.toWeb(file) as ReadableStream<Uint8Array>) : new Uint8Array(file);
  return new Response(body, {
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
    await limitExports();
    return await make();
  } catch (e) {
    if (e instanceof RateLimitedError) {
      const l = documentLabels(await currentLocale());
      const page = refusalPage(
        429,
        l.locale,
        l.t("errors.rateLimited", { minutes: e.params.minutes ?? 1 }),
        l.t("exports.backToDashboard"),
      );
      page.headers.set("Retry-After", String(e.retryAfter));
      return page;
    }
    if (e instanceof ForbiddenError) return new Response("Forbidden", { status: 403 });
    if (e instanceof DomainError) return new Response("Not found", { status: 404 });
    throw e;
  }
}

/** Every export costs a point of the per-address limit, before any work; a refusal is audited with the user. */
async function limitExports() {
  const user = await getCurrentUser();
  await spendOrRefuse("export", await requestAddress(), {
    action: "export.rateLimited",
    actorId: user?.id ?? null,
    actorRole: user?.active?.role ?? null,
  });
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * A download refused for a reason the user can act on, as a small page (a download link opens it in the
 * browser) with the reason and a way back to the dashboard.
 */
export function refusalPage(status: number, lang: string, message: string, back: string) {
  const html = `<!doctype html>
<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(message)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<p>${escapeHtml(message)}</p>
<p><a href="/dashboard">${escapeHtml(back)}</a></p>
</body></html>
`;
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
