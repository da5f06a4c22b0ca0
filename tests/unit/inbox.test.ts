import { describe, expect, it } from "vitest";
import { sortInbox } from "@/lib/domain/inbox";

const at = (day: number) => new Date(Date.UTC(2026, 10, day));
const line = (name: string, due: Date | null, overdue: boolean) => ({ name, due, overdue });

describe("the inbox's order", () => {
  it("puts the overdue first, longest overdue first, then the soonest due, then the undated in their given order", () => {
    const sorted = sortInbox([
      line("undated A", null, false),
      line("due on the 30th", at(30), false),
      line("overdue since the 20th", at(20), true),
      line("undated B", null, false),
      line("due on the 28th", at(28), false),
      line("overdue since the 10th", at(10), true),
    ]);
    expect(sorted.map((l) => l.name)).toEqual([
      "overdue since the 10th",
      "overdue since the 20th",
      "due on the 28th",
      "due on the 30th",
      "undated A",
      "undated B",
    ]);
  });

  it("keeps lines of the same urgency in their given order", () => {
    const sorted = sortInbox([line("first", at(5), true), line("second", at(5), true)]);
    expect(sorted.map((l) => l.name)).toEqual(["first", "second"]);
  });
});
