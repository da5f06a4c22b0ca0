// The task template catalogue of the provincial standing committee, and four more communes with their
// chairmen, so the province has twelve commune chairmen it manages (the "assign to many" of issue 16: one
// brick-kiln task to every commune chairman). Written last and without drawing from the random sequence, so
// every row of the earlier steps, and every figure of the press cases, stays exactly as it was.
import { Prisma } from "@/lib/generated/prisma/client";
import * as D from "@/prisma/seed-data";
import { vn } from "../shared";
import type { SeedContext } from "../context";

/** The added communes: not assigning bodies; their chairman is managed by the province. */
export const EXTRA_COMMUNES = [
  { id: "unit-xa-phu-loc", slug: "PHULOC", name: "xã Phú Lộc", chairman: "Lương Văn Tiến", username: "chutich.phuloc" },
  { id: "unit-xa-khe-lau", slug: "KHELAU", name: "xã Khe Lau", chairman: "Ma Thị Hồng", username: "chutich.khelau" },
  { id: "unit-phuong-dong-ha", slug: "DONGHA", name: "phường Đông Hà", chairman: "Quan Văn Phúc", username: "chutich.dongha" },
  {
    id: "unit-xa-minh-quang",
    slug: "MINHQUANG",
    name: "xã Minh Quang",
    chairman: "Nông Văn Sáng",
    username: "chutich.minhquang",
  },
] as const;

export const BRICK_KILN_TEMPLATE_ID = "tpl-lo-gach";
export const ONLINE_SERVICES_TEMPLATE_ID = "tpl-dvc-truc-tuyen";

export function seedCatalogue(w: SeedContext) {
  const { P, Y, rows, passwordHash, audit } = w;
  const created = vn(P - 1, 11, 1, 8);
  EXTRA_COMMUNES.forEach((c, i) => {
    const office = `${c.id}-ubnd`;
    rows.units.push(
      {
        id: c.id,
        code: `DU-${c.slug}`,
        name: `Đảng ủy ${c.name}`,
        kind: "PARTY_COMMITTEE",
        parentId: D.ROOT_ID,
        path: `/${D.ROOT_ID}/${c.id}/`,
        depth: 1,
        createdAt: created,
        updatedAt: created,
      },
      {
        id: office,
        code: `UBND-${c.slug}`,
        name: `Ủy ban nhân dân ${c.name}`,
        kind: "GOVERNMENT",
        parentId: c.id,
        path: `/${D.ROOT_ID}/${c.id}/${office}/`,
        depth: 2,
        createdAt: created,
        updatedAt: created,
      },
    );
    const cadreId = `cadre-ct-${i + 1}`;
    const userId = `user-${c.username.replace(/\./g, "-")}`;
    rows.cadres.push({
      id: cadreId,
      // A cadre code (mã cán bộ), as a decision's task list names them (docs/decisions/085).
      code: `CB-CT-${c.slug}`,
      fullName: c.chairman,
      positionTitle: `Phó Bí thư Đảng ủy, Chủ tịch UBND ${c.name}`,
      unitId: office,
      managedById: D.ROOT_ID,
      group: "LOCAL_LEADER",
      createdAt: vn(P - 1, 11, 15, 8),
      updatedAt: vn(P - 1, 11, 15, 8),
    });
    rows.users.push({
      id: userId,
      username: c.username,
      passwordHash,
      fullName: c.chairman,
      locale: "vi",
      mustChangePassword: false,
      cadreId,
      createdAt: created,
      updatedAt: created,
    });
    rows.memberships.push({ id: `mem-ct-${i + 1}`, userId, role: "CADRE", unitId: office, createdAt: created });
  });

  const at = vn(Y, 10, 6, 9);
  rows.taskTemplates.push({
    id: BRICK_KILN_TEMPLATE_ID,
    ownerUnitId: D.ROOT_ID,
    field: "ENVIRONMENT",
    title: "Xóa bỏ các lò gạch thủ công còn lại trên địa bàn",
    breakthroughKind: "BACKLOG",
    objectives: "Chấm dứt sản xuất gạch bằng lò thủ công gây ô nhiễm; hỗ trợ các hộ chuyển đổi nghề ổn định.",
    plan: "Rà soát, lập danh sách lò; tuyên truyền, vận động; hỗ trợ chuyển đổi nghề; tháo dỡ và kiểm tra tái hoạt động.",
    expectedProduct: "Không còn lò gạch thủ công hoạt động trên địa bàn.",
    targets: [
      {
        indicator: "Số lò gạch thủ công còn hoạt động",
        unitOfMeasure: "lò",
        direction: "DECREASE",
        baseline: "8",
        targetValue: "0",
        deadlineMonths: 12,
      },
      {
        indicator: "Số hộ được hỗ trợ chuyển đổi nghề",
        unitOfMeasure: "hộ",
        direction: "INCREASE",
        baseline: "0",
        targetValue: "6",
        deadlineMonths: 9,
      },
    ] satisfies Prisma.InputJsonValue,
    milestones: [
      { description: "Hoàn thành rà soát, lập danh sách lò và hộ sản xuất", offsetMonths: 3 },
      { description: "Tháo dỡ ít nhất một nửa số lò", offsetMonths: 6 },
    ] satisfies Prisma.InputJsonValue,
    createdById: "user-thuongtruc",
    createdAt: at,
    updatedAt: at,
  });
  audit(at, "user-thuongtruc", "STANDING_COMMITTEE", "taskTemplate.create", "TaskTemplate", BRICK_KILN_TEMPLATE_ID, null, null);

  // A second template, with an increase and a decrease, for a decision's task list imported from .xlsx
  // (docs/decisions/085); its field sorts after the brick kilns', so the kilns stay the first offered.
  rows.taskTemplates.push({
    id: ONLINE_SERVICES_TEMPLATE_ID,
    ownerUnitId: D.ROOT_ID,
    field: "DIGITAL_TRANSFORMATION",
    title: "Giải quyết thủ tục hành chính trực tuyến toàn trình cấp xã",
    breakthroughKind: "NEW",
    objectives: "Người dân nộp và nhận kết quả thủ tục hành chính cấp xã trực tuyến, không phải đến trụ sở.",
    plan: "Rà soát thủ tục; số hóa hồ sơ, kết quả; hướng dẫn người dân tại thôn, tổ dân phố; theo dõi hằng tháng.",
    expectedProduct: "Thủ tục hành chính cấp xã được giải quyết trực tuyến toàn trình, đúng hạn.",
    targets: [
      {
        indicator: "Tỷ lệ hồ sơ nộp trực tuyến toàn trình",
        unitOfMeasure: "%",
        direction: "INCREASE",
        baseline: "40",
        targetValue: "80",
        deadlineMonths: 12,
      },
      {
        indicator: "Thời gian giải quyết hồ sơ bình quân",
        unitOfMeasure: "ngày",
        direction: "DECREASE",
        baseline: "5",
        targetValue: "2",
        deadlineMonths: 12,
      },
    ] satisfies Prisma.InputJsonValue,
    milestones: [{ description: "Hoàn thành số hóa hồ sơ, kết quả thủ tục", offsetMonths: 6 }] satisfies Prisma.InputJsonValue,
    createdById: "user-thuongtruc",
    createdAt: at,
    updatedAt: at,
  });
  audit(
    at,
    "user-thuongtruc",
    "STANDING_COMMITTEE",
    "taskTemplate.create",
    "TaskTemplate",
    ONLINE_SERVICES_TEMPLATE_ID,
    null,
    null,
  );
}
