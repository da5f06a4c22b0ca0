import { getRatingExport } from "@/lib/dal/read-models/exports";
import { ratingSummary } from "@/lib/exports/docx";
import { documentLabels } from "@/lib/exports/labels";
import { DOCX, download, fileResponse } from "@/lib/exports/response";

/** The year-end rating summary of an evaluation cycle as a Word document, in Vietnamese. */
export async function GET(_request: Request, { params }: { params: Promise<{ cycleId: string }> }) {
  const { cycleId } = await params;
  return download(async () => {
    const data = await getRatingExport(cycleId);
    const bytes = await ratingSummary(data, documentLabels("vi"));
    return fileResponse(bytes, `tong-hop-xep-loai-${data.year}.docx`, DOCX);
  });
}
