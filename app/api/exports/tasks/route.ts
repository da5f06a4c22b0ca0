import { getTaskExport } from "@/lib/dal/read-models/exports";
import { documentLabels } from "@/lib/exports/labels";
import { download, fileResponse, XLSX } from "@/lib/exports/response";
import { taskListWorkbook } from "@/lib/exports/xlsx";
import { currentLocale } from "@/lib/i18n/current-locale";
import { exportQuery } from "@/lib/exports/query";

/** The compiled task list of a round (narrowed to a unit and field) as a spreadsheet, in the user's language. */
export async function GET(request: Request) {
  return download(async () => {
    const filter = exportQuery(request);
    const data = await getTaskExport(filter);
    const file = taskListWorkbook(data, documentLabels(await currentLocale()));
    return fileResponse(file, `danh-sach-nhiem-vu-${data.round.startYear}.xlsx`, XLSX);
  });
}
