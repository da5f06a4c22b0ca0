// Writes an evaluation cycle with its criteria and council, and the scores and self-assessments of a task.
import { DEFAULT_CRITERIA, DEFAULT_THRESHOLDS } from "@/lib/domain/evaluation";
import { get, vn, fmtVi, RATING_OF } from "../shared";
import type { TaskInfo } from "../shared";
import type { SeedContext } from "../context";
import type { seedUnits } from "../steps/units";
import type { templateTools } from "./templates";

type World = SeedContext & ReturnType<typeof seedUnits> & ReturnType<typeof templateTools>;

export function evaluationBuilder(w: World) {
  const { TU, Y, audit, chance, nextId, rnd, rows, valueAt } = w;

  // ── Evaluation cycle P (closed, decided) ──
  const CRITERIA = DEFAULT_CRITERIA;
  const COUNCIL = ["user-hoidong1", "user-hoidong2", "user-pho-bithu"];
  const makeCycle = (roundId: string, year: number, status: "OPEN" | "CLOSED", createdAt: Date) => {
    const id = `cycle-tu-${year}`;
    rows.cycles.push({
      id,
      roundId,
      year,
      status,
      thresholds: DEFAULT_THRESHOLDS,
      createdAt,
      updatedAt: status === "CLOSED" ? vn(year + 1, 1, 31, 10) : createdAt,
    });
    const criteria = CRITERIA.map((c, i) => {
      const cid = `crit-tu-${year}-${i + 1}`;
      rows.criteria.push({ id: cid, cycleId: id, position: i + 1, name: c.name, weight: c.weight });
      return { id: cid, weight: c.weight };
    });
    const members = COUNCIL.map((userId) => {
      const mid = `cm-tu-${year}-${userId.replace(/^user-/, "")}`;
      rows.members.push({ id: mid, cycleId: id, userId });
      return { id: mid, userId };
    });
    audit(createdAt, TU.orgUser, "ORG_COMMITTEE", "evaluationCycle.open", "EvaluationCycle", id, null, null, null, { year });
    if (status === "CLOSED")
      audit(
        vn(year + 1, 1, 31, 10),
        TU.orgUser,
        "ORG_COMMITTEE",
        "evaluationCycle.close",
        "EvaluationCycle",
        id,
        "OPEN",
        "CLOSED",
      );
    return { id, criteria, members };
  };
  /** The quality (0–100) a task deserves from its progress at the last report. */
  const taskQuality = (t: TaskInfo, lastQ: number) => {
    const f = get(t.progress, lastQ - 1);
    // A finished task scores 72–86, one finished well ahead of plan up to the mid-90s.
    if (lastQ === 4) return Math.max(20, Math.min(97, 72 + (f - 1) * 200 + rnd() * 14));
    const expected = 0.25 * lastQ + 0.05;
    return Math.max(20, Math.min(95, 40 + (f / expected) * 45 + (rnd() - 0.5) * 6));
  };
  const scoreTask = (evalId: string, t: TaskInfo, quality: number, cycle: ReturnType<typeof makeCycle>, memberIds: string[]) => {
    let total = 0;
    for (const m of cycle.members.filter((x) => memberIds.includes(x.userId))) {
      let memberTotal = 0;
      cycle.criteria.forEach((cr, i) => {
        const s = Math.round(Math.max(0, Math.min(100, quality + (rnd() - 0.5) * 10 + (i === 3 ? 4 : 0))));
        memberTotal += (s * cr.weight) / 100;
        rows.councilScores.push({
          id: nextId("cs", 6),
          evaluationId: evalId,
          taskId: t.id,
          memberId: m.id,
          criterionId: cr.id,
          score: String(s),
          comment:
            i === 0 && chance(0.3)
              ? s >= 75
                ? "Các chỉ tiêu cơ bản đạt và vượt."
                : "Một số chỉ tiêu chưa đạt so với đăng ký."
              : null,
        });
      });
      total += memberTotal;
    }
    return total / Math.max(1, memberIds.length);
  };
  const selfAssess = (evalId: string, t: TaskInfo, quality: number) => {
    const score = Math.min(100, Math.round(quality + 2 + rnd() * 4));
    const first = get(t.targets, 0);
    const f = get(t.progress, t.year === Y ? 2 : 3);
    rows.selfAssessments.push({
      id: nextId("sa"),
      evaluationId: evalId,
      taskId: t.id,
      level: RATING_OF(score),
      score: String(score),
      justification: `${first.indicator}: đạt ${fmtVi(valueAt(first, f), first.decimals)}/${fmtVi(first.target, first.decimals)} ${first.uom}. ${
        score >= 75
          ? "Sản phẩm rõ ràng, đúng tiến độ đăng ký."
          : "Còn chậm so với tiến độ, nguyên nhân chủ yếu do yếu tố khách quan."
      }`,
    });
    return score;
  };

  return { COUNCIL, makeCycle, taskQuality, scoreTask, selfAssess };
}
