import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { searchTerms } from "@/lib/dal/_shared/search";
import { taskScope, taskScopeSql } from "@/lib/dal/_shared/task-scope";
import { search, type SearchResult } from "@/lib/dal/read-models/search";
import { ForbiddenError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { readQuery, SearchQuerySchema } from "@/lib/validation/query";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

/** A province and a commune under it, each with a committee, a cadre with an account and a task. */
async function world() {
  const db = await getDb();
  const units = await f.createProvince();
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: units.province.id }] });
  const provinceOrg = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: units.province.id }] });
  const communeOrg = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: units.commune.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: units.province.id }] });
  const council = await f.createUser({ roles: [{ role: "COUNCIL", unitId: units.province.id }] });
  const admin = await f.createUser({ roles: [{ role: "ADMIN", unitId: units.province.id }] });
  const round = await f.createRound({ assigningBodyId: units.province.id });
  const communeRound = await f.createRound({ assigningBodyId: units.commune.id });

  const provinceCadre = await f.createCadre({
    unitId: units.department.id,
    managedById: units.province.id,
    fullName: "Trần Văn Hoàng",
  });
  const provinceUser = await f.createUser({ cadreId: provinceCadre.id, roles: [{ role: "CADRE", unitId: units.department.id }] });
  const communeCadre = await f.createCadre({
    unitId: units.communeOffice.id,
    managedById: units.commune.id,
    fullName: "Lê Thị Hoa",
  });
  const communeUser = await f.createUser({
    cadreId: communeCadre.id,
    roles: [{ role: "CADRE", unitId: units.communeOffice.id }],
  });

  const provinceTask = await f.createTask({
    roundId: round.id,
    cadre: provinceCadre,
    supervisorId: supervisor.id,
    assignedById: standing.id,
  });
  await db.task.update({ where: { id: provinceTask.id }, data: { title: "Phát triển nông nghiệp công nghệ cao toàn tỉnh" } });
  const communeTask = await f.createTask({
    roundId: communeRound.id,
    cadre: communeCadre,
    supervisorId: supervisor.id,
    assignedById: standing.id,
  });
  await db.task.update({ where: { id: communeTask.id }, data: { title: "Nông nghiệp sạch ở xã Thử nghiệm" } });
  const provinceReg = await f.createRegistration({ roundId: round.id, cadreId: provinceCadre.id, status: "SUBMITTED" });
  const communeReg = await f.createRegistration({ roundId: communeRound.id, cadreId: communeCadre.id, status: "SUBMITTED" });
  await db.quarterlyReport.create({
    data: { taskId: provinceTask.id, year: 2027, quarter: 1, results: "Đã làm", status: "SUBMITTED", submittedAt: new Date() },
  });
  await db.quarterlyReport.create({ data: { taskId: communeTask.id, year: 2027, quarter: 1, results: "Nháp", status: "DRAFT" } });
  return {
    ...units,
    standing,
    provinceOrg,
    communeOrg,
    supervisor,
    council,
    admin,
    provinceCadre,
    provinceUser,
    communeCadre,
    communeUser,
    provinceTask,
    communeTask,
    provinceReg,
    communeReg,
  };
}

const ids = (r: SearchResult, kind: string) => r.groups.find((g) => g.kind === kind)?.items.map((h) => h.id) ?? [];
const all = (r: SearchResult) => r.groups.flatMap((g) => g.items.map((h) => h.id));
const find = (q: string, kind?: "task" | "cadre" | "unit" | "registration" | "report") => search({ q, kind, page: 1 });

describe("search scope", () => {
  it("a commune cadre's search for a provincial task finds nothing", async () => {
    const w = await world();
    actAs(w.communeUser);
    const result = await find("nông nghiệp công nghệ cao toàn tỉnh");
    expect(all(result)).toEqual([]);
    // …while the cadre's own task is found by the same kind of words.
    expect(ids(await find("nong nghiep"), "task")).toEqual([w.communeTask.id]);
  });

  it("an organisation committee of a commune sees only its subtree", async () => {
    const w = await world();
    actAs(w.communeOrg);
    const tasks = await find("nong nghiep");
    expect(ids(tasks, "task")).toEqual([w.communeTask.id]);
    // Its cadres, its units, its rounds' registrations; another's draft report never.
    expect(ids(await find("hoa"), "cadre")).toEqual([w.communeCadre.id]);
    expect(ids(await find("Hoàng"), "cadre")).toEqual([]);
    expect(ids(await find("thu nghiem"), "unit").sort()).toEqual([w.commune.id, w.communeOffice.id].sort());
    expect(ids(await find("Lê Thị Hoa"), "registration")).toEqual([w.communeReg.id]);
    expect(ids(await find("nong nghiep"), "report")).toEqual([]);
  });

  it("the provincial committee sees both levels, and reports but not another's draft", async () => {
    const w = await world();
    actAs(w.provinceOrg);
    const result = await find("nong nghiep");
    expect(ids(result, "task").sort()).toEqual([w.provinceTask.id, w.communeTask.id].sort());
    expect(ids(result, "report")).toHaveLength(1);
    expect(ids(result, "unit")).toEqual([w.department.id]);
  });

  it("a supervisor finds only the tasks they follow, and no cadre, unit or registration", async () => {
    const w = await world();
    const other = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: w.province.id }] });
    actAs(other);
    expect(all(await find("nong nghiep"))).toEqual([]);
    actAs(w.supervisor);
    const result = await find("nong nghiep");
    expect(result.groups.map((g) => g.kind).sort()).toEqual(["report", "task"]);
    expect(ids(result, "task")).toHaveLength(2);
  });

  it("a cadre finds their own registration and themselves, never another cadre", async () => {
    const w = await world();
    actAs(w.provinceUser);
    expect(ids(await find("hoang"), "cadre")).toEqual([w.provinceCadre.id]);
    expect(ids(await find("hoang"), "registration")).toEqual([w.provinceReg.id]);
    expect(all(await find("Lê Thị Hoa"))).toEqual([]);
  });

  it("the administrator finds cadres and units in scope, linked to the administration pages, and no task", async () => {
    const w = await world();
    actAs(w.admin);
    const result = await find("hoang");
    expect(result.groups.map((g) => g.kind).sort()).toEqual(["cadre", "unit"]);
    expect(result.groups.find((g) => g.kind === "cadre")?.items[0]?.href).toBe(`/admin/cadres/${w.provinceCadre.id}`);
  });

  it("is refused to the council, which has nothing to search", async () => {
    const w = await world();
    actAs(w.council);
    await expect(find("hoang")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("the SQL form of the task scope selects exactly the tasks of the Prisma form, for every role", async () => {
    const w = await world();
    const db = await getDb();
    const actors: Actor[] = (
      [
        ["ORG_COMMITTEE", w.province, null, w.provinceOrg.id],
        ["ORG_COMMITTEE", w.commune, null, w.communeOrg.id],
        ["STANDING_COMMITTEE", w.province, null, w.standing.id],
        ["SUPERVISOR", w.province, null, w.supervisor.id],
        ["CADRE", w.department, w.provinceCadre.id, w.provinceUser.id],
        ["CADRE", w.communeOffice, w.communeCadre.id, w.communeUser.id],
        ["CADRE", w.communeOffice, null, w.communeUser.id],
        ["COUNCIL", w.province, null, w.council.id],
        ["ADMIN", w.province, null, w.admin.id],
      ] as const
    ).map(([role, unit, cadreId, userId]) => ({ role: role as Role, unitId: unit.id, unitPath: unit.path, cadreId, userId }));
    for (const actor of actors) {
      const where = taskScope(actor);
      const sql = taskScopeSql(actor);
      expect(sql === null, actor.role).toBe(where === null);
      if (!where || !sql) continue;
      const viaPrisma = (await db.task.findMany({ where, select: { id: true } })).map((t) => t.id).sort();
      const viaSql = (await db.$queryRaw<{ id: string }[]>`SELECT t.id FROM "Task" t WHERE ${sql}`).map((t) => t.id).sort();
      expect(viaSql, `${actor.role} at ${actor.unitId}`).toEqual(viaPrisma);
    }
  });
});

describe("search ranking", () => {
  it("puts the exact name first, then a name that starts with the words, then one with the word inside", async () => {
    const p = await f.createProvince();
    const admin = await f.createUser({ roles: [{ role: "ADMIN", unitId: p.province.id }] });
    const make = (fullName: string) => f.createCadre({ unitId: p.department.id, managedById: p.province.id, fullName });
    const similar = await make("Nguyễn Văn Hoàn");
    const word = await make("Lê Hoàng Anh");
    const prefix = await make("Hoàng Văn Nam");
    const exact = await make("Hoàng");
    await make("Phạm Minh Tuấn");
    // Pieces of neighbouring words are never "similar": "hoa đường" is no typo of "hoang".
    await make("Lò Thị Hòa Đường");
    actAs(admin);
    // Every word found: the merely similar name is not mixed in.
    expect(ids(await find("hoang", "cadre"), "cadre")).toEqual([exact.id, prefix.id, word.id]);
    // A letter typed wrong finds nothing word for word, so the similar names come, the closest first.
    const typo = ids(await find("hoangg", "cadre"), "cadre");
    expect(typo.slice(0, 3).sort()).toEqual([exact.id, prefix.id, word.id].sort());
    // A whole word comes before the names it merely begins.
    expect(ids(await find("Hoàn", "cadre"), "cadre")[0]).toBe(similar.id);
  });

  it("mixes no merely similar record of one kind into the word-for-word results of another", async () => {
    const w = await world();
    const db = await getDb();
    await db.task.update({ where: { id: w.provinceTask.id }, data: { title: "Hoành tráng vùng nguyên liệu" } });
    actAs(w.provinceOrg);
    // "hoang" is a cadre's name word for word: the task that is only similar stays out of the overview…
    const overview = await find("hoang");
    expect(ids(overview, "cadre")).toEqual([w.provinceCadre.id]);
    expect(ids(overview, "task")).toEqual([]);
    expect(ids(overview, "report")).toEqual([]);
    // …but the task kind on its own, with nothing word for word, offers it as similar.
    expect(ids(await find("hoang", "task"), "task")).toEqual([w.provinceTask.id]);
    // A query that nothing matches word for word is matched by similarity on the overview too.
    expect(ids(await find("hoangh"), "cadre")).toEqual([w.provinceCadre.id]);
  });

  it("puts a task whose code is typed exactly above tasks that only mention it", async () => {
    const w = await world();
    const db = await getDb();
    const other = await f.createTask({
      roundId: (await db.task.findUniqueOrThrow({ where: { id: w.provinceTask.id } })).roundId,
      cadre: w.provinceCadre,
      supervisorId: w.supervisor.id,
      assignedById: w.standing.id,
    });
    await db.task.update({ where: { id: other.id }, data: { title: `Tiếp nối việc ${w.provinceTask.code}` } });
    actAs(w.provinceOrg);
    const result = await find(w.provinceTask.code.toLowerCase(), "task");
    expect(ids(result, "task")).toEqual([w.provinceTask.id, other.id]);
  });
});

describe("search is insensitive to case, accents and Unicode form", () => {
  it("finds the same records from hoang, Hoàng, HOÀNG and the decomposed Hoàng", async () => {
    const w = await world();
    actAs(w.provinceOrg);
    const decomposed = "Hoa\u0300ng";
    expect(decomposed).not.toBe("Hoàng");
    const expected = all(await find("Hoàng"));
    expect(expected).toContain(w.provinceCadre.id);
    for (const q of ["hoang", "HOÀNG", "hoàng", decomposed, "  hoang  "]) expect(all(await find(q)), q).toEqual(expected);
    // Through the URL's schema too (which composes the text before the data layer sees it).
    const { q } = readQuery(SearchQuerySchema, { q: decomposed });
    expect(all(await find(q!))).toEqual(expected);
  });

  it("finds nông nghiệp from nong nghiep, and đ from d", async () => {
    const w = await world();
    const db = await getDb();
    await db.cadre.update({ where: { id: w.provinceCadre.id }, data: { fullName: "Đỗ Đình Đức" } });
    actAs(w.provinceOrg);
    expect(ids(await find("nong nghiep"), "task").sort()).toEqual([w.provinceTask.id, w.communeTask.id].sort());
    expect(ids(await find("do dinh duc"), "cadre")).toEqual([w.provinceCadre.id]);
    expect(ids(await find("ĐỖ ĐÌNH"), "cadre")).toEqual([w.provinceCadre.id]);
  });

  it("returns the query's folded words for highlighting, and nothing for a query too short", async () => {
    const w = await world();
    actAs(w.provinceOrg);
    expect((await find("Nông  NGHIỆP")).words).toEqual(["nong", "nghiep"]);
    const short = await find("đ");
    expect(short).toMatchObject({ tooShort: true, groups: [] });
    const db = await getDb();
    expect(await searchTerms(db, "%_\\")).toBeNull();
  });
});

describe("hostile queries", () => {
  it("never fail and never return a record outside the caller's scope, whatever the text", async () => {
    const w = await world();
    const db = await getDb();
    // Out of the commune committee's scope: everything of the province outside the commune.
    const outside = new Set([
      w.provinceTask.id,
      w.provinceCadre.id,
      w.provinceReg.id,
      w.department.id,
      w.orgBoard.id,
      w.province.id,
    ]);
    const reports = await db.quarterlyReport.findMany({ where: { taskId: w.provinceTask.id }, select: { id: true } });
    reports.forEach((r) => outside.add(r.id));
    actAs(w.communeOrg);
    const wild = fc.constantFrom(
      "%",
      "_",
      "\\",
      "%%",
      "\\%",
      "_%_",
      "'",
      '"',
      ";",
      "--",
      "|",
      " | ",
      "*",
      "?",
      "\u0000",
      "\u0300",
      "Đ",
      "ǅ",
    );
    const text = fc.oneof(
      fc.string({ maxLength: 30, unit: "grapheme" }),
      fc.string({ maxLength: 30, unit: "binary" }),
      fc
        .array(fc.oneof(wild, fc.constantFrom("nong", "hoang", "tinh", "a", "T-")), { maxLength: 8 })
        .map((parts) => parts.join("")),
    );
    await fc.assert(
      fc.asyncProperty(text, async (raw) => {
        const { q } = readQuery(SearchQuerySchema, { q: raw });
        const result = await search({ q, page: 1 });
        for (const id of all(result)) expect(outside.has(id), `${JSON.stringify(raw)} found ${id}`).toBe(false);
      }),
      { numRuns: 60 },
    );
    // Wildcards are literal: "%" alone is too short, "%%nong" finds what "nong" finds, never all.
    expect(await find("%%%%")).toMatchObject({ tooShort: true });
    expect(all(await find("%nong%"))).toEqual(all(await find("nong")));
  });

  it("the raw data layer copes with what the URL schema would refuse (NUL, lone surrogates, 10,000 characters)", async () => {
    const w = await world();
    actAs(w.provinceOrg);
    for (const q of ["\u0000hoang", "\ud800hoang", "x".repeat(10_000), "\\\\", Prisma.sql`x`.sql]) {
      await expect(find(q)).resolves.toBeDefined();
    }
  });
});

describe("the lists' search boxes", () => {
  it("find by words without accents in every list that has one, and nothing for a query of no letter", async () => {
    const { listCadres } = await import("@/lib/dal/admin/cadres");
    const { listUsers } = await import("@/lib/dal/admin/users");
    const { listQuarterReports } = await import("@/lib/dal/reports/quarter-lists");
    const { getSupervisorHome } = await import("@/lib/dal/read-models/home");
    const { listDashboardTasks } = await import("@/lib/dal/read-models/dashboard");
    const { getPublicRound } = await import("@/lib/dal/read-models/publication");
    const { listRegistrationsForReview } = await import("@/lib/dal/registrations/review");
    const w = await world();
    const db = await getDb();
    const round = await db.round.update({
      where: { id: (await db.task.findUniqueOrThrow({ where: { id: w.provinceTask.id } })).roundId },
      data: { isPublic: true },
    });

    actAs(w.admin);
    expect((await listCadres({ q: "hoang", page: 1 })).items.map((c) => c.id)).toEqual([w.provinceCadre.id]);
    expect((await listCadres({ q: "%%", page: 1 })).total).toBe(0);
    expect((await listUsers({ q: w.provinceUser.username.toUpperCase(), page: 1 })).items.map((u) => u.id)).toEqual([
      w.provinceUser.id,
    ]);

    actAs(w.communeOrg);
    const quarter = { year: 2027, quarter: 1 };
    expect((await listQuarterReports({ ...quarter, q: "nong nghiep", page: 1 })).items.map((r) => r.taskId)).toEqual([
      w.communeTask.id,
    ]);
    expect((await listQuarterReports({ ...quarter, q: "cong nghe cao", page: 1 })).total).toBe(0);

    actAs(w.provinceOrg);
    expect((await listQuarterReports({ ...quarter, q: "cong nghe cao", page: 1 })).items.map((r) => r.taskId)).toEqual([
      w.provinceTask.id,
    ]);
    const drill = await listDashboardTasks({ roundId: round.id, q: "NÔNG NGHIỆP", page: 1 });
    expect(drill.items.map((t) => t.id)).toEqual([w.provinceTask.id]);
    expect((await listDashboardTasks({ roundId: round.id, q: "khong co viec nay", page: 1 })).total).toBe(0);
    expect((await listDashboardTasks({ roundId: round.id, q: "khong co viec nay", page: 2 })).total).toBe(0);

    expect((await listRegistrationsForReview({ q: "tran van HOANG", page: 1 })).items.map((r) => r.id)).toEqual([
      w.provinceReg.id,
    ]);
    actAs(w.communeOrg);
    expect((await listRegistrationsForReview({ q: "hoang", page: 1 })).total).toBe(0);
    expect((await listRegistrationsForReview({ q: "le thi hoa", page: 1 })).items.map((r) => r.id)).toEqual([w.communeReg.id]);

    actAs(w.supervisor);
    expect((await getSupervisorHome(1, { q: "nong nghiep sach" })).items.map((t) => t.id)).toEqual([w.communeTask.id]);

    const published = await getPublicRound(round.id, "tasks", 1, { q: "nông nghiệp công nghệ" });
    expect(published.tasks?.items.map((t) => t.code)).toEqual([w.provinceTask.code]);
    expect((await getPublicRound(round.id, "tasks", 1, { q: "xa thu nghiem" }))?.tasks?.total).toBe(0);
  });
});
