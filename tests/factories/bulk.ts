import { saveTaskTemplate } from "@/lib/dal/decisions/templates";
import { BulkAssignmentSchema, SaveTaskTemplateSchema, type BulkAssignmentInput } from "@/lib/validation/template";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

/** The brick-kiln template of issue 16: two targets (a decrease and an increase) and two milestones. */
export const kilns = () =>
  SaveTaskTemplateSchema.parse({
    template: {
      title: "Xóa bỏ các lò gạch thủ công còn lại trên địa bàn",
      field: "ENVIRONMENT",
      breakthroughKind: "BACKLOG",
      objectives: "Chấm dứt sản xuất gạch bằng lò thủ công",
      plan: "Rà soát, vận động, hỗ trợ chuyển đổi nghề",
      expectedProduct: "Không còn lò gạch thủ công",
      targets: [
        {
          indicator: "Số lò gạch thủ công",
          unitOfMeasure: "lò",
          direction: "DECREASE",
          baseline: "10",
          targetValue: "0",
          deadlineMonths: "12",
        },
        {
          indicator: "Số hộ được hỗ trợ chuyển nghề",
          unitOfMeasure: "hộ",
          direction: "INCREASE",
          baseline: "0",
          targetValue: "5",
          deadlineMonths: "9",
        },
      ],
      milestones: [
        { description: "Hoàn thành rà soát", offsetMonths: "3" },
        { description: "Tháo dỡ một nửa số lò", offsetMonths: "6" },
      ],
    },
  });

/** A province with a commune, its 12 chairmen managed by the province, a supervisor, a template and a round. */
export async function world(chairmen = 12) {
  const u = await f.createProvince();
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
  const communeStanding = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.commune.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const communeSupervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.commune.id }] });
  const cadres = [];
  for (let i = 0; i < chairmen; i++) {
    const cadre = await f.createCadre({ unitId: u.communeOffice.id, managedById: u.province.id, group: "LOCAL_LEADER" });
    const user = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.communeOffice.id }] });
    cadres.push({ ...cadre, userId: user.id });
  }
  // A cadre the commune manages: outside the province committee's reach.
  const communeCadre = await f.createCadre({ unitId: u.communeOffice.id, managedById: u.commune.id });
  const round = await f.createRound({ assigningBodyId: u.province.id, year: 2027, status: "OPEN" });
  actAs(standing);
  const template = await saveTaskTemplate(kilns());
  return { u, standing, org, communeStanding, supervisor, communeSupervisor, cadres, communeCadre, round, template };
}
export type World = Awaited<ReturnType<typeof world>>;

let keys = 0;
export function batch(w: World, overrides: Partial<BulkAssignmentInput> = {}): BulkAssignmentInput {
  return BulkAssignmentSchema.parse({
    idempotencyKey: `key-${Date.now()}-${++keys}`,
    templateId: w.template.id,
    templateVersion: w.template.version,
    roundId: w.round.id,
    decisionNumber: "125-QĐ/TU",
    decisionDate: "2027-01-10",
    defaultSupervisorId: w.supervisor.id,
    rows: w.cadres.map((c) => ({
      cadreId: c.id,
      targets: [
        { baseline: "10", targetValue: "0" },
        { baseline: "0", targetValue: "5" },
      ],
    })),
    ...overrides,
  });
}
