import { describe, expect, it } from "vitest";
import { filterUnitTree, foldAccents, treeOrder } from "@/components/forms/unit-picker";
import { pageWindow } from "@/components/ui/pagination";

const units = [
  { id: "xa", name: "Đảng ủy xã Tân Hòa", parentId: "tinh" },
  { id: "ubnd", name: "UBND xã Tân Hòa", parentId: "xa" },
  { id: "tinh", name: "Tỉnh ủy Sơn Lâm", parentId: null },
  { id: "so-nn", name: "Sở Nông nghiệp và Môi trường", parentId: "tinh" },
  { id: "ca", name: "Công an tỉnh", parentId: "tinh" },
];

describe("the unit picker's tree", () => {
  it("orders units as their tree, parents first and siblings by name, with their level", () => {
    expect(treeOrder(units).map((u) => [u.id, u.level])).toEqual([
      ["tinh", 1],
      ["ca", 2],
      ["xa", 2],
      ["ubnd", 3],
      ["so-nn", 2],
    ]);
  });

  it("treats a unit whose parent is out of the list as a root", () => {
    expect(
      treeOrder(units.filter((u) => u.id !== "tinh"))
        .filter((u) => u.level === 1)
        .map((u) => u.id),
    ).toEqual(["ca", "xa", "so-nn"]);
  });

  it("matches typed text without accents, case or Unicode form, đ as d", () => {
    expect(foldAccents("Đảng ủy Xã")).toBe("dang uy xa");
    expect(foldAccents("Hoàng".normalize("NFD"))).toBe(foldAccents("hoang"));
    const tree = treeOrder(units);
    expect(filterUnitTree(tree, "so nong nghiep").map((x) => [x.unit.id, x.match])).toEqual([
      ["tinh", false],
      ["so-nn", true],
    ]);
    expect(filterUnitTree(tree, "ubnd tan hoa").map((x) => [x.unit.id, x.match])).toEqual([
      ["tinh", false],
      ["xa", false],
      ["ubnd", true],
    ]);
    expect(filterUnitTree(tree, "dang uy").map((x) => x.unit.id)).toEqual(["tinh", "xa"]);
    expect(filterUnitTree(tree, "zzz")).toEqual([]);
    expect(filterUnitTree(tree, "  ")).toHaveLength(units.length);
  });
});

describe("page numbers", () => {
  it("offers the first, the last and two either side of the current page, with gaps", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, null, 5]);
    expect(pageWindow(6, 10)).toEqual([1, null, 4, 5, 6, 7, 8, null, 10]);
    expect(pageWindow(10, 10)).toEqual([1, null, 8, 9, 10]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});
