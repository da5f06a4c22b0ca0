import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getMyNotifications } from "@/lib/dal/account/notifications";
import { changeRoundStatus, createRound, listRoundPage } from "@/lib/dal/registrations/rounds";
import { listCompiledTasks } from "@/lib/dal/registrations/review";
import { ForbiddenError } from "@/lib/domain/errors";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

async function rounds(count: number) {
  const u = await f.createProvince();
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
  const communeOrg = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.commune.id }] });
  actAs(org);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await createRound({
      name: `Đợt ${String.fromCharCode(65 + i)} năm ${2030 + i}`,
      assigningBodyId: u.province.id,
      periodKind: "YEAR",
      startYear: 2030 + i,
      endYear: 2030 + i,
      registrationDeadline: new Date(Date.UTC(2029 + i, 11, 1)),
      minTasksPerCadre: 1,
      maxTasksPerCadre: 2,
      cadreGroups: ["DEPARTMENT_HEAD"],
    });
    ids.push(id);
  }
  return { ...u, org, communeOrg, ids };
}

describe("the rounds list", () => {
  it("pages the committee's rounds newest first, sorts through its whitelist and reads a junk sort as the default", async () => {
    const s = await rounds(12);
    const first = await listRoundPage({ page: 1, size: 10 });
    expect(first.total).toBe(12);
    expect(first.pageCount).toBe(2);
    expect(first.items.map((r) => r.startYear)).toEqual([2041, 2040, 2039, 2038, 2037, 2036, 2035, 2034, 2033, 2032]);
    expect(first.sort).toEqual({ key: "year", dir: "desc" });
    const second = await listRoundPage({ page: 2, size: 10 });
    expect(second.items.map((r) => r.startYear)).toEqual([2031, 2030]);

    const byName = await listRoundPage({ page: 1, size: 10, sort: "name", dir: "asc" });
    expect(byName.items[0]!.name).toBe("Đợt A năm 2030");
    expect(byName.sort).toEqual({ key: "name", dir: "asc" });

    for (const junk of ["constructor", "__proto__", "startYear; DROP TABLE", "password"]) {
      const page = await listRoundPage({ page: 1, size: 10, sort: junk, dir: "sideways" });
      expect(page.sort).toEqual({ key: "year", dir: "desc" });
      expect(page.items.map((r) => r.id)).toEqual(first.items.map((r) => r.id));
    }

    await changeRoundStatus({ id: s.ids[0]!, version: 0, action: "open" });
    const open = await listRoundPage({ page: 1, status: "OPEN" });
    expect(open.items.map((r) => r.id)).toEqual([s.ids[0]]);
  });

  it("a commune's committee does not see the province's rounds, and a cadre is refused the list", async () => {
    const s = await rounds(2);
    actAs(s.communeOrg);
    const page = await listRoundPage({ page: 1 });
    expect(page.items.map((r) => r.id)).not.toContain(s.ids[0]);
    expect(page.total).toBe(0);
    const cadre = await f.createCadre({ unitId: s.department.id, managedById: s.province.id, group: "DEPARTMENT_HEAD" });
    actAs(await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: s.department.id }] }));
    await expect(listRoundPage({ page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the notifications list", () => {
  it("pages the caller's own notifications, sorts them, keeps only the unread ones when asked, and reads junk as the default", async () => {
    const { province } = await f.createProvince();
    const me = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: province.id }] });
    const other = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: province.id }] });
    const db = await getDb();
    for (let i = 0; i < 25; i++) {
      await db.notification.create({
        data: {
          userId: me.id,
          kind: i % 2 ? "task.supervise" : "registration.returned",
          params: { taskTitle: `Việc ${i}` },
          href: "/supervision",
          createdAt: new Date(Date.UTC(2026, 0, 1 + i)),
          readAt: i < 5 ? new Date(Date.UTC(2026, 1, 1)) : null,
        },
      });
    }
    const theirs = await db.notification.create({ data: { userId: other.id, kind: "task.supervise", params: {}, href: "/x" } });
    actAs(me);

    const first = await getMyNotifications({ page: 1, size: 10 });
    expect(first.total).toBe(25);
    expect(first.unread).toBe(20);
    expect(first.pageCount).toBe(3);
    expect(first.items.map((n) => n.detail)).toEqual(Array.from({ length: 10 }, (_, i) => `Việc ${24 - i}`));
    const last = await getMyNotifications({ page: 3, size: 10 });
    expect(last.items.map((n) => n.detail)).toEqual(["Việc 4", "Việc 3", "Việc 2", "Việc 1", "Việc 0"]);
    expect([...first.items, ...last.items].map((n) => n.id)).not.toContain(theirs.id);

    const oldest = await getMyNotifications({ page: 1, size: 10, sort: "date", dir: "asc" });
    expect(oldest.items[0]!.detail).toBe("Việc 0");
    const readLast = await getMyNotifications({ page: 3, size: 10, sort: "read", dir: "asc" });
    expect(readLast.items.every((n) => n.read)).toBe(true);

    const junk = await getMyNotifications({ page: 1, size: 10, sort: "toString", dir: "up" });
    expect(junk.sort).toEqual({ key: "date", dir: "desc" });
    expect(junk.items.map((n) => n.id)).toEqual(first.items.map((n) => n.id));

    const unread = await getMyNotifications({ page: 1, size: 100, show: "unread" });
    expect(unread.total).toBe(20);
    expect(unread.items.every((n) => !n.read)).toBe(true);

    actAs(other);
    const theirsOnly = await getMyNotifications({ page: 1, size: 100 });
    expect(theirsOnly.items.map((n) => n.id)).toEqual([theirs.id]);
  });
});

describe("the compiled list", () => {
  it("pages the round's proposed tasks in group order, sorts within a group through its whitelist, and hides another body's", async () => {
    const u = await f.createProvince();
    const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
    const communeOrg = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.commune.id }] });
    const round = await f.createRound({ assigningBodyId: u.province.id, year: 2027, status: "OPEN" });
    const db = await getDb();
    const fields = ["DIGITAL_TRANSFORMATION", "AGRICULTURE"] as const;
    // Twelve tasks: six cadres (three in each of two units), two tasks each, one per field.
    for (let i = 0; i < 6; i++) {
      const unitId = i < 3 ? u.department.id : u.orgBoard.id;
      const cadre = await f.createCadre({
        unitId,
        managedById: u.province.id,
        fullName: `Cán bộ ${String.fromCharCode(70 - i)}`,
      });
      const reg = await f.createRegistration({ roundId: round.id, cadreId: cadre.id, status: "SUBMITTED" });
      for (const [position, field] of fields.entries()) {
        await db.proposedTask.create({
          data: {
            registrationId: reg.id,
            position,
            title: `Việc ${i}-${position}`,
            field,
            breakthroughKind: "NEW",
            objectives: "Mục tiêu",
            plan: "Kế hoạch",
            expectedProduct: "Sản phẩm",
            startDate: new Date("2027-01-01"),
            endDate: new Date("2027-12-31"),
          },
        });
      }
    }
    actAs(org);
    const first = await listCompiledTasks(round.id, { page: 1, size: 10 });
    expect(first.total).toBe(12);
    expect(first.pageCount).toBe(2);
    expect(first.sort).toEqual({ key: "cadre", dir: "asc" });
    const second = await listCompiledTasks(round.id, { page: 2, size: 10 });
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((t) => t.id)).size).toBe(12);
    // By unit (the default grouping): each unit's rows together, units in name order, cadres in name order within.
    const units = all.map((t) => t.unitName);
    expect(units).toEqual([...units].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const ofUnit = all.filter((t) => t.unitName === units[0]).map((t) => t.cadreName);
    expect(ofUnit).toEqual([...ofUnit].sort());

    const byField = await listCompiledTasks(round.id, { page: 1, size: 100, group: "field", sort: "task", dir: "desc" });
    expect(byField.items.slice(0, 6).every((t) => t.field === byField.items[0]!.field)).toBe(true);
    const titles = byField.items.slice(0, 6).map((t) => t.title);
    expect(titles).toEqual([...titles].sort().reverse());

    const junk = await listCompiledTasks(round.id, { page: 1, size: 10, sort: "valueOf", dir: "x" });
    expect(junk.sort).toEqual({ key: "cadre", dir: "asc" });
    expect(junk.items.map((t) => t.id)).toEqual(first.items.map((t) => t.id));

    actAs(communeOrg);
    const outside = await listCompiledTasks(round.id, { page: 1 });
    expect(outside.total).toBe(0);
    expect(outside.items).toEqual([]);
  });
});
