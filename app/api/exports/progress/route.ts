import { getProgressExport } from "@/lib/dal/read-models/exports";
import { NotFoundError } from "@/lib/domain/errors";
import { documentLabels } from "@/lib/exports/labels";
import { exportQuery } from "@/lib/exports/query";
import { download, fileResponse, XLSX } from "@/lib/exports/response";
import { progressWorkbook } from "@/lib/exports/xlsx";
import { currentLocale } from "@/lib/i18n/current-locale";

/** One quarter's reports of a round as a spreadsheet: every target, the value reported and how far it has come. */
export async function GET(request: Request) {
  return download(async () => {
    const { quarter, ...filter } = exportQuery(request);
    if (!quarter) throw new NotFoundError();
    const data = await getProgressExport({ ...filter, quarter });
    const file = progressWorkbook(data, documentLabels(await currentLocale()));
    return fileResponse(file, `tien-do-${quarter.year}-Q${quarter.quarter}.xlsx`, XLSX);
  });
}
