import { getTranslations } from "next-intl/server";
import { unstable_rethrow } from "next/navigation";
import { stageEvidenceUpload } from "@/lib/actions/evidence";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { id } from "@/lib/validation/common";

/**
 * Stages one evidence file before the quarterly report is saved or the explanation answered (decisions 073,
 * 091): the report form and the answer form send each chosen file here on its own (XMLHttpRequest, so the
 * cadre sees its progress) and keep the returned id; the save or the answer links the ids. A file is checked exactly as on a save (type from its content, size,
 * upload rate) and staged only on the caller's own task (assigned, or with a request for explanation waiting for its answer). Same-origin only: the session cookie alone
 * never stages a file from another site's page.
 */
export async function POST(request: Request) {
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) return new Response("Forbidden", { status: 403 });
  const t = await getTranslations("errors");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return Response.json({ error: t("badInput") }, { status: 400 });
  }
  const taskId = id.safeParse(form.get("taskId"));
  const file = form.get("file");
  if (!taskId.success || !(file instanceof File) || file.size === 0)
    return Response.json({ error: t("badInput") }, { status: 400 });
  try {
    return Response.json(await stageEvidenceUpload(taskId.data, file));
  } catch (e) {
    unstable_rethrow(e);
    if (e instanceof NotFoundError) return Response.json({ error: t("notFound") }, { status: 404 });
    if (e instanceof ForbiddenError) return Response.json({ error: t(e.code) }, { status: 403 });
    // A file refused for what it is (type, size, count, upload rate): the form shows the message at the file.
    if (e instanceof DomainError)
      return Response.json({ error: t.has(e.code) ? t(e.code, e.params) : t("unexpected") }, { status: 422 });
    throw e;
  }
}
