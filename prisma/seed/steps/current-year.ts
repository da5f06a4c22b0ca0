// The current year: registrations decided, tasks assigned and reported up to Q3, change requests, the evaluation cycle under way.
import * as D from "@/prisma/seed-data";
import { Prisma } from "@/lib/generated/prisma/client";
import { get, pad, vn, dateOnly, endOfDay, addDays, isoDay, fmtVi, RATING_OF, RATING_VI } from "../shared";
import type { CadreInfo, TaskInfo, Spec, RepState } from "../shared";
import type { SeedContext } from "../context";
import type { seedUnits } from "./units";
import type { seedPeople } from "./people";
import type { templateTools } from "../builders/templates";
import type { seedRounds } from "./rounds";
import type { registrationBuilder } from "../builders/registrations";
import type { taskBuilder } from "../builders/tasks";
import type { reportBuilder } from "../builders/reports";
import type { evaluationBuilder } from "../builders/evaluations";
import type { seedPreviousYear } from "./previous-year";

type World = SeedContext &
  ReturnType<typeof seedUnits> &
  ReturnType<typeof seedPeople> &
  ReturnType<typeof templateTools> &
  ReturnType<typeof seedRounds> &
  ReturnType<typeof registrationBuilder> &
  ReturnType<typeof taskBuilder> &
  ReturnType<typeof reportBuilder> &
  ReturnType<typeof evaluationBuilder> &
  ReturnType<typeof seedPreviousYear>;

export function seedCurrentYear(w: World) {
  const {
    COUNCIL,
    N,
    P,
    TH,
    TU,
    Y,
    audit,
    nextVagueProposal,
    cadres,
    canbo,
    canboXa,
    carriedP,
    chance,
    chooseTemplates,
    comment,
    communeA,
    decimalsOf,
    int,
    makeCycle,
    makeRegistration,
    makeReport,
    makeTask,
    nextId,
    notify,
    onDay,
    pick,
    placeholders,
    progressCurve,
    provinceCadres,
    q12State,
    q3State,
    rnd,
    round,
    roundLvY,
    roundThY,
    roundTuY,
    rows,
    scoreTask,
    selfAssess,
    shuffle,
    softer,
    taskQuality,
  } = w;
  // ════════════════════ Year Y: assigned, reported, evaluation under way ════════════════════
  const decisionY = { number: "98-QĐ/TU", date: dateOnly(Y, 3, 15), at: vn(Y, 3, 15, 15) };
  const directY = { number: "112-QĐ/TU", date: dateOnly(Y, 6, 10), at: vn(Y, 6, 10, 15) };
  const communeDecision = {
    th: { number: "15-QĐ/ĐU", date: dateOnly(Y, 3, 20), at: vn(Y, 3, 20, 15) },
    lv: { number: "21-QĐ/ĐU", date: dateOnly(Y, 3, 18), at: vn(Y, 3, 18, 15) },
  };
  const supplementPicks = new Set(shuffle(provinceCadres.slice(1).map((c) => c.id)).slice(0, 6));
  const rejectPicks = new Set(shuffle(cadres.filter((c) => c !== canbo && c !== canboXa).map((c) => c.id)).slice(0, 14));

  const registerAndAssignY = (c: CadreInfo) => {
    const level = c.level;
    const roundId = level.key === "tu" ? roundTuY : level.key === "th" ? roundThY : roundLvY;
    const dec = level.key === "tu" ? decisionY : communeDecision[level.key];
    const tpls = chooseTemplates(c, c.seed.n, false, Y);
    const specs: Spec[] = tpls.map((tpl, i) => {
      const adjust = c === canbo ? i === 1 : c === canboXa ? false : chance(0.15);
      if (!adjust) return { tpl, decision: "APPROVED" as const, reviewProposal: "APPROVE" as const };
      const first = get(tpl.targets, 0);
      const [indicator, uom, , target] = first;
      const reason = `Nâng chỉ tiêu “${indicator}” từ ${fmtVi(softer(first), decimalsOf(first))} lên ${fmtVi(target, decimalsOf(first))} ${uom} cho phù hợp với mục tiêu Nghị quyết Đại hội.`;
      return {
        tpl,
        decision: "APPROVED_ADJUSTED" as const,
        adjust: true,
        decisionReason: reason,
        reviewProposal: "ADJUST" as const,
        reviewNote: reason,
      };
    });
    if (rejectPicks.has(c.id)) {
      const tpl = nextVagueProposal();
      const reason = pick(D.REJECT_REASONS);
      specs.push({ tpl, decision: "REJECTED", decisionReason: reason, reviewProposal: "REJECT", reviewNote: reason });
    }
    if (supplementPicks.has(c.id)) {
      const [tpl] = chooseTemplates(c, 1, false, Y);
      if (tpl) {
        specs.push({
          tpl,
          decision: "APPROVED",
          supplemented: true,
          decisionReason: "Ban Thường vụ bổ sung nhiệm vụ theo Kết luận của Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5.",
        });
      }
    }
    const returnedOnce = c !== canbo && chance(0.18);
    const late = !returnedOnce && chance(0.05);
    const submittedAt = late ? onDay(Y, 3, int(1, 3)) : onDay(Y, 2, int(8, 26));
    const forwardedAt = onDay(Y, 3, int(4, 9));
    const { id: regId, proposed } = makeRegistration({
      roundId,
      year: Y,
      cadre: c,
      status: "DECIDED",
      revision: returnedOnce ? 2 : 1,
      createdAt: addDays(submittedAt, -int(10, 20)),
      submittedAt,
      isLate: late,
      forwardedAt,
      decidedAt: dec.at,
      decidedBy: level.standingUser,
      specs,
    });
    if (returnedOnce) {
      const first = addDays(submittedAt, -6);
      const reason = "Đề nghị định lượng rõ chỉ tiêu, bổ sung giá trị ban đầu và thời hạn hoàn thành từng chỉ tiêu.";
      audit(first, c.userId, "CADRE", "registration.submit", "Registration", regId, "DRAFT", "SUBMITTED");
      audit(
        addDays(first, 2),
        level.orgUser,
        "ORG_COMMITTEE",
        "registration.return",
        "Registration",
        regId,
        "SUBMITTED",
        "RETURNED",
        reason,
      );
      const cid = comment(level.orgUser, "ORG_COMMITTEE", reason, { registrationId: regId }, addDays(first, 2));
      comment(
        c.userId,
        "CADRE",
        "Tôi đã tiếp thu, bổ sung số liệu ban đầu và gửi lại.",
        { registrationId: regId },
        addDays(submittedAt, -0.1),
        cid,
      );
      audit(submittedAt, c.userId, "CADRE", "registration.submit", "Registration", regId, "RETURNED", "SUBMITTED");
    } else {
      audit(
        submittedAt,
        c.userId,
        "CADRE",
        "registration.submit",
        "Registration",
        regId,
        "DRAFT",
        "SUBMITTED",
        late ? "Nộp sau hạn đăng ký." : null,
      );
    }
    audit(forwardedAt, level.orgUser, "ORG_COMMITTEE", "registration.forward", "Registration", regId, "SUBMITTED", "FORWARDED");
    audit(
      dec.at,
      level.standingUser,
      "STANDING_COMMITTEE",
      "registration.decide",
      "Registration",
      regId,
      "FORWARDED",
      "DECIDED",
      null,
      {
        decisionNumber: dec.number,
      },
    );
    const made: TaskInfo[] = [];
    for (const p of proposed) {
      audit(
        dec.at,
        level.standingUser,
        "STANDING_COMMITTEE",
        "proposedTask.decide",
        "ProposedTask",
        p.id,
        "PENDING",
        p.spec.decision,
        p.spec.decisionReason ?? null,
      );
      if (p.spec.decision === "REJECTED") continue;
      const r = rnd();
      const kind = r < 0.2 ? "ahead" : r < 0.75 ? "track" : "behind";
      made.push(
        makeTask({
          cadre: c,
          year: Y,
          roundId,
          tpl: p.spec.tpl,
          origin: p.spec.supplemented ? "SUPPLEMENTED" : "REGISTRATION",
          status: "ASSIGNED",
          decisionNumber: dec.number,
          decisionDate: dec.date,
          assignedAt: dec.at,
          assignedBy: level.standingUser,
          registrationId: regId,
          proposed: p,
          adjustmentNote: p.spec.decision === "APPROVED_ADJUSTED" ? p.spec.decisionReason : undefined,
          progress: progressCurve(c === canbo ? "track" : kind),
          supervisorId: c === canbo ? "user-daumoi" : undefined,
        }),
      );
    }
    // Carried over from last year: assigned again in the same decision.
    for (const from of carriedP.filter((t) => t.cadre === c)) {
      const tpl = D.POOLS[c.seed.pool]!.find((x) => placeholders(c, P)(x.title) === from.title) ?? {
        ...get(D.POOLS[c.seed.pool]!, 0),
        title: from.title,
      };
      const t = makeTask({
        cadre: c,
        year: Y,
        roundId,
        tpl,
        origin: "CARRIED_OVER",
        status: "ASSIGNED",
        decisionNumber: dec.number,
        decisionDate: dec.date,
        assignedAt: dec.at,
        assignedBy: level.standingUser,
        carriedFrom: from,
        titleOverride: `${from.title} (chuyển tiếp từ năm ${P})`,
        progress: progressCurve(c === canbo ? "behind" : "track"),
        supervisorId: c === canbo ? "user-daumoi" : from.supervisorId,
      });
      made.push(t);
    }
    for (const t of made) {
      notify(
        c.userId,
        "task.assigned",
        { taskCode: t.code, taskTitle: t.title, decisionNumber: dec.number },
        `/tasks/${t.id}`,
        dec.at,
        addDays(dec.at, int(1, 3)),
      );
    }
    return made;
  };

  const tasksY: TaskInfo[] = [];
  for (const c of cadres) tasksY.push(...registerAndAssignY(c));
  // Direct assignments in June.
  for (const d of D.DIRECT_TASKS) {
    const inUnit = provinceCadres.filter((c) => c.unitId === d.unit);
    const c = d.headOnly ? get(inUnit, 0) : (inUnit[1] ?? get(inUnit, 0));
    const t = makeTask({
      cadre: c,
      year: Y,
      roundId: roundTuY,
      tpl: d.tpl,
      origin: "DIRECT",
      status: "ASSIGNED",
      decisionNumber: directY.number,
      decisionDate: directY.date,
      assignedAt: directY.at,
      assignedBy: TU.standingUser,
      progress: [0, 0.3, 0.62, 0.95].map((v) => v + (rnd() - 0.5) * 0.06),
    });
    t.firstQuarter = 2;
    tasksY.push(t);
    notify(
      c.userId,
      "task.assigned",
      { taskCode: t.code, taskTitle: t.title, decisionNumber: directY.number },
      `/tasks/${t.id}`,
      directY.at,
      addDays(directY.at, 1),
    );
  }
  {
    const pct2 = cadres.filter((c) => c.level === TH && c.unitId === `${communeA.id}-ubnd`)[1]!;
    const at = vn(Y, 6, 18, 15);
    const t = makeTask({
      cadre: pct2,
      year: Y,
      roundId: roundThY,
      tpl: D.COMMUNE_DIRECT,
      origin: "DIRECT",
      status: "ASSIGNED",
      decisionNumber: "27-QĐ/ĐU",
      decisionDate: dateOnly(Y, 6, 18),
      assignedAt: at,
      assignedBy: TH.standingUser,
      progress: [0, 0.35, 0.8, 1],
    });
    t.firstQuarter = 2;
    tasksY.push(t);
  }

  // ── Reports of year Y: Q1–Q3; no Q4 yet ──
  const canboTasks = tasksY.filter((t) => t.cadre === canbo);
  const canboXaTasks = tasksY.filter((t) => t.cadre === canboXa);
  const overrides = new Map<string, RepState[]>();
  // canbo: task 1 Q3 submitted on time (awaiting response); task 2 Q3 late; task 3 Q3 missing.
  overrides.set(get(canboTasks, 0).id, [
    { status: "RESPONDED", late: false, responder: "supervisor" },
    { status: "RESPONDED", late: false, proposals: true, responder: "standing" },
    { status: "SUBMITTED", late: false },
  ]);
  overrides.set(get(canboTasks, 1).id, [
    { status: "RESPONDED", late: false, responder: "supervisor" },
    { status: "SUBMITTED", late: false, proposals: true },
    { status: "SUBMITTED", late: true },
  ]);
  overrides.set(get(canboTasks, 2).id, [
    { status: "RESPONDED", late: false, responder: "supervisor" },
    { status: "RESPONDED", late: true, responder: "supervisor" },
    null,
  ]);
  overrides.set(get(canboXaTasks, 0).id, [
    { status: "RESPONDED", late: false },
    { status: "RESPONDED", late: false },
    { status: "RETURNED", late: false },
  ]);
  if (canboXaTasks[1]) {
    overrides.set(canboXaTasks[1].id, [
      { status: "RESPONDED", late: false },
      { status: "SUBMITTED", late: false },
      { status: "DRAFT", late: false },
    ]);
  }
  const missingQ3: TaskInfo[] = [];
  for (const t of tasksY) {
    const fixed = overrides.get(t.id);
    for (let q = t.firstQuarter; q <= 3; q++) {
      const state = fixed ? (fixed[q - 1] ?? null) : q < 3 ? q12State() : q3State();
      const id = makeReport(t, q, state);
      if (!id && q === 3) missingQ3.push(t);
    }
  }

  // ── Change requests ──
  let crN = 0;
  const changeRequest = (opts: {
    task: TaskInfo;
    reason: string;
    before: Prisma.InputJsonValue;
    after: Prisma.InputJsonValue;
    status: "PENDING" | "APPROVED" | "REJECTED" | "WITHDRAWN";
    createdAt: Date;
    decidedAt?: Date;
    decisionNote?: string;
  }) => {
    const id = `cr-${pad(++crN)}`;
    const c = opts.task.cadre;
    const decided = opts.status === "APPROVED" || opts.status === "REJECTED";
    rows.changeRequests.push({
      id,
      taskId: opts.task.id,
      requestedById: c.userId,
      reason: opts.reason,
      before: opts.before,
      after: opts.after,
      status: opts.status,
      decidedById: decided ? c.level.standingUser : null,
      decidedAt: decided ? (opts.decidedAt ?? null) : null,
      decisionNote: opts.decisionNote ?? null,
      createdAt: opts.createdAt,
      updatedAt: opts.decidedAt ?? opts.createdAt,
    });
    audit(opts.createdAt, c.userId, "CADRE", "changeRequest.submit", "ChangeRequest", id, null, "PENDING", opts.reason, {
      taskId: opts.task.id,
    });
    if (decided && opts.decidedAt) {
      // An approved change rewrites the task's targets; the data layer records that on the task too.
      if (opts.status === "APPROVED")
        audit(
          opts.decidedAt,
          c.level.standingUser,
          "STANDING_COMMITTEE",
          "task.adjust",
          "Task",
          opts.task.id,
          null,
          null,
          opts.reason,
          {
            changeRequestId: id,
          },
        );
      audit(
        opts.decidedAt,
        c.level.standingUser,
        "STANDING_COMMITTEE",
        opts.status === "APPROVED" ? "changeRequest.approve" : "changeRequest.reject",
        "ChangeRequest",
        id,
        "PENDING",
        opts.status,
        opts.decisionNote ?? null,
      );
      notify(
        c.userId,
        opts.status === "APPROVED" ? "changeRequest.approved" : "changeRequest.rejected",
        { taskCode: opts.task.code, taskTitle: opts.task.title },
        `/tasks/${opts.task.id}`,
        opts.decidedAt,
        addDays(opts.decidedAt, 1),
      );
    }
    if (opts.status === "WITHDRAWN") {
      audit(addDays(opts.createdAt, 3), c.userId, "CADRE", "changeRequest.withdraw", "ChangeRequest", id, "PENDING", "WITHDRAWN");
    }
    if (opts.status === "PENDING") {
      notify(
        c.level.standingUser,
        "changeRequest.submitted",
        { cadreName: c.fullName, taskCode: opts.task.code, taskTitle: opts.task.title },
        `/tasks/${opts.task.id}`,
        opts.createdAt,
        null,
      );
    }
    return id;
  };
  {
    // Approved: canbo's VietGAP area lowered after the storm; targetValue ≠ originalValue from now on.
    const t = get(canboTasks, 1);
    const tg = get(t.targets, 0);
    const newValue = round(tg.target * 0.9, tg.decimals);
    changeRequest({
      task: t,
      reason: `Bão số 3 (tháng 7/${Y}) làm thiệt hại nặng 45 ha cam, bưởi đang trong thời kỳ chuyển đổi chứng nhận; đề nghị điều chỉnh chỉ tiêu “${tg.indicator}” từ ${fmtVi(tg.target, tg.decimals)} xuống ${fmtVi(newValue, tg.decimals)} ${tg.uom}.`,
      before: { targets: [{ targetId: tg.id, indicator: tg.indicator, targetValue: String(tg.target) }] },
      after: { targets: [{ targetId: tg.id, indicator: tg.indicator, targetValue: String(newValue) }] },
      status: "APPROVED",
      createdAt: vn(Y, 7, 28, 10),
      decidedAt: vn(Y, 8, 6, 15),
      decisionNote: "Đồng ý điều chỉnh do nguyên nhân khách quan (thiên tai); các chỉ tiêu khác giữ nguyên.",
    });
    tg.target = newValue;
    const row = rows.targets.find((r) => r.id === tg.id)!;
    row.targetValue = String(newValue);
    row.updatedAt = vn(Y, 8, 6, 15);
  }
  {
    // Pending: canbo asks to extend the carried-over task into next year.
    const t = get(canboTasks, 2);
    const tg = get(t.targets, 0);
    changeRequest({
      task: t,
      reason:
        "Hai cơ sở gây ô nhiễm tại làng nghề phải di dời vào cụm công nghiệp, dự kiến hạ tầng cụm hoàn thành quý II năm sau; đề nghị gia hạn thời hạn hoàn thành.",
      before: { endDate: isoDay(endOfDay(Y, 12, 31)), targets: [{ targetId: tg.id, deadline: isoDay(tg.deadline) }] },
      after: { endDate: isoDay(endOfDay(N, 6, 30)), targets: [{ targetId: tg.id, deadline: isoDay(endOfDay(N, 6, 30)) }] },
      status: "PENDING",
      createdAt: vn(Y, 11, 12, 10),
    });
  }
  const provinceTasksY = tasksY.filter((t) => t.cadre.level === TU && t.cadre !== canbo && t.origin === "REGISTRATION");
  const crCandidates = shuffle(provinceTasksY.filter((t) => get(t.targets, 0).direction === "INCREASE"));
  {
    const t = get(crCandidates, 0);
    const tg = get(t.targets, 0);
    const lower = round((tg.baseline ?? 0) + (tg.target - (tg.baseline ?? 0)) * 0.7, tg.decimals);
    changeRequest({
      task: t,
      reason: `Nguồn vốn được phân bổ chỉ đạt 60% kế hoạch; đề nghị giảm chỉ tiêu “${tg.indicator}” xuống ${fmtVi(lower, tg.decimals)} ${tg.uom}.`,
      before: { targets: [{ targetId: tg.id, indicator: tg.indicator, targetValue: String(tg.target) }] },
      after: { targets: [{ targetId: tg.id, indicator: tg.indicator, targetValue: String(lower) }] },
      status: "REJECTED",
      createdAt: vn(Y, 8, 19, 10),
      decidedAt: vn(Y, 9, 3, 16),
      decisionNote:
        "Không đồng ý điều chỉnh: đây là nhiệm vụ trọng tâm của tỉnh. Đề nghị đồng chí chủ động phối hợp Sở Tài chính, Ủy ban MTTQ tỉnh huy động thêm nguồn lực xã hội hóa.",
    });
  }
  {
    const t = get(crCandidates, 1);
    const tg = get(t.targets, 0);
    changeRequest({
      task: t,
      reason: `Sau sắp xếp đơn vị hành chính, phạm vi số liệu thay đổi; đề nghị điều chỉnh cách diễn đạt chỉ tiêu “${tg.indicator}” cho phù hợp.`,
      before: { targets: [{ targetId: tg.id, indicator: tg.indicator }] },
      after: { targets: [{ targetId: tg.id, indicator: `${tg.indicator} (theo địa giới hành chính mới)` }] },
      status: "PENDING",
      createdAt: vn(Y, 11, 18, 14),
    });
  }
  {
    const t = get(crCandidates, 2);
    changeRequest({
      task: t,
      reason: "Đề nghị lùi thời hạn mốc sơ kết sang tháng 7 do trùng lịch kỳ họp HĐND.",
      before: { milestones: [{ position: 2, dueDate: isoDay(endOfDay(Y, 6, 30)) }] },
      after: { milestones: [{ position: 2, dueDate: isoDay(endOfDay(Y, 7, 31)) }] },
      status: "WITHDRAWN",
      createdAt: vn(Y, 6, 2, 9),
    });
  }
  {
    const t = tasksY.find((x) => x.cadre.level === TH && x.cadre !== canboXa && x.origin === "REGISTRATION")!;
    const tg = get(t.targets, 0);
    changeRequest({
      task: t,
      reason: `Mưa lũ tháng 9 ảnh hưởng tiến độ; đề nghị lùi thời hạn chỉ tiêu “${tg.indicator}” đến 31/03/${N}.`,
      before: { targets: [{ targetId: tg.id, deadline: isoDay(tg.deadline) }] },
      after: { targets: [{ targetId: tg.id, deadline: isoDay(endOfDay(N, 3, 31)) }] },
      status: "PENDING",
      createdAt: vn(Y, 11, 16, 9),
    });
  }

  // ── Evaluation cycle Y (open, under way) ──
  const cycleY = makeCycle(roundTuY, Y, "OPEN", vn(Y, 11, 10, 9));
  const evalCadresY = [...new Set(tasksY.filter((t) => t.cadre.level === TU).map((t) => t.cadre))];
  const candidatesForScoring = shuffle(evalCadresY.filter((c) => c !== canbo && tasksY.filter((t) => t.cadre === c).length >= 2));
  const proposedCadre = get(candidatesForScoring, 0);
  const scoringCadres = candidatesForScoring.slice(1, 11);
  const draftSelf = new Set(candidatesForScoring.slice(11, 19));
  // One cadre whose tasks came after the cycle opened: the cycle page lists them for the organisation
  // committee to add (chosen without drawing from the random stream, so every other cadre stays as it was).
  const addedLater = evalCadresY
    .filter((c) => c !== canbo && c !== proposedCadre && !scoringCadres.includes(c) && !draftSelf.has(c) && c.id !== "cadre-0006")
    .at(-1);
  for (const c of evalCadresY) {
    if (c === addedLater) continue;
    const evalId = `eval-tu-${Y}-${c.id}`;
    const own = tasksY.filter((t) => t.cadre === c);
    const isProposed = c === proposedCadre;
    const scoringIdx = scoringCadres.indexOf(c);
    const submittedSelf = isProposed || scoringIdx >= 0;
    const createdAt = vn(Y, 11, 10, 9);
    let selfSum = 0;
    let aggregate = 0;
    const selfSubmittedAt = submittedSelf ? vn(Y, 11, int(13, 18), int(8, 16)) : null;
    if (submittedSelf || draftSelf.has(c)) {
      for (const t of own) {
        const quality = taskQuality(t, 3);
        selfSum += selfAssess(evalId, t, quality);
        if (isProposed) aggregate += scoreTask(evalId, t, quality, cycleY, COUNCIL);
        else if (scoringIdx >= 0 && scoringIdx < 5)
          scoreTask(evalId, t, quality, cycleY, scoringIdx < 2 ? ["user-hoidong1", "user-hoidong2"] : ["user-hoidong1"]);
      }
    }
    const selfScore = own.length ? selfSum / own.length : 0;
    aggregate = round(aggregate / Math.max(1, own.length), 2);
    const proposedRating = isProposed ? RATING_OF(aggregate) : null;
    rows.evaluations.push({
      id: evalId,
      cycleId: cycleY.id,
      cadreId: c.id,
      status: isProposed ? "PROPOSED" : submittedSelf ? "COUNCIL_SCORING" : "SELF_ASSESSMENT",
      selfRating: submittedSelf ? RATING_OF(selfScore) : null,
      selfSummary:
        submittedSelf || draftSelf.has(c)
          ? "Bám sát kế hoạch đăng ký, chỉ đạo quyết liệt; các chỉ tiêu chủ yếu đạt tiến độ, một số chỉ tiêu cần tiếp tục tập trung trong quý IV."
          : null,
      selfSubmittedAt,
      aggregateScore: isProposed ? aggregate.toFixed(2) : null,
      proposedRating,
      proposalNote: isProposed
        ? `Hội đồng tư vấn đề xuất mức “${RATING_VI[proposedRating!]}” (${fmtVi(aggregate, 2)} điểm).`
        : null,
      createdAt,
      updatedAt: isProposed ? vn(Y, 11, 21, 16) : (selfSubmittedAt ?? createdAt),
    });
    notify(
      c.userId,
      "evaluation.opened",
      { year: Y },
      `/evaluations/${evalId}`,
      createdAt,
      c === canbo ? null : submittedSelf ? addDays(createdAt, 1) : null,
    );
    if (selfSubmittedAt)
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
    const hd1Sub = isProposed || (scoringIdx >= 0 && scoringIdx < 5);
    if (hd1Sub) {
      const m = cycleY.members.find((x) => x.userId === "user-hoidong1")!;
      const at = vn(Y, 11, int(19, 20), int(8, 16));
      rows.submissions.push({ id: nextId("sub"), evaluationId: evalId, memberId: m.id, submittedAt: at });
      audit(at, "user-hoidong1", "COUNCIL", "council.submitScores", "Evaluation", evalId, null, null);
    }
    if (isProposed) {
      for (const userId of ["user-hoidong2", "user-pho-bithu"]) {
        const m = cycleY.members.find((x) => x.userId === userId)!;
        const at = vn(Y, 11, 20, int(9, 16));
        rows.submissions.push({ id: nextId("sub"), evaluationId: evalId, memberId: m.id, submittedAt: at });
        audit(at, userId, "COUNCIL", "council.submitScores", "Evaluation", evalId, null, null);
      }
      audit(
        vn(Y, 11, 21, 16),
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
      notify(
        TU.standingUser,
        "evaluation.proposed",
        { cadreName: c.fullName, year: Y, proposedRating: proposedRating! },
        `/evaluations/${evalId}`,
        vn(Y, 11, 21, 16),
        null,
      );
    }
  }
  for (const userId of COUNCIL) {
    notify(
      userId,
      "evaluation.councilAssigned",
      { year: Y, count: scoringCadres.length + 1 },
      "/evaluations",
      vn(Y, 11, 10, 9),
      userId === "user-hoidong1" ? vn(Y, 11, 11, 8) : null,
    );
  }

  return { tasksY, canboTasks, missingQ3 };
}
