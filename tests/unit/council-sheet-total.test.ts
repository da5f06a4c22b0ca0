import { describe, expect, it } from "vitest";
import { councilSheetTotal, DEFAULT_CRITERIA } from "@/lib/domain/evaluation";

const criteria = DEFAULT_CRITERIA.map((c, i) => ({ id: `c${i}`, weight: c.weight }));

describe("the council sheet's live total", () => {
  it("is the mean over the tasks of each task's weighted score", () => {
    // (100·40 + 50·30 + 50·20 + 0·10) / 100 = 65 and (90·40 + 50·30 + 50·20 + 0·10) / 100 = 61.
    expect(councilSheetTotal(criteria, [[100, 50, 50, 0]])).toBe(65);
    expect(
      councilSheetTotal(criteria, [
        [100, 50, 50, 0],
        [90, 50, 50, 0],
      ]),
    ).toBe(63);
  });

  it("is not given while any score is blank or there is nothing to score", () => {
    expect(councilSheetTotal(criteria, [[100, 50, null, 0]])).toBeNull();
    expect(
      councilSheetTotal(criteria, [
        [100, 50, 50, 0],
        [null, null, null, null],
      ]),
    ).toBeNull();
    expect(councilSheetTotal(criteria, [])).toBeNull();
  });
});
