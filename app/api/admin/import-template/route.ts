import { adminImportTemplate } from "@/lib/dal/admin/import";
import { download, fileResponse, XLSX } from "@/lib/exports/response";

/** The import template (units, cadres, accounts) with its instructions sheet; administrators only. */
export async function GET() {
  return download(async () => fileResponse(await adminImportTemplate(), "mau-nhap-don-vi-can-bo-tai-khoan.xlsx", XLSX));
}
