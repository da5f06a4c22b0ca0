import { getTaskExport } from "@/lib/dal/exports";
import { assignmentAnnex } from "@/lib/exports/docx";
import { documentLabels } from "@/lib/exports/labels";
import { exportQuery } from "@/lib/exports/query";
import { DOCX, download, fileResponse } from "@/lib/exports/response";

/** The assignment decision's annex as a Word document, in Vietnamese as the official document it is. */
export async function GET(request: Request) {
  return download(async () => {
    const data = await getTaskExport(exportQuery(request));
    const bytes = await assignmentAnnex(data, documentLabels("vi"));
    return fileResponse(bytes, `phu-luc-giao-nhiem-vu-${data.round.startYear}.docx`, DOCX);
  });
}
