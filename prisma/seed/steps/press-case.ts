// The press case (Báo Tuyên Quang, 2022: "chấm dứt hoạt động và tháo dỡ toàn bộ 98 lò sản xuất gạch thủ
// công"): a commune chairman's task in the published 2026 round whose one target went from 98 kilns to 0 by
// the third quarter, so the public page shows a result a citizen can read (issue 16, decision 088).
//
// This step runs after the last one and draws nothing from the seeded random sequence: every row before it
// stays as it was; it only adds its own.
import { dateOnly, endOfDay, vn } from "../shared";
import type { SeedContext } from "../context";
import type { seedPeople } from "./people";
import type { seedRounds } from "./rounds";

type World = SeedContext & ReturnType<typeof seedPeople> & ReturnType<typeof seedRounds>;

export const PRESS_CASE_TASK = "task-press-case-lo-gach";
export const PRESS_CASE_COMMUNE = "unit-xa-yen-thinh";

export function seedPressCase(w: World) {
  const { Y, audit, cadres, roundTuY, rows } = w;
  const cadre = cadres.find(
    (c) => c.unitId === `${PRESS_CASE_COMMUNE}-ubnd` && c.seed.title.startsWith("Phó Bí thư Đảng ủy, Chủ tịch UBND"),
  );
  if (!cadre) throw new Error("seed: the press case needs the chairman of xã Yên Thịnh");
  const supervisorId = "user-daumoi";
  const assignedAt = vn(Y, 3, 15, 15);
  const n = rows.tasks.filter((t) => t.code.startsWith(`${Y}-TU-`)).length + 1;
  const code = `${Y}-TU-${String(n).padStart(3, "0")}`;
  const id = PRESS_CASE_TASK;
  const title = "Chấm dứt hoạt động, tháo dỡ toàn bộ lò gạch thủ công trên địa bàn xã Yên Thịnh";
  rows.tasks.push({
    id,
    code,
    roundId: roundTuY,
    cadreId: cadre.id,
    unitId: cadre.unitId,
    registrationId: null,
    proposedTaskId: null,
    origin: "DIRECT",
    carriedFromId: null,
    title,
    field: "ENVIRONMENT",
    breakthroughKind: "BACKLOG",
    objectives:
      "Chấm dứt hoạt động của 98 lò sản xuất gạch thủ công gây ô nhiễm môi trường, tháo dỡ toàn bộ trong năm; hỗ trợ các hộ chuyển đổi nghề.",
    plan: "Tuyên truyền, vận động từng hộ; kiểm tra, lập biên bản; hỗ trợ kinh phí tháo dỡ theo nghị quyết của tỉnh; xử lý dứt điểm các trường hợp cố tình vi phạm.",
    expectedProduct: "Không còn lò gạch thủ công hoạt động trên địa bàn xã; mặt bằng lò được hoàn trả.",
    startDate: dateOnly(Y, 3, 15),
    endDate: endOfDay(Y, 12, 31),
    status: "ASSIGNED",
    decisionNumber: "98-QĐ/TU",
    decisionDate: dateOnly(Y, 3, 15),
    supervisorId,
    adjustmentNote: null,
    assignedById: "user-thuongtruc",
    assignedAt,
    createdAt: assignedAt,
    updatedAt: assignedAt,
  });
  const targetId = `tgt-${id}-1`;
  rows.targets.push({
    id: targetId,
    taskId: id,
    position: 1,
    indicator: "Số lò gạch thủ công còn hoạt động",
    unitOfMeasure: "lò",
    baseline: "98",
    originalValue: "0",
    targetValue: "0",
    direction: "DECREASE",
    deadline: endOfDay(Y, 12, 31),
    carriedFromId: null,
    createdAt: assignedAt,
    updatedAt: assignedAt,
  });
  const milestones: [string, Date, Date][] = [
    ["Hoàn thành rà soát, vận động toàn bộ các hộ có lò", endOfDay(Y, 5, 31), vn(Y, 5, 20, 10)],
    ["Tháo dỡ xong toàn bộ lò gạch thủ công", endOfDay(Y, 9, 30), vn(Y, 9, 18, 10)],
  ];
  milestones.forEach(([description, dueDate, doneAt], j) =>
    rows.milestones.push({ id: `ms-${id}-${j + 1}`, taskId: id, position: j + 1, description, dueDate, doneAt }),
  );
  audit(assignedAt, "user-thuongtruc", "STANDING_COMMITTEE", "task.assign", "Task", id, null, "ASSIGNED", null, {
    code,
    decisionNumber: "98-QĐ/TU",
    origin: "DIRECT",
    supervisorId,
  });
  // The reports: what the cadre wrote stays inside the application; only the figures are published.
  const reports: [number, number, string, Date, Date][] = [
    [1, 71, "Đã vận động 27 hộ tự nguyện dừng đốt lò, tháo dỡ; 71 lò còn hoạt động.", vn(Y, 4, 10, 9), vn(Y, 4, 14, 15)],
    [
      2,
      34,
      "Tiếp tục tháo dỡ 37 lò, hỗ trợ các hộ chuyển sang làm gạch không nung; 34 lò còn hoạt động.",
      vn(Y, 7, 9, 9),
      vn(Y, 7, 13, 15),
    ],
    [3, 0, "Đã tháo dỡ toàn bộ 98 lò gạch thủ công trên địa bàn xã, hoàn trả mặt bằng.", vn(Y, 10, 8, 9), vn(Y, 10, 12, 15)],
  ];
  for (const [quarter, value, results, submittedAt, respondedAt] of reports) {
    const reportId = `rep-${id}-q${quarter}`;
    rows.reports.push({
      id: reportId,
      taskId: id,
      year: Y,
      quarter,
      results,
      selfProgress: Math.round(((98 - value) / 98) * 100),
      difficulties: quarter === 1 ? "Một số hộ còn băn khoăn về sinh kế sau khi dừng lò." : null,
      proposals: null,
      status: "RESPONDED",
      submittedAt,
      isLate: false,
      response: "Ghi nhận kết quả; đề nghị tiếp tục theo dõi, không để tái hoạt động.",
      respondedById: supervisorId,
      respondedAt,
      proposalAnswer: null,
      createdAt: submittedAt,
      updatedAt: respondedAt,
    });
    rows.actuals.push({ id: `act-${reportId}-1`, reportId, targetId, actualValue: String(value) });
    audit(submittedAt, cadre.userId, "CADRE", "report.submit", "QuarterlyReport", reportId, "DRAFT", "SUBMITTED", null, {
      taskId: id,
      year: Y,
      quarter,
      isLate: false,
    });
    audit(respondedAt, supervisorId, "SUPERVISOR", "report.respond", "QuarterlyReport", reportId, "SUBMITTED", "RESPONDED");
  }
  return { pressCaseTask: id };
}
