// The next year: its registration round open, registrations in every state, one extension.
import * as D from "@/prisma/seed-data";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { get, vn, endOfDay, addDays, addHours, isoDay, min } from "../shared";
import type { CadreInfo, Spec, ProposedInfo } from "../shared";
import type { SeedContext } from "../context";
import type { seedUnits } from "./units";
import type { seedPeople } from "./people";
import type { templateTools } from "../builders/templates";
import type { seedRounds } from "./rounds";
import type { registrationBuilder } from "../builders/registrations";
import type { seedPreviousYear } from "./previous-year";

type World = SeedContext &
  ReturnType<typeof seedUnits> &
  ReturnType<typeof seedPeople> &
  ReturnType<typeof templateTools> &
  ReturnType<typeof seedRounds> &
  ReturnType<typeof registrationBuilder> &
  ReturnType<typeof seedPreviousYear>;

export function seedNextYear(w: World) {
  const {
    LV,
    N,
    TH,
    TU,
    Y,
    audit,
    cadres,
    canbo,
    canboXa,
    chance,
    chooseTemplates,
    comment,
    int,
    makeRegistration,
    notAfter,
    notify,
    onDay,
    pick,
    provinceCadres,
    roundLvN,
    roundName,
    roundThN,
    roundTuN,
    rows,
    shuffle,
    nextVagueProposal,
  } = w;
  // ════════════════════ Year N: registration open ════════════════════
  const registrationsN: { id: string; cadre: CadreInfo; status: RegistrationStatus; proposed: ProposedInfo[] }[] = [];
  const registerN = (c: CadreInfo, status: RegistrationStatus, opts: { resubmitted?: boolean; count?: number } = {}) => {
    const level = c.level;
    const roundId = level.key === "tu" ? roundTuN : level.key === "th" ? roundThN : roundLvN;
    const count = opts.count ?? int(1, Math.min(3, level.key === "tu" ? 3 : 2));
    const tpls = chooseTemplates(c, count, false, N);
    const forwarded = status === "FORWARDED";
    const specs: Spec[] = tpls.map((tpl, i) => {
      if (!forwarded) return { tpl, decision: "PENDING" };
      if (i === 1 && chance(0.5)) {
        const first = get(tpl.targets, 0);
        return {
          tpl,
          decision: "PENDING",
          reviewProposal: "ADJUST",
          reviewNote: `Đề nghị nâng chỉ tiêu “${first[0]}” cho tương xứng với nguồn lực được giao.`,
        };
      }
      return {
        tpl,
        decision: "PENDING",
        reviewProposal: "APPROVE",
        reviewNote: i === 0 ? "Nhiệm vụ rõ sản phẩm, chỉ tiêu định lượng được." : undefined,
      };
    });
    if (forwarded && chance(0.4)) {
      specs.push({
        tpl: nextVagueProposal(),
        decision: "PENDING",
        reviewProposal: "REJECT",
        reviewNote: pick(D.REJECT_REASONS),
      });
    }
    const createdAt = onDay(Y, 11, int(2, 5));
    const draft = status === "DRAFT";
    const submittedAt = draft ? null : onDay(Y, 11, int(opts.resubmitted ? 14 : 10, 17));
    const revision = draft ? 0 : opts.resubmitted ? 2 : 1;
    const returnedReason =
      status === "RETURNED"
        ? "Nhiệm vụ đăng ký chưa thể hiện tính đột phá; chỉ tiêu chưa có giá trị ban đầu và thời hạn cụ thể. Đề nghị đồng chí bổ sung, hoàn thiện và gửi lại trước ngày 15/12."
        : null;
    const forwardedAt = forwarded ? min(addDays(submittedAt!, int(2, 4)), vn(Y, 11, 21, 15)) : null;
    const { id, proposed } = makeRegistration({
      roundId,
      year: N,
      cadre: c,
      status,
      revision,
      createdAt,
      submittedAt,
      returnedReason,
      forwardedAt,
      specs,
    });
    registrationsN.push({ id, cadre: c, status, proposed });
    if (submittedAt) {
      if (opts.resubmitted) {
        const first = addDays(submittedAt, -6);
        audit(first, c.userId, "CADRE", "registration.submit", "Registration", id, "DRAFT", "SUBMITTED");
        const reason = "Đề nghị bổ sung giá trị ban đầu cho các chỉ tiêu.";
        audit(
          addDays(first, 2),
          level.orgUser,
          "ORG_COMMITTEE",
          "registration.return",
          "Registration",
          id,
          "SUBMITTED",
          "RETURNED",
          reason,
        );
        comment(level.orgUser, "ORG_COMMITTEE", reason, { registrationId: id }, addDays(first, 2));
        audit(submittedAt, c.userId, "CADRE", "registration.submit", "Registration", id, "RETURNED", "SUBMITTED");
      } else {
        audit(submittedAt, c.userId, "CADRE", "registration.submit", "Registration", id, "DRAFT", "SUBMITTED");
      }
      notify(
        level.orgUser,
        "registration.submitted",
        { cadreName: c.fullName, roundName: roundName(roundId) },
        `/registrations/${id}`,
        submittedAt,
        status === "SUBMITTED" ? null : addDays(submittedAt, 1),
      );
    }
    if (status === "RETURNED" && submittedAt && returnedReason) {
      const at = notAfter(addDays(submittedAt, 2));
      audit(
        at,
        level.orgUser,
        "ORG_COMMITTEE",
        "registration.return",
        "Registration",
        id,
        "SUBMITTED",
        "RETURNED",
        returnedReason,
      );
      const cid = comment(level.orgUser, "ORG_COMMITTEE", returnedReason, { registrationId: id }, at);
      if (chance(0.6))
        comment(
          c.userId,
          "CADRE",
          "Tôi xin tiếp thu, sẽ hoàn thiện lại chỉ tiêu và gửi trong tuần tới.",
          { registrationId: id },
          notAfter(addHours(at, 20)),
          cid,
        );
      notify(
        c.userId,
        "registration.returned",
        { roundName: roundName(roundId), reason: returnedReason },
        `/registrations/${id}`,
        at,
        null,
      );
      rows.registrations.find((r) => r.id === id)!.updatedAt = at;
    }
    if (forwardedAt) {
      audit(forwardedAt, level.orgUser, "ORG_COMMITTEE", "registration.forward", "Registration", id, "SUBMITTED", "FORWARDED");
      notify(
        level.standingUser,
        "registration.forwarded",
        { cadreName: c.fullName, roundName: roundName(roundId), count: specs.length },
        `/registrations/${id}`,
        forwardedAt,
        null,
      );
    }
    if (draft) {
      notify(
        c.userId,
        "registration.dueSoon",
        { roundName: roundName(roundId), deadline: isoDay(endOfDay(Y, 12, 31)) },
        `/registrations/${id}`,
        notAfter(vn(Y, 11, 20, 8)),
        null,
        `registration-due:${roundId}:${c.id}`,
      );
    }
    return { id, proposed };
  };
  // Province: canbo's draft, then a spread of states; many cadres have not registered yet.
  registerN(canbo, "DRAFT", { count: 2 });
  const pool27 = shuffle(provinceCadres.slice(1));
  const statesN: [RegistrationStatus, { resubmitted?: boolean }][] = [
    ["SUBMITTED", {}],
    ["SUBMITTED", {}],
    ["SUBMITTED", { resubmitted: true }],
    ["SUBMITTED", {}],
    ["SUBMITTED", {}],
    ["SUBMITTED", {}],
    ["SUBMITTED", {}],
    ["RETURNED", {}],
    ["RETURNED", {}],
    ["FORWARDED", {}],
    ["FORWARDED", {}],
    ["FORWARDED", {}],
    ["FORWARDED", { resubmitted: true }],
    ["FORWARDED", {}],
    ["DRAFT", {}],
    ["DRAFT", {}],
  ];
  statesN.forEach(([status, o], i) => registerN(get(pool27, i), status, o));
  {
    // A comment from the organisation committee on one proposed task of a submitted registration.
    const reg = registrationsN.find((r) => r.status === "SUBMITTED" && r.cadre.level === TU)!;
    const pt = get(reg.proposed, 0);
    const cid = comment(
      TU.orgUser,
      "ORG_COMMITTEE",
      "Chỉ tiêu thứ nhất cần làm rõ phạm vi (toàn tỉnh hay địa bàn được phân công) và nguồn số liệu để đối chiếu cuối năm.",
      { proposedTaskId: pt.id },
      vn(Y, 11, 19, 10),
    );
    comment(
      reg.cadre.userId,
      "CADRE",
      "Phạm vi là toàn tỉnh; số liệu lấy theo báo cáo thống kê chính thức của Cục Thống kê.",
      { proposedTaskId: pt.id },
      vn(Y, 11, 20, 8),
      cid,
    );
  }
  // One cadre away on a course: registration reopened for them after the deadline.
  {
    const c = provinceCadres.find((x) => x.seed.pool === "tct") ?? get(pool27, statesN.length);
    const until = endOfDay(N, 1, 15);
    const id = "ext-0001";
    const reason = `Đồng chí tham gia lớp bồi dưỡng cập nhật kiến thức tại Học viện Chính trị quốc gia Hồ Chí Minh đến hết ngày 26/12/${Y}.`;
    rows.extensions.push({
      id,
      roundId: roundTuN,
      cadreId: c.id,
      until,
      reason,
      grantedById: TU.orgUser,
      createdAt: vn(Y, 11, 14, 10),
    });
    audit(
      vn(Y, 11, 14, 10),
      TU.orgUser,
      "ORG_COMMITTEE",
      "registration.grantExtension",
      "RegistrationExtension",
      id,
      null,
      null,
      reason,
      { cadreId: c.id, until: isoDay(until) },
    );
    notify(
      c.userId,
      "registration.extensionGranted",
      { roundName: roundName(roundTuN), until: isoDay(until) },
      "/registrations",
      vn(Y, 11, 14, 10),
      null,
    );
  }
  // Communes: a few registrations each.
  const thCadres = cadres.filter((c) => c.level === TH && c !== canboXa);
  registerN(canboXa, "SUBMITTED", { count: 2 });
  registerN(get(thCadres, 2), "FORWARDED");
  registerN(get(thCadres, 4), "RETURNED");
  registerN(get(thCadres, 7), "DRAFT");
  const lvCadres = cadres.filter((c) => c.level === LV);
  registerN(get(lvCadres, 0), "SUBMITTED");
  registerN(get(lvCadres, 3), "FORWARDED");
  registerN(get(lvCadres, 8), "DRAFT");
  {
    const reg = registrationsN.find((r) => r.cadre === canboXa)!;
    comment(
      TH.orgUser,
      "ORG_COMMITTEE",
      "Đề nghị đồng chí bổ sung danh sách hộ tham gia tổ sản xuất để có căn cứ theo dõi.",
      { registrationId: reg.id },
      vn(Y, 11, 19, 14),
    );
  }
}
