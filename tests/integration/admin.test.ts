import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addRole, createUser, getUser, listUsers, removeRole, resetPassword, setUserActive } from "@/lib/dal/admin/users";
import { createCadre, getCadre, listCadres, setCadreActive, updateCadre } from "@/lib/dal/admin/cadres";
import { createUnit, listUnits, setUnitActive, updateUnit } from "@/lib/dal/admin/units";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import * as factories from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

async function setup() {
  const units = await factories.createProvince();
  const provinceAdmin = await factories.createUser({ roles: [{ role: "ADMIN", unitId: units.province.id }] });
  const communeAdmin = await factories.createUser({ roles: [{ role: "ADMIN", unitId: units.commune.id }] });
  return { ...units, provinceAdmin, communeAdmin };
}

describe("units", () => {
  it("an administrator sees the tree of their scope in tree order; a commune administrator only the commune", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const all = await listUnits();
    expect(all.map((u) => u.id)[0]).toBe(s.province.id);
    expect(all).toHaveLength(5);
    const communeIndex = all.findIndex((u) => u.id === s.commune.id);
    expect(all[communeIndex + 1]!.id).toBe(s.communeOffice.id);
    actAs(s.communeAdmin);
    expect((await listUnits()).map((u) => u.id).sort()).toEqual([s.commune.id, s.communeOffice.id].sort());
  });

  it("creates a unit under a parent in scope, with its path, and audits it", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const { id } = await createUnit({
      code: "SO-TC",
      name: "Sở Tài chính",
      kind: "DEPARTMENT",
      parentId: s.province.id,
      isAssigningBody: false,
    });
    const db = await getDb();
    const unit = await db.unit.findUniqueOrThrow({ where: { id } });
    expect(unit.path).toBe(`${s.province.path}${id}/`);
    expect(unit.depth).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "unit.create", actorId: s.provinceAdmin.id } })).toBe(1);
  });

  it("refuses a duplicate code and a parent outside the administrator's scope", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    await createUnit({ code: "DUP", name: "A", kind: "OTHER", parentId: s.province.id, isAssigningBody: false });
    await expect(
      createUnit({ code: "DUP", name: "B", kind: "OTHER", parentId: s.province.id, isAssigningBody: false }),
    ).rejects.toMatchObject({
      code: "codeTaken",
    });
    actAs(s.communeAdmin);
    await expect(
      createUnit({ code: "X", name: "X", kind: "OTHER", parentId: s.department.id, isAssigningBody: false }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("moving a unit moves its whole subtree, and a unit cannot move under itself", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const db = await getDb();
    const commune = await db.unit.findUniqueOrThrow({ where: { id: s.commune.id } });
    await updateUnit({
      id: commune.id,
      version: commune.version,
      code: commune.code,
      name: commune.name,
      kind: commune.kind,
      parentId: s.department.id,
      isAssigningBody: true,
    });
    const office = await db.unit.findUniqueOrThrow({ where: { id: s.communeOffice.id } });
    expect(office.path).toBe(`${s.department.path}${s.commune.id}/${s.communeOffice.id}/`);
    expect(office.depth).toBe(3);
    const moved = await db.unit.findUniqueOrThrow({ where: { id: s.commune.id } });
    expect(moved.path).toBe(`${s.department.path}${s.commune.id}/`);
    expect(moved.depth).toBe(2);
    expect(await db.auditEvent.count({ where: { entityId: s.commune.id, action: "unit.move" } })).toBe(1);
    await expect(
      updateUnit({
        id: moved.id,
        version: moved.version,
        code: moved.code,
        name: moved.name,
        kind: moved.kind,
        parentId: s.communeOffice.id,
        isAssigningBody: true,
      }),
    ).rejects.toMatchObject({ code: "unitCycle" });
  });

  it("a stale version is a conflict and nothing is overwritten", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const base = {
      id: s.department.id,
      code: s.department.code,
      kind: s.department.kind,
      parentId: s.province.id,
      isAssigningBody: false,
    };
    await updateUnit({ ...base, version: 0, name: "Tên thứ nhất" });
    await expect(updateUnit({ ...base, version: 0, name: "Tên thứ hai" })).rejects.toBeInstanceOf(ConflictError);
    expect((await (await getDb()).unit.findUniqueOrThrow({ where: { id: s.department.id } })).name).toBe("Tên thứ nhất");
  });

  it("a unit with active cadres cannot be deactivated", async () => {
    const s = await setup();
    await factories.createCadre({ unitId: s.department.id, managedById: s.province.id });
    actAs(s.provinceAdmin);
    await expect(setUnitActive({ id: s.department.id, version: 0, active: false })).rejects.toMatchObject({
      code: "unitNotEmpty",
    });
    await setUnitActive({ id: s.orgBoard.id, version: 0, active: false });
    expect((await (await getDb()).unit.findUniqueOrThrow({ where: { id: s.orgBoard.id } })).active).toBe(false);
  });
});

describe("cadres", () => {
  it("creates, edits and deactivates a cadre managed by an assigning body above their unit", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const { id } = await createCadre({
      fullName: "Trần Thị Hoa",
      positionTitle: "Giám đốc Sở",
      unitId: s.department.id,
      managedById: s.province.id,
      group: "DEPARTMENT_HEAD",
    });
    await updateCadre({
      id,
      version: 0,
      fullName: "Trần Thị Hoa",
      positionTitle: "Giám đốc Sở Nông nghiệp và Môi trường",
      unitId: s.department.id,
      managedById: s.province.id,
      group: "DEPARTMENT_HEAD",
    });
    expect((await getCadre(id)).positionTitle).toBe("Giám đốc Sở Nông nghiệp và Môi trường");
    await setCadreActive({ id, version: 1, active: false });
    expect((await getCadre(id)).active).toBe(false);
  });

  it("refuses a managing body that is not an assigning body or is not above the cadre's unit", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const base = { fullName: "Lê Văn Nam", positionTitle: "Phó Chủ tịch", group: "DEPUTY_HEAD" as const };
    await expect(createCadre({ ...base, unitId: s.department.id, managedById: s.orgBoard.id })).rejects.toMatchObject({
      code: "notAssigningBody",
    });
    await expect(createCadre({ ...base, unitId: s.department.id, managedById: s.commune.id })).rejects.toMatchObject({
      code: "managingBodyNotAbove",
    });
  });

  it("lists only cadres in scope, searched without regard to case, a page at a time; another scope's cadre reads as not found", async () => {
    const s = await setup();
    const inCommune = await factories.createCadre({
      unitId: s.communeOffice.id,
      managedById: s.commune.id,
      fullName: "Hoàng Thị Mai",
    });
    const inProvince = await factories.createCadre({
      unitId: s.department.id,
      managedById: s.province.id,
      fullName: "Phạm Văn Đức",
    });
    actAs(s.communeAdmin);
    const page = await listCadres({ page: 1 });
    expect(page.items.map((c) => c.id)).toEqual([inCommune.id]);
    expect((await listCadres({ q: "hoàng", page: 1 })).total).toBe(1);
    await expect(getCadre(inProvince.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("users", () => {
  it("a new account must change its initial password, and its creation is audited", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const { id } = await createUser({
      username: "nguoi.moi",
      fullName: "Người Mới",
      email: null,
      cadreId: null,
      initialPassword: "BanDau2026",
      role: "COUNCIL",
      roleUnitId: s.province.id,
    });
    const user = await getUser(id);
    expect(user.mustChangePassword).toBe(true);
    expect(user.memberships.map((m) => m.role)).toEqual(["COUNCIL"]);
    expect(await (await getDb()).auditEvent.count({ where: { entityId: id, action: "user.create" } })).toBe(1);
    await expect(
      createUser({
        username: "nguoi.moi",
        fullName: "Khác",
        email: null,
        cadreId: null,
        initialPassword: "BanDau2026",
        role: "COUNCIL",
        roleUnitId: s.province.id,
      }),
    ).rejects.toMatchObject({ code: "usernameTaken" });
  });

  it("deactivating a user or resetting their password ends their sessions", async () => {
    const s = await setup();
    const target = await factories.createUser({ roles: [{ role: "SUPERVISOR", unitId: s.province.id }] });
    actAs(s.provinceAdmin);
    await resetPassword({ id: target.id, version: 0, newPassword: "MoiDat2026" });
    const db = await getDb();
    let stored = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(stored.sessionVersion).toBe(1);
    expect(stored.mustChangePassword).toBe(true);
    await setUserActive({ id: target.id, version: stored.version, active: false });
    stored = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(stored.active).toBe(false);
    expect(stored.sessionVersion).toBe(2);
  });

  it("an administrator cannot deactivate themselves or drop their own administrator role", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    await expect(setUserActive({ id: s.provinceAdmin.id, version: 0, active: false })).rejects.toMatchObject({
      code: "cannotChangeOwnAccess",
    });
    await expect(removeRole(s.provinceAdmin.memberships[0]!.id)).rejects.toMatchObject({ code: "cannotChangeOwnAccess" });
  });

  it("roles are added within scope; the cadre role needs a linked cadre", async () => {
    const s = await setup();
    const target = await factories.createUser({ roles: [{ role: "SUPERVISOR", unitId: s.commune.id }] });
    actAs(s.communeAdmin);
    await addRole({ userId: target.id, role: "COUNCIL", unitId: s.commune.id });
    await expect(addRole({ userId: target.id, role: "COUNCIL", unitId: s.commune.id })).rejects.toMatchObject({
      code: "roleExists",
    });
    await expect(addRole({ userId: target.id, role: "CADRE", unitId: s.commune.id })).rejects.toMatchObject({
      code: "cadreRoleNeedsCadre",
    });
    await expect(addRole({ userId: target.id, role: "ADMIN", unitId: s.province.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getUser(target.id)).memberships.map((m) => m.role).sort()).toEqual(["COUNCIL", "SUPERVISOR"]);
  });

  it("a commune administrator lists only the commune's accounts", async () => {
    const s = await setup();
    const communeUser = await factories.createUser({ roles: [{ role: "CADRE", unitId: s.communeOffice.id }] });
    actAs(s.communeAdmin);
    const ids = (await listUsers({ page: 1 })).items.map((u) => u.id);
    expect(ids.sort()).toEqual([s.communeAdmin.id, communeUser.id].sort());
    await expect(getUser(s.provinceAdmin.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the wrong role", () => {
  it("every administration call is refused to a non-administrator", async () => {
    const s = await setup();
    const standing = await factories.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: s.province.id }] });
    actAs(standing);
    const calls: Array<() => Promise<unknown>> = [
      () => listUnits(),
      () => createUnit({ code: "Z", name: "Z", kind: "OTHER", parentId: s.province.id, isAssigningBody: false }),
      () => listCadres({ page: 1 }),
      () =>
        createCadre({ fullName: "A", positionTitle: "B", unitId: s.department.id, managedById: s.province.id, group: "OTHER" }),
      () => listUsers({ page: 1 }),
      () => setUserActive({ id: s.provinceAdmin.id, version: 0, active: false }),
      () => resetPassword({ id: s.provinceAdmin.id, version: 0, newPassword: "Hacked2026" }),
      () => addRole({ userId: standing.id, role: "ADMIN", unitId: s.province.id }),
    ];
    for (const call of calls) await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    expect(await (await getDb()).roleMembership.count({ where: { userId: standing.id, role: "ADMIN" } })).toBe(0);
  });
});

describe("what an administrator may change is narrower than what they may see", () => {
  it("a commune administrator sees, but cannot change, an account that also holds a provincial role", async () => {
    const s = await setup();
    const secretaryCadre = await factories.createCadre({
      unitId: s.commune.id,
      managedById: s.province.id,
      group: "LOCAL_LEADER",
    });
    const secretary = await factories.createUser({
      cadreId: secretaryCadre.id,
      roles: [
        { role: "CADRE", unitId: s.commune.id },
        { role: "COUNCIL", unitId: s.province.id },
      ],
    });
    actAs(s.communeAdmin);
    const seen = await getUser(secretary.id);
    expect(seen.writable).toBe(false);
    // The provincial role is not even listed to the commune administrator.
    expect(seen.memberships.map((m) => m.role)).toEqual(["CADRE"]);
    await expect(resetPassword({ id: secretary.id, version: 0, newPassword: "Chiem2026quyen" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(setUserActive({ id: secretary.id, version: 0, active: false })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeRole(secretary.memberships.find((m) => m.role === "CADRE")!.id)).rejects.toBeInstanceOf(NotFoundError);
    const stored = await (await getDb()).user.findUniqueOrThrow({ where: { id: secretary.id } });
    expect(stored.sessionVersion).toBe(0);
    expect(stored.active).toBe(true);
  });

  it("an administrator cannot grant roles to, edit, or reset the password of their own account", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    await expect(
      addRole({ userId: s.provinceAdmin.id, role: "STANDING_COMMITTEE", unitId: s.province.id }),
    ).rejects.toMatchObject({ code: "cannotChangeOwnAccess" });
    await expect(resetPassword({ id: s.provinceAdmin.id, version: 0, newPassword: "TuDat2026x" })).rejects.toMatchObject({
      code: "cannotChangeOwnAccess",
    });
    expect((await getUser(s.provinceAdmin.id)).writable).toBe(false);
    expect(await (await getDb()).roleMembership.count({ where: { userId: s.provinceAdmin.id } })).toBe(1);
  });

  it("a commune administrator cannot deactivate or edit a cadre the province manages", async () => {
    const s = await setup();
    const secretary = await factories.createCadre({ unitId: s.commune.id, managedById: s.province.id, group: "LOCAL_LEADER" });
    actAs(s.communeAdmin);
    expect((await listCadres({ page: 1 })).items.map((c) => c.id)).toContain(secretary.id);
    await expect(setCadreActive({ id: secretary.id, version: 0, active: false })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      updateCadre({
        id: secretary.id,
        version: 0,
        fullName: "X",
        positionTitle: "Y",
        unitId: s.commune.id,
        managedById: s.commune.id,
        group: "LOCAL_LEADER",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await (await getDb()).cadre.findUniqueOrThrow({ where: { id: secretary.id } })).managedById).toBe(s.province.id);
  });

  it("a move that would leave cadres managed by a body no longer above them is refused, and nothing moves", async () => {
    const s = await setup();
    await factories.createCadre({ unitId: s.communeOffice.id, managedById: s.commune.id });
    actAs(s.provinceAdmin);
    const office = await (await getDb()).unit.findUniqueOrThrow({ where: { id: s.communeOffice.id } });
    await expect(
      updateUnit({
        id: office.id,
        version: office.version,
        code: office.code,
        name: office.name,
        kind: office.kind,
        parentId: s.department.id,
        isAssigningBody: false,
      }),
    ).rejects.toMatchObject({ code: "moveStrandsCadres" });
    expect((await (await getDb()).unit.findUniqueOrThrow({ where: { id: office.id } })).path).toBe(office.path);
  });

  it("a body that still manages cadres cannot stop being an assigning body", async () => {
    const s = await setup();
    await factories.createCadre({ unitId: s.communeOffice.id, managedById: s.commune.id });
    actAs(s.provinceAdmin);
    const commune = await (await getDb()).unit.findUniqueOrThrow({ where: { id: s.commune.id } });
    await expect(
      updateUnit({
        id: commune.id,
        version: commune.version,
        code: commune.code,
        name: commune.name,
        kind: commune.kind,
        isAssigningBody: false,
      }),
    ).rejects.toMatchObject({ code: "assigningBodyInUse" });
  });

  it("an account created with the cadre role must be linked to a cadre", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    await expect(
      createUser({
        username: "khong.ho.so",
        fullName: "A",
        email: null,
        cadreId: null,
        initialPassword: "BanDau2026",
        role: "CADRE",
        roleUnitId: s.department.id,
      }),
    ).rejects.toMatchObject({ code: "cadreRoleNeedsCadre" });
  });
});
