import { describe, expect, it } from "vitest";
import { highlightParts, isSearchable, searchWords } from "@/lib/domain/search-text";

const marked = (text: string, words: string[]) =>
  highlightParts(text, words)
    .filter((p) => p.match)
    .map((p) => p.text);

describe("search words", () => {
  it("are the runs of letters and digits of the folded query, each once", () => {
    expect(searchWords("nong  nghiep, nong")).toEqual(["nong", "nghiep"]);
    expect(searchWords("2025-tu-001")).toEqual(["2025", "tu", "001"]);
    expect(searchWords("%_\\ | ")).toEqual([]);
  });

  it("need two letters or digits in all before a search runs", () => {
    expect(isSearchable(["d"])).toBe(false);
    expect(isSearchable(["d", "a"])).toBe(true);
    expect(isSearchable([])).toBe(false);
  });
});

describe("highlighting", () => {
  it("marks the accented words that the unaccented query matched", () => {
    expect(marked("Nguyễn Văn Hoàng", ["hoang"])).toEqual(["Hoàng"]);
    expect(marked("Sở Nông nghiệp và Môi trường", ["nong", "nghiep"])).toEqual(["Nông", "nghiệp"]);
    expect(marked("Đỗ Đình Đức", ["do", "duc"])).toEqual(["Đỗ", "Đức"]);
  });

  it("shows a decomposed text composed, and marks it the same", () => {
    const parts = highlightParts("Hoa\u0300ng Minh", ["hoang"]);
    expect(parts).toEqual([
      { text: "Hoàng", match: true },
      { text: " Minh", match: false },
    ]);
  });

  it("keeps every character of the text, markup included, as plain text parts", () => {
    const text = '<img src=x onerror="alert(1)"> Hoàng';
    const parts = highlightParts(text, ["hoang", "img"]);
    expect(parts.map((p) => p.text).join("")).toBe(text);
    expect(marked(text, ["hoang", "img"])).toEqual(["img", "Hoàng"]);
  });

  it("marks nothing when no word is found", () => {
    expect(highlightParts("Trần Văn Nam", ["hoang"])).toEqual([{ text: "Trần Văn Nam", match: false }]);
    expect(highlightParts("", ["hoang"])).toEqual([]);
  });
});
