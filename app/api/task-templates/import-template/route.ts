import { decisionImportTemplate } from "@/lib/dal/decisions/decision-import";
import { download, fileResponse, XLSX } from "@/lib/exports/response";
import { BulkAssignQuerySchema, readQuery } from "@/lib/validation/query";

/**
 * The .xlsx to fill with a decision's task list for one task template (`?template=`): a row per cadre, a
 * baseline and a target column per target of the template. Committees that assign only.
 */
export async function GET(request: Request) {
  return download(async () => {
    const { template } = readQuery(BulkAssignQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    // The permission is checked before the template is looked for: a wrong role is refused, whatever it asks.
    const { bytes } = await decisionImportTemplate(template ?? "");
    return fileResponse(bytes, "mau-danh-sach-giao-nhiem-vu.xlsx", XLSX);
  });
}
