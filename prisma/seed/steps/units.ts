// The unit tree of the province and its two communes, and the three assigning bodies (levels).
import * as D from "@/prisma/seed-data";
import { get, vn } from "../shared";
import type { Level } from "../shared";
import type { SeedContext } from "../context";

type World = SeedContext;

export function seedUnits(w: World) {
  const { P, rnd, rows } = w;
  // ── Units ──
  const unitById = new Map(D.UNITS.map((x) => [x.id, x]));
  const pathOf = (id: string): string => {
    const unit = unitById.get(id);
    if (!unit) throw new Error(`seed: unknown unit ${id}`);
    return unit.parent ? `${pathOf(unit.parent)}${id}/` : `/${id}/`;
  };
  const unitCreated = vn(P - 1, 11, 1, 8);
  for (const unit of D.UNITS) {
    const path = pathOf(unit.id);
    rows.units.push({
      id: unit.id,
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      parentId: unit.parent,
      path,
      depth: path.split("/").filter(Boolean).length - 1,
      isAssigningBody: unit.assigning ?? false,
      createdAt: unitCreated,
      updatedAt: unitCreated,
    });
  }

  // ── Levels (assigning bodies) ──
  const TU: Level = {
    key: "tu",
    codePrefix: "TU",
    bodyId: D.ROOT_ID,
    bodyName: `Tỉnh ủy ${D.PROVINCE_NAME}`,
    standingUser: "user-thuongtruc",
    orgUser: "user-bantochuc",
    supervisors: [
      { id: "user-daumoi", weight: 40 },
      { id: "user-daumoi2", weight: 18 },
      { id: "user-daumoi3", weight: 17 },
      { id: "user-daumoi4", weight: 13 },
      { id: "user-pho-bithu", weight: 12 },
    ],
  };
  const communeA = get(D.COMMUNES, 0);
  const communeB = get(D.COMMUNES, 1);
  const TH: Level = {
    key: "th",
    codePrefix: "TH",
    bodyId: communeA.id,
    bodyName: `Đảng ủy ${communeA.name}`,
    standingUser: "user-thuongtruc-xa",
    orgUser: "user-bantochuc-xa",
    supervisors: [{ id: "user-daumoi-xa", weight: 1 }],
  };
  const LV: Level = {
    key: "lv",
    codePrefix: "LV",
    bodyId: communeB.id,
    bodyName: `Đảng ủy ${communeB.name}`,
    standingUser: "user-thuongtruc-lamvien",
    orgUser: "user-bantochuc-lamvien",
    supervisors: [{ id: "user-daumoi-lamvien", weight: 1 }],
  };
  const pickSupervisor = (level: Level) => {
    const total = level.supervisors.reduce((s, x) => s + x.weight, 0);
    let r = rnd() * total;
    for (const s of level.supervisors) {
      r -= s.weight;
      if (r < 0) return s.id;
    }
    return get(level.supervisors, 0).id;
  };

  return { unitById, TU, communeA, communeB, TH, LV, pickSupervisor };
}
