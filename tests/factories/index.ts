import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { CadreGroup, Role, UnitKind } from "@/lib/generated/prisma/enums";

let counter = 0;
const next = () => ++counter;

export const TEST_PASSWORD = "Test@2026pass";
let testHash: Promise<string> | undefined;

export async function createUnit(options: { name?: string; kind?: UnitKind; parent?: { id: string; path: string; depth: number }; isAssigningBody?: boolean } = {}) {
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
  const commune = await createUnit({ name: "Đảng ủy xã Thử nghiệm", kind: "PARTY_COMMITTEE", parent: province, isAssigningBody: true });
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
