import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { treeOrder } from "@/components/forms/unit-picker";
import { fromUnitList, toUnitList, type UnitNode } from "@/lib/units/unit-list";

/** Units with unique ids, each parent either an earlier unit of the list, none, or a unit outside it. */
const unitLists = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 40 })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      fc.array(fc.string({ maxLength: 30 }), { minLength: ids.length, maxLength: ids.length }),
      fc.array(fc.oneof(fc.constant(-1), fc.constant(-2), fc.nat({ max: 39 })), { minLength: ids.length, maxLength: ids.length }),
    ),
  )
  .map(([ids, names, parents]): UnitNode[] =>
    ids.map((id, i) => ({
      id,
      name: names[i]!,
      parentId: parents[i] === -1 ? null : parents[i] === -2 ? `outside:${id}` : (ids[parents[i]! % Math.max(1, i)] ?? null),
    })),
  );

describe("the unit list sent to the picker", () => {
  it("gives back every unit, with its parent when the parent is in the list and none otherwise", () => {
    fc.assert(
      fc.property(unitLists, (units) => {
        const inList = new Set(units.map((u) => u.id));
        expect(fromUnitList(toUnitList(units))).toEqual(
          units.map((u) => ({ ...u, parentId: u.parentId !== null && inList.has(u.parentId) ? u.parentId : null })),
        );
        // The picker's tree is the same either way: a parent outside the list makes a root.
        expect(treeOrder(fromUnitList(toUnitList(units)))).toEqual(
          treeOrder(units).map((u) => ({ ...u, parentId: u.parentId !== null && inList.has(u.parentId) ? u.parentId : null })),
        );
      }),
    );
  });

  it("is smaller than the objects it replaces", () => {
    const units = Array.from({ length: 73 }, (_, i) => ({
      id: `unit-${i}`,
      name: `Đơn vị số ${i}`,
      parentId: i === 0 ? null : "unit-0",
    }));
    expect(JSON.stringify(toUnitList(units)).length).toBeLessThan(JSON.stringify(units).length * 0.75);
  });
});
