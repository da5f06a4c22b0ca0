import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, RATINGS, type Rating } from "@/lib/domain/evaluation";
import {
  countFacts,
  explainingLevels,
  proposeRating,
  readStoredProposal,
  type FactCounts,
  type RatingFacts,
  type TaskFact,
} from "@/lib/domain/rating-rules";

const onTime: TaskFact = { completed: true, onTime: true, exceeding: false };
const exceeding: TaskFact = { completed: true, onTime: true, exceeding: true };
const late: TaskFact = { completed: true, onTime: false, exceeding: false };
const unfinished: TaskFact = { completed: false, onTime: false, exceeding: false };

const facts = (own: TaskFact[], unit: TaskFact[] | null = null): RatingFacts => ({
  own: countFacts(own),
  unit: unit ? countFacts(unit) : null,
});
const qd366 = (score: number | null, f: RatingFacts) =>
  proposeRating({ ruleSet: "QD366_2025", score, facts: f, thresholds: DEFAULT_THRESHOLDS });
const rating = (score: number | null, f: RatingFacts) => qd366(score, f).rating;

/** n tasks on time of which `x` exceed their targets. */
const tasks = (n: number, x: number): TaskFact[] => Array.from({ length: n }, (_, i) => (i < x ? exceeding : onTime));

describe("Quy định 366-QĐ/TW: the score bands", () => {
  const perfect = facts(tasks(10, 3));
  it("exactly 90 with every condition met is excellent; 89.99 is good", () => {
    expect(rating(90, perfect)).toBe("EXCELLENT");
    expect(rating(89.99, perfect)).toBe("GOOD");
  });
  it("exactly 70 is good; 69.99 is completed", () => {
    expect(rating(70, perfect)).toBe("GOOD");
    expect(rating(69.99, perfect)).toBe("COMPLETED");
  });
  it("exactly 50 is completed; 49.99 is not completed", () => {
    expect(rating(50, perfect)).toBe("COMPLETED");
    expect(rating(49.99, perfect)).toBe("NOT_COMPLETED");
  });
  it("100 and 0 are the ends of the scale", () => {
    expect(rating(100, perfect)).toBe("EXCELLENT");
    expect(rating(0, perfect)).toBe("NOT_COMPLETED");
  });
  it("without a score there is no proposal yet, and no score condition is met", () => {
    const p = qd366(null, perfect);
    expect(p.rating).toBeNull();
    expect(p.levels.every((l) => !l.met)).toBe(true);
  });
});

describe("Quy định 366-QĐ/TW: the conditions on the tasks", () => {
  it("exactly 30 % of the tasks exceeding is enough for excellent; one fewer is not", () => {
    expect(rating(95, facts(tasks(10, 3)))).toBe("EXCELLENT");
    expect(rating(95, facts(tasks(10, 2)))).toBe("GOOD");
    // 1 of 3 is 33 %: enough; 1 of 4 is 25 %: not.
    expect(rating(95, facts(tasks(3, 1)))).toBe("EXCELLENT");
    expect(rating(95, facts(tasks(4, 1)))).toBe("GOOD");
  });

  it("a 95-point cadre with one of five tasks late (20 %) is held at completed", () => {
    const p = qd366(95, facts([exceeding, exceeding, onTime, onTime, late]));
    expect(p.rating).toBe("COMPLETED");
    const good = p.levels.find((l) => l.rating === "GOOD")!;
    expect(good.conditions.find((c) => c.key === "allCompletedOnTime")).toEqual({
      key: "allCompletedOnTime",
      met: false,
      value: 4,
      of: 5,
    });
    expect(p.levels.find((l) => l.rating === "COMPLETED")!.conditions.find((c) => c.key === "lateAtMost")).toMatchObject({
      met: true,
      value: 1,
      of: 5,
      percent: 20,
    });
  });

  it("exactly 20 % late is completed; more than 20 % is not completed", () => {
    expect(rating(60, facts([late, onTime, onTime, onTime, onTime]))).toBe("COMPLETED");
    expect(rating(60, facts([late, late, onTime, onTime, onTime]))).toBe("NOT_COMPLETED");
    expect(rating(60, facts([late, onTime, onTime, onTime]))).toBe("NOT_COMPLETED"); // 25 %
  });

  it("a task not completed keeps any score at not completed", () => {
    expect(rating(99, facts([exceeding, exceeding, unfinished]))).toBe("NOT_COMPLETED");
  });

  it("a cancelled task is not counted at all", () => {
    const f = facts([exceeding, onTime, onTime, { ...unfinished, cancelled: true }]);
    expect(f.own).toEqual({ total: 3, completed: 3, onTime: 3, exceeding: 1, late: 0 });
    expect(rating(92, f)).toBe("EXCELLENT");
  });

  it("a carried-over task counts, as not completed, even if its figures were reached", () => {
    const f = facts([exceeding, onTime, { ...exceeding, carriedOver: true }]);
    expect(f.own).toEqual({ total: 3, completed: 2, onTime: 2, exceeding: 1, late: 0 });
    expect(rating(92, f)).toBe("NOT_COMPLETED");
  });

  it("a task with nothing due in the period is not counted in it", () => {
    const f = facts([exceeding, onTime, onTime, { ...unfinished, notDue: true }]);
    expect(f.own.total).toBe(3);
    expect(rating(92, f)).toBe("EXCELLENT");
  });

  it("with no tasks the conditions on the tasks are met (vacuous truth): the score decides", () => {
    const none = facts([]);
    expect(none.own).toEqual({ total: 0, completed: 0, onTime: 0, exceeding: 0, late: 0 });
    expect(rating(90, none)).toBe("EXCELLENT");
    expect(rating(75, none)).toBe("GOOD");
    expect(rating(55, none)).toBe("COMPLETED");
    expect(rating(45, none)).toBe("NOT_COMPLETED");
  });
});

describe("Quy định 366-QĐ/TW: the head of a unit", () => {
  const own = tasks(5, 2);
  it("is held back from excellent by the unit's tasks: a late task of another cadre of the unit", () => {
    const p = qd366(95, facts(own, [...own, exceeding, late]));
    expect(p.rating).toBe("COMPLETED");
    const excellent = p.levels.find((l) => l.rating === "EXCELLENT")!;
    expect(excellent.conditions.find((c) => c.key === "unitAllCompletedOnTime")).toMatchObject({ met: false, value: 6, of: 7 });
    // The unit's tasks do not weigh on "completed": only the cadre's own do.
    expect(p.levels.find((l) => l.rating === "COMPLETED")!.conditions.map((c) => c.key)).toEqual([
      "scoreAtLeast",
      "allCompleted",
      "lateAtMost",
    ]);
  });
  it("is held at good when the unit completes on time but fewer than 30 % of its tasks exceed", () => {
    expect(rating(95, facts(own, [...own, ...tasks(5, 0)]))).toBe("GOOD");
    expect(rating(95, facts(own, [...own, ...tasks(5, 1)]))).toBe("EXCELLENT"); // 3 of 10
  });
  it("a cadre who heads no unit is judged without the unit's conditions", () => {
    const levels = qd366(95, facts(own)).levels.flatMap((l) => l.conditions.map((c) => c.key));
    expect(levels).not.toContain("unitAllCompletedOnTime");
    expect(levels).not.toContain("unitExceedingAtLeast");
  });
});

describe("the 2021 pilot", () => {
  const pilot = (score: number) =>
    proposeRating({ ruleSet: "PILOT_2021", score, facts: facts([late, unfinished]), thresholds: DEFAULT_THRESHOLDS });
  it("rates by the cycle's thresholds only, whatever the tasks", () => {
    expect(pilot(90).rating).toBe("EXCELLENT");
    expect(pilot(89.99).rating).toBe("GOOD");
    expect(pilot(75).rating).toBe("GOOD");
    expect(pilot(74.99).rating).toBe("COMPLETED");
    expect(pilot(50).rating).toBe("COMPLETED");
    expect(pilot(49.99).rating).toBe("NOT_COMPLETED");
    expect(pilot(80).levels.flatMap((l) => l.conditions.map((c) => c.key))).toEqual([
      "scoreAtLeast",
      "scoreAtLeast",
      "scoreAtLeast",
    ]);
  });
});

describe("versions", () => {
  it("each proposal names its rule set and version; an unknown version is refused", () => {
    expect(qd366(80, facts([]))).toMatchObject({ ruleSet: "QD366_2025", version: 1 });
    expect(() =>
      proposeRating({ ruleSet: "QD366_2025", version: 99, score: 80, facts: facts([]), thresholds: DEFAULT_THRESHOLDS }),
    ).toThrow();
  });
  it("a stored proposal reads back as stored; anything else is no stored proposal", () => {
    const stored = { ...qd366(80, facts([onTime])), score: 80, facts: facts([onTime]), tasks: [], unitTasks: null };
    expect(readStoredProposal(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(readStoredProposal(null)).toBeNull();
    expect(readStoredProposal({ ruleSet: "OTHER", levels: [], facts: {} })).toBeNull();
  });
});

describe("the levels that explain a proposal", () => {
  const f = facts([exceeding, onTime, onTime, onTime, late]);
  const shown = (score: number | null) => explainingLevels(qd366(score, f)).map((l) => l.rating);
  it("are the proposed level and the one above it; for not completed, completed; with no score, all", () => {
    expect(shown(95)).toEqual(["GOOD", "COMPLETED"]);
    expect(shown(40)).toEqual(["COMPLETED"]);
    expect(shown(null)).toEqual(["EXCELLENT", "GOOD", "COMPLETED"]);
    expect(explainingLevels(qd366(95, facts(tasks(10, 3)))).map((l) => l.rating)).toEqual(["EXCELLENT"]);
  });
});

describe("properties", () => {
  const fact = fc
    .record({
      completed: fc.boolean(),
      onTime: fc.boolean(),
      exceeding: fc.boolean(),
      cancelled: fc.boolean(),
      carriedOver: fc.boolean(),
    })
    .map((t): TaskFact => ({ ...t, onTime: t.completed && t.onTime, exceeding: t.completed && t.exceeding }));
  const score = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
  const rank = (r: Rating | null) => RATINGS.indexOf(r ?? "NOT_COMPLETED");

  /** The same task made worse by one step: exceeding → on time → late → not completed. */
  const worsen = (t: TaskFact): TaskFact =>
    t.exceeding ? { ...t, exceeding: false } : t.onTime ? { ...t, onTime: false } : { ...t, completed: false };

  it("the proposal never rises when one task's facts worsen", () => {
    fc.assert(
      fc.property(fc.array(fact, { minLength: 1, maxLength: 12 }), fc.nat(), score, (list, i, s) => {
        const worse = list.map((t, j) => (j === i % list.length ? worsen(t) : t));
        expect(rank(rating(s, facts(worse)))).toBeGreaterThanOrEqual(rank(rating(s, facts(list))));
      }),
    );
  });

  it("the proposal never rises when the score falls", () => {
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 12 }), score, score, (list, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank(rating(low, facts(list)))).toBeGreaterThanOrEqual(rank(rating(high, facts(list))));
      }),
    );
  });

  it("the proposal is never above what the score alone allows, and the counts add up", () => {
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 12 }), score, (list, s) => {
        const f = facts(list);
        const c: FactCounts = f.own;
        expect(c.onTime + c.late).toBe(c.completed);
        expect(c.completed).toBeLessThanOrEqual(c.total);
        expect(c.exceeding).toBeLessThanOrEqual(c.completed);
        const scoreOnly = s >= 90 ? "EXCELLENT" : s >= 70 ? "GOOD" : s >= 50 ? "COMPLETED" : "NOT_COMPLETED";
        expect(rank(rating(s, f))).toBeGreaterThanOrEqual(rank(scoreOnly));
      }),
    );
  });
});
