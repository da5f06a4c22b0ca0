import { getAnnexExport } from "@/lib/dal/read-models/exports";
import { assignmentAnnex } from "@/lib/exports/docx";
import { documentLabels } from "@/lib/exports/labels";
import { exportQuery } from "@/lib/exports/query";
import { DOCX, download, fileResponse, refusalPage } from "@/lib/exports/response";
import { currentLocale } from "@/lib/i18n/current-locale";

/**
 * The assignment decision's annex as a Word document, in Vietnamese as the official document it is. A Word
 * document is built whole in memory, so one of more tasks than the limit is refused (413) with a page, in the
 * user's language, asking them to narrow it by unit.
 */
export async function GET(request: Request) {
  return download(async () => {
    const annex = await getAnnexExport(exportQuery(request));
    if (annex.tooLarge) {
      const l = documentLabels(await currentLocale());
      const message = l.t("exports.annexTooLarge", { count: l.number(annex.count), limit: l.number(annex.limit) });
      return refusalPage(413, l.locale, message, l.t("exports.backToDashboard"));
    }
    const bytes = await assignmentAnnex(annex.data, documentLabels("vi"));
    return fileResponse(bytes, `phu-luc-giao-nhiem-vu-${annex.data.round.startYear}.docx`, DOCX);
  });
}
