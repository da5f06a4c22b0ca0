// The previous year: its round decided, its tasks assigned, reported, settled and evaluated; the cycle closed.
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { get, vn, dateOnly, addDays, fmtVi, RATING_OF, RATING_VI } from "../shared";
import type { TaskInfo, RepState } from "../shared";
import type { SeedContext } from "../context";
import type { seedUnits } from "./units";
import type { seedPeople } from "./people";
import type { templateTools } from "../builders/templates";
import type { seedRounds } from "./rounds";
import type { registrationBuilder } from "../builders/registrations";
import type { taskBuilder } from "../builders/tasks";
import type { reportBuilder } from "../builders/reports";
import type { evaluationBuilder } from "../builders/evaluations";

type World = SeedContext &
  ReturnType<typeof seedUnits> &
  ReturnType<typeof seedPeople> &
  ReturnType<typeof templateTools> &
  ReturnType<typeof seedRounds> &
  ReturnType<typeof registrationBuilder> &
  ReturnType<typeof taskBuilder> &
  ReturnType<typeof reportBuilder> &
  ReturnType<typeof evaluationBuilder>;

export function seedPreviousYear(w: World) {
  const {
    COUNCIL,
    P,
    TU,
    Y,
    audit,
    cadres,
    canbo,
    chance,
    chooseTemplates,
    completedCurve,
    int,
    makeCycle,
    makeRegistration,
    makeReport,
    makeTask,
    nextId,
    notify,
    onDay,
    progressCurve,
    rnd,
    round,
    roundTuP,
    rows,
    scoreTask,
    selfAssess,
    shuffle,
    taskQuality,
  } = w;
  // ════════════════════ Year P: closed round, evaluated, some tasks carried over ════════════════════
  const decisionP = { number: "45-QĐ/TU", date: dateOnly(P, 3, 12), at: vn(P, 3, 12, 15) };
  const provinceCadres = cadres.filter((c) => c.level.key === "tu");
  const participantsP = provinceCadres.filter((c, i) => !c.commune && (i === 0 || chance(0.62)));
  const tasksP: TaskInfo[] = [];
  for (const c of participantsP) {
    const count = c === canbo ? 2 : chance(0.3) ? 2 : 1;
    const tpls = chooseTemplates(c, count, true, P);
    const submittedAt = onDay(P, 2, int(5, 26));
    const { id: regId, proposed } = makeRegistration({
      roundId: roundTuP,
      year: P,
      cadre: c,
      status: "DECIDED",
      revision: 1,
      createdAt: addDays(submittedAt, -int(5, 15)),
      submittedAt,
      forwardedAt: onDay(P, 3, int(2, 6)),
      decidedAt: decisionP.at,
      decidedBy: TU.standingUser,
      specs: tpls.map((tpl) => ({ tpl, decision: "APPROVED" })),
    });
    audit(submittedAt, c.userId, "CADRE", "registration.submit", "Registration", regId, "DRAFT", "SUBMITTED");
    audit(onDay(P, 3, 6), TU.orgUser, "ORG_COMMITTEE", "registration.forward", "Registration", regId, "SUBMITTED", "FORWARDED");
    audit(
      decisionP.at,
      TU.standingUser,
      "STANDING_COMMITTEE",
      "registration.decide",
      "Registration",
      regId,
      "FORWARDED",
      "DECIDED",
    );
    proposed.forEach((p) => {
      const kind = chance(0.25) ? "ahead" : "track";
      tasksP.push(
        makeTask({
          cadre: c,
          year: P,
          roundId: roundTuP,
          tpl: p.spec.tpl,
          origin: "REGISTRATION",
          status: "COMPLETED",
          decisionNumber: decisionP.number,
          decisionDate: decisionP.date,
          assignedAt: decisionP.at,
          assignedBy: TU.standingUser,
          registrationId: regId,
          proposed: p,
          progress: completedCurve(kind),
        }),
      );
    });
  }
  // Outcomes: canbo's first P task is carried over; five more carried over; two cadres with a single task unfinished.
  const setStatus = (t: TaskInfo, status: TaskStatus, progress: number[]) => {
    t.status = status;
    t.progress = progress;
    const row = rows.tasks.find((r) => r.id === t.id)!;
    row.status = status;
    // The final milestone stays open for a task that was not finished.
    const last = rows.milestones.filter((m) => m.taskId === t.id).at(-1);
    if (last) last.doneAt = null;
  };
  setStatus(get(tasksP, 0), "CARRIED_OVER", progressCurve("behind"));
  const others = shuffle(tasksP.filter((t) => t.cadre !== canbo));
  const singles = others.filter((t) => tasksP.filter((x) => x.cadre === t.cadre).length === 1);
  const unfinishedP = singles.slice(0, 2);
  for (const t of unfinishedP)
    setStatus(
      t,
      "UNFINISHED",
      progressCurve("behind").map((v) => v * 0.8),
    );
  const carriedP = [get(tasksP, 0), ...others.filter((t) => !unfinishedP.includes(t)).slice(0, 5)];
  for (const t of carriedP.slice(1)) setStatus(t, "CARRIED_OVER", progressCurve("behind"));
  for (const t of tasksP) {
    for (let q = 1; q <= 4; q++) {
      const r = rnd();
      const state: RepState =
        q === 4 && r < 0.15 ? { status: "SUBMITTED", late: false } : { status: "RESPONDED", late: r > 0.93 };
      makeReport(t, q, state);
    }
    const closeAt = vn(Y, 1, 28, 10);
    audit(
      closeAt,
      TU.standingUser,
      "STANDING_COMMITTEE",
      t.status === "COMPLETED" ? "task.complete" : "task.markUnfinished",
      "Task",
      t.id,
      "ASSIGNED",
      // As the rating decision settles it: completed or unfinished; carrying over is a later move of its own.
      t.status === "COMPLETED" ? "COMPLETED" : "UNFINISHED",
      t.status === "COMPLETED" ? null : "Chưa hoàn thành các chỉ tiêu được giao trong năm.",
    );
    const row = rows.tasks.find((r) => r.id === t.id)!;
    row.updatedAt = closeAt;
  }
  const cycleP = makeCycle(roundTuP, P, "CLOSED", vn(P, 12, 1, 9));
  const decidedAtP = vn(Y, 1, 25, 15);
  const cadresP = [...new Set(tasksP.map((t) => t.cadre))];
  let overridden = false;
  for (const c of cadresP) {
    const evalId = `eval-tu-${P}-${c.id}`;
    const own = tasksP.filter((t) => t.cadre === c);
    let selfSum = 0;
    let aggregate = 0;
    for (const t of own) {
      const quality =
        t.status === "COMPLETED" ? taskQuality(t, 4) : t.status === "CARRIED_OVER" ? 62 + rnd() * 8 : 38 + rnd() * 8;
      selfSum += selfAssess(evalId, t, quality);
      aggregate += scoreTask(evalId, t, quality, cycleP, COUNCIL);
    }
    aggregate = round(aggregate / own.length, 2);
    const selfScore = selfSum / own.length;
    const proposedRating = RATING_OF(aggregate);
    let finalRating = proposedRating;
    let overrideReason: string | null = null;
    if (!overridden && proposedRating === "GOOD" && aggregate >= 87) {
      finalRating = "EXCELLENT";
      overrideReason = "Ban Thường vụ ghi nhận kết quả vượt trội, sản phẩm được Trung ương biểu dương; nâng mức xếp loại.";
      overridden = true;
    }
    const selfSubmittedAt = vn(Y, 1, int(8, 12), int(8, 16));
    const proposedAt = vn(Y, 1, 20, 16);
    rows.evaluations.push({
      id: evalId,
      cycleId: cycleP.id,
      cadreId: c.id,
      status: "DECIDED",
      selfRating: RATING_OF(selfScore),
      selfSummary:
        "Đã tập trung chỉ đạo, hoàn thành cơ bản các chỉ tiêu đăng ký; một số nội dung còn chậm do nguyên nhân khách quan.",
      selfSubmittedAt,
      aggregateScore: aggregate.toFixed(2),
      proposedRating,
      proposalNote: `Hội đồng tư vấn thống nhất đề xuất mức “${RATING_VI[proposedRating]}” (${fmtVi(aggregate, 2)} điểm).`,
      finalRating,
      overrideReason,
      decisionNumber: "125-QĐ/TU",
      decisionDate: dateOnly(Y, 1, 25),
      decidedById: TU.standingUser,
      decidedAt: decidedAtP,
      locked: true,
      createdAt: vn(P, 12, 1, 9),
      updatedAt: decidedAtP,
    });
    for (const m of cycleP.members) {
      rows.submissions.push({
        id: nextId("sub"),
        evaluationId: evalId,
        memberId: m.id,
        submittedAt: vn(Y, 1, int(14, 18), int(8, 16)),
      });
    }
    audit(
      selfSubmittedAt,
      c.userId,
      "CADRE",
      "evaluation.submitSelfAssessment",
      "Evaluation",
      evalId,
      "SELF_ASSESSMENT",
      "COUNCIL_SCORING",
    );
    audit(
      proposedAt,
      TU.orgUser,
      "ORG_COMMITTEE",
      "evaluation.finaliseProposal",
      "Evaluation",
      evalId,
      "COUNCIL_SCORING",
      "PROPOSED",
      null,
      {
        aggregateScore: aggregate.toFixed(2),
        proposedRating,
      },
    );
    audit(
      decidedAtP,
      TU.standingUser,
      "STANDING_COMMITTEE",
      "evaluation.decide",
      "Evaluation",
      evalId,
      "PROPOSED",
      "DECIDED",
      overrideReason,
      {
        finalRating,
        decisionNumber: "125-QĐ/TU",
      },
    );
    notify(
      c.userId,
      "evaluation.decided",
      { year: P, finalRating, decisionNumber: "125-QĐ/TU" },
      `/evaluations/${evalId}`,
      decidedAtP,
      addDays(decidedAtP, 1),
    );
  }

  return { provinceCadres, carriedP };
}
