import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { CadreGroup, Role, UnitKind } from "@/lib/generated/prisma/enums";

let counter = 0;
const next = () => ++counter;

export const TEST_PASSWORD = "Test@2026pass";
let testHash: Promise<string> | undefined;

export async function createUnit(
  options: {
    name?: string;
    kind?: UnitKind;
    parent?: { id: string; path: string; depth: number };
    isAssigningBody?: boolean;
  } = {},
) {
  const db = await getDb();
  const id = randomUUID();
  const n = next();
  return db.unit.create({
    data: {
      id,
      code: `U${n}-${id.slice(0, 6)}`,
      name: options.name ?? `Đơn vị ${n}`,
      kind: options.kind ?? "DEPARTMENT",
      parentId: options.parent?.id ?? null,
      path: `${options.parent?.path ?? "/"}${id}/`,
      depth: options.parent ? options.parent.depth + 1 : 0,
      isAssigningBody: options.isAssigningBody ?? false,
    },
  });
}

/**
 * A small province: the provincial committee (assigning body) with its organisation board and a
 * department, and a commune that is an assigning body of its own with one office below it.
 */
export async function createProvince() {
  const province = await createUnit({ name: "Tỉnh ủy Thử nghiệm", kind: "PARTY_COMMITTEE", isAssigningBody: true });
  const orgBoard = await createUnit({ name: "Ban Tổ chức Tỉnh ủy", kind: "PARTY_BOARD", parent: province });
  const department = await createUnit({ name: "Sở Nông nghiệp và Môi trường", kind: "DEPARTMENT", parent: province });
  const commune = await createUnit({
    name: "Đảng ủy xã Thử nghiệm",
    kind: "PARTY_COMMITTEE",
    parent: province,
    isAssigningBody: true,
  });
  const communeOffice = await createUnit({ name: "UBND xã Thử nghiệm", kind: "GOVERNMENT", parent: commune });
  return { province, orgBoard, department, commune, communeOffice };
}

export async function createCadre(options: { unitId: string; managedById: string; fullName?: string; group?: CadreGroup }) {
  const db = await getDb();
  const n = next();
  return db.cadre.create({
    data: {
      fullName: options.fullName ?? `Nguyễn Văn Thử ${n}`,
      positionTitle: "Giám đốc",
      unitId: options.unitId,
      managedById: options.managedById,
      group: options.group ?? "DEPARTMENT_HEAD",
    },
  });
}

/** A user with the given roles; `password` defaults to TEST_PASSWORD (hashed once per run). */
export async function createUser(options: {
  roles: { role: Role; unitId: string }[];
  cadreId?: string;
  username?: string;
  password?: string;
  mustChangePassword?: boolean;
  active?: boolean;
}) {
  const db = await getDb();
  const passwordHash = options.password ? await hashPassword(options.password) : await (testHash ??= hashPassword(TEST_PASSWORD));
  const user = await db.user.create({
    data: {
      username: options.username ?? `user${next()}`,
      fullName: `Người dùng ${counter}`,
      passwordHash,
      mustChangePassword: options.mustChangePassword ?? false,
      active: options.active ?? true,
      cadreId: options.cadreId ?? null,
      memberships: { create: options.roles },
    },
    include: { memberships: true },
  });
  return user;
}

export async function createRound(options: {
  assigningBodyId: string;
  year?: number;
  status?: "DRAFT" | "OPEN" | "CLOSED";
  deadline?: Date;
  ratingRuleSet?: "QD366_2025" | "PILOT_2021";
}) {
  const db = await getDb();
  const year = options.year ?? 2027;
  return db.round.create({
    data: {
      name: `Đăng ký việc đột phá năm ${year} (${next()})`,
      assigningBodyId: options.assigningBodyId,
      periodKind: "YEAR",
      startYear: year,
      endYear: year,
      registrationDeadline: options.deadline ?? new Date(`${year - 1}-12-31T16:59:59Z`),
      status: options.status ?? "OPEN",
      ratingRuleSet: options.ratingRuleSet,
    },
  });
}

export async function createRegistration(options: {
  roundId: string;
  cadreId: string;
  status?: "DRAFT" | "SUBMITTED" | "RETURNED" | "FORWARDED" | "DECIDED" | "WITHDRAWN";
  isLate?: boolean;
}) {
  const db = await getDb();
  return db.registration.create({
    data: {
      roundId: options.roundId,
      cadreId: options.cadreId,
      status: options.status ?? "DRAFT",
      isLate: options.isLate ?? false,
      submittedAt: options.status && options.status !== "DRAFT" ? new Date() : null,
      forwardedAt: options.status === "FORWARDED" ? new Date() : null,
    },
  });
}

export async function createTask(options: {
  roundId: string;
  cadre: { id: string; unitId: string };
  supervisorId: string;
  assignedById: string;
  status?: "ASSIGNED" | "COMPLETED" | "UNFINISHED" | "CARRIED_OVER" | "CANCELLED";
}) {
  const db = await getDb();
  const n = next();
  return db.task.create({
    data: {
      code: `T-${n}-${randomUUID().slice(0, 6)}`,
      roundId: options.roundId,
      cadreId: options.cadre.id,
      unitId: options.cadre.unitId,
      origin: "DIRECT",
      title: `Việc đột phá số ${n}`,
      field: "LAND",
      breakthroughKind: "BACKLOG",
      objectives: "Mục tiêu",
      plan: "Kế hoạch",
      expectedProduct: "Sản phẩm",
      startDate: new Date("2027-01-01T00:00:00Z"),
      endDate: new Date("2027-12-31T00:00:00Z"),
      status: options.status ?? "ASSIGNED",
      decisionNumber: `${n}-QĐ/TU`,
      decisionDate: new Date("2027-03-15T00:00:00Z"),
      supervisorId: options.supervisorId,
      assignedById: options.assignedById,
      targets: {
        create: {
          position: 1,
          indicator: "Số hồ sơ",
          unitOfMeasure: "hồ sơ",
          baseline: "0",
          originalValue: "100",
          targetValue: "100",
          direction: "INCREASE",
          deadline: new Date("2027-12-31T00:00:00Z"),
        },
      },
    },
  });
}
