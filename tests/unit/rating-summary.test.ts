import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import type { RatingExport } from "@/lib/dal/read-models/exports";
import { ratingSummary } from "@/lib/exports/docx";
import { documentLabels } from "@/lib/exports/labels";

const row = (cadreName: string, decided: boolean): RatingExport["evaluations"][number] => ({
  cadreName,
  positionTitle: "Giám đốc",
  unitName: "Sở Tài chính",
  status: decided ? "DECIDED" : "PROPOSED",
  selfRating: "GOOD",
  aggregateScore: 80,
  proposedRating: "GOOD",
  finalRating: decided ? "GOOD" : null,
  overrideReason: null,
  decisionNumber: decided ? "305-QĐ/TU" : null,
  decisionDate: decided ? new Date("2027-01-20T03:00:00Z") : null,
  conditions: [],
});

const summary = (evaluations: RatingExport["evaluations"]): RatingExport => ({
  body: { name: "Tỉnh ủy Sơn Lâm", kind: "PARTY_COMMITTEE" },
  round: { id: "r", name: "Đăng ký việc đột phá, đổi mới năm 2026" },
  year: 2026,
  evaluations,
  ruleSets: [{ id: "QD366_2025", version: 1 }],
});

async function text(data: RatingExport) {
  const { value } = await mammoth.extractRawText({ buffer: await ratingSummary(data, documentLabels("vi")) });
  return value.split("\n").filter((l) => l.trim());
}

describe("the Word rating summary", () => {
  it("cites the decision only for the rows it decided while others are undecided", async () => {
    const lines = await text(summary([row("Nguyễn Văn An", true), row("Trần Thị Bình", false), row("Lê Văn Cường", false)]));
    expect(lines).toContain(
      "(Xếp loại 1/3 cán bộ theo Quyết định số 305-QĐ/TU ngày 20/01/2027 của Ban Thường vụ; 2 cán bộ chưa có quyết định)",
    );
    expect(lines.some((l) => l.startsWith("(Theo Quyết định số"))).toBe(false);
    // The decided row names its decision; each undecided row says it is not decided.
    // (mammoth runs a cell's lines together: the name and the position, the rating and its decision)
    const at = (name: string) => lines.findIndex((l) => l.startsWith(name));
    const decided = lines.slice(at("Nguyễn Văn An"), at("Trần Thị Bình"));
    expect(decided.some((c) => c.endsWith("QĐ số 305-QĐ/TU ngày 20/01/2027"))).toBe(true);
    for (const name of ["Trần Thị Bình", "Lê Văn Cường"]) {
      const cells = lines.slice(at(name), at(name) + 5);
      expect(cells).toContain("Chưa quyết định");
      expect(cells.some((c) => c.includes("305-QĐ/TU"))).toBe(false);
    }
  });

  it("cites the decision for the whole list when every row is decided, and none when no row is", async () => {
    const all = await text(summary([row("Nguyễn Văn An", true), row("Trần Thị Bình", true)]));
    expect(all).toContain("(Theo Quyết định số 305-QĐ/TU ngày 20/01/2027 của Ban Thường vụ)");
    const none = await text(summary([row("Nguyễn Văn An", false)]));
    expect(none.some((l) => l.includes("Quyết định số"))).toBe(false);
  });
});
