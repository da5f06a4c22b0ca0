import { describe, expect, it } from "vitest";
import { barPercents } from "@/components/bar-chart";

describe("bar lengths", () => {
  it("the longest bar fills its row and the others are in proportion", () => {
    expect(barPercents([10, 5, 2.5, 0])).toEqual([100, 50, 25, 0]);
    expect(barPercents([3, 1])).toEqual([100, 33.3]);
  });

  it("a chart of zeros or of nothing draws no bars instead of dividing by zero", () => {
    expect(barPercents([0, 0])).toEqual([0, 0]);
    expect(barPercents([])).toEqual([]);
  });

  it("a negative or non-finite value draws no bar and does not stretch the others", () => {
    expect(barPercents([-4, 2, Number.NaN, 1])).toEqual([0, 100, 0, 50]);
  });
});
