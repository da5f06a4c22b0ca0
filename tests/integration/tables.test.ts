import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listCadres } from "@/lib/dal/admin/cadres";
import { listUnitPage } from "@/lib/dal/admin/units";
import { listUsers } from "@/lib/dal/admin/users";
import { PAGE_SIZE, pageArgs, sortOrder, toPage } from "@/lib/dal/_shared/pagination";
import { listDashboardTasks } from "@/lib/dal/read-models/dashboard";
import { getSupervisorHome } from "@/lib/dal/read-models/home";
import { listAssignableCadres } from "@/lib/dal/decisions/options";
import { getRoundCadrePage } from "@/lib/dal/registrations/rounds";
import { listRegistrationsForReview } from "@/lib/dal/registrations/review";
import { listQuarterReports } from "@/lib/dal/reports/quarter-lists";
import { getPublicRound } from "@/lib/dal/read-models/publication";
import { MAX_PAGE, PAGE_SIZES, readQuery, TableQuerySchema } from "@/lib/validation/query";
import { getDb } from "@/lib/db/client";
import * as factories from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

const CADRES = 25;

/** A province with 25 cadres managed by it (named so that their order is known), a round, and the people who list them. */
async function setup() {
  const units = await factories.createProvince();
  const names = Array.from({ length: CADRES }, (_, i) => `Cán bộ ${String.fromCharCode(65 + i)}`);
  // Created in a shuffled order, so that the order of creation is not the order asked for.
  const shuffled = [...names].sort((a, b) => ((a.charCodeAt(7) * 7) % 25) - ((b.charCodeAt(7) * 7) % 25));
  for (const fullName of shuffled) {
    await factories.createCadre({ unitId: units.department.id, managedById: units.province.id, fullName });
  }
  const admin = await factories.createUser({ roles: [{ role: "ADMIN", unitId: units.province.id }] });
  const committee = await factories.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: units.province.id }] });
  const supervisor = await factories.createUser({ roles: [{ role: "SUPERVISOR", unitId: units.province.id }] });
  const standing = await factories.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: units.province.id }] });
  const round = await factories.createRound({ assigningBodyId: units.province.id, status: "OPEN" });
  const db = await getDb();
  await db.round.update({ where: { id: round.id }, data: { isPublic: true } });
  return { ...units, names, admin, committee, supervisor, standing, round };
}

/** Junk a URL or a caller can put where a sort key, a direction, a page or a page size goes. */
const junkSort = fc.oneof(
  fc.constantFrom(
    undefined,
    "",
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    'name; DROP TABLE "Cadre"; --',
    "fullName",
    "id",
    "passwordHash",
    "NAME",
    " name",
    "name\u0000",
    "a".repeat(10_000),
  ),
  fc.string({ maxLength: 40 }),
);
const junkDir = fc.oneof(fc.constantFrom(undefined, "asc", "desc", "ASC", "up", "", "desc; --"), fc.string({ maxLength: 10 }));
const junkNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 5, 10, 20, 50, 100, 101, 1e6, MAX_PAGE, MAX_PAGE + 1, Number.NaN, Infinity, -Infinity, 1.5),
);

describe("sorting through a whitelist", () => {
  it("sorts a list in SQL by a whitelisted column, both ways, and says which sort it applied", async () => {
    const s = await setup();
    actAs(s.admin);
    const asc = await listCadres({ page: 1, size: 50, sort: "name", dir: "asc" });
    expect(asc.items.map((c) => c.fullName)).toEqual(s.names);
    expect(asc.sort).toEqual({ key: "name", dir: "asc" });
    const desc = await listCadres({ page: 1, size: 50, sort: "name", dir: "desc" });
    expect(desc.items.map((c) => c.fullName)).toEqual([...s.names].reverse());
    // The first page of ten sorted descending is the last ten names.
    const firstTen = await listCadres({ page: 1, size: 10, sort: "name", dir: "desc" });
    expect(firstTen.items.map((c) => c.fullName)).toEqual([...s.names].reverse().slice(0, 10));
  });

  it("an unknown sort key reads as the list's default sort, and an unknown direction as the column's first one", async () => {
    const s = await setup();
    actAs(s.admin);
    const byDefault = await listCadres({ page: 1, size: 50 });
    for (const sort of ["passwordHash", "__proto__", "constructor", "fullName; --"]) {
      const page = await listCadres({ page: 1, size: 50, sort, dir: "desc" });
      expect(page.sort.key).toBe("default");
      expect(page.items.map((c) => c.id)).toEqual(
        (await listCadres({ page: 1, size: 50, sort: "default", dir: "desc" })).items.map((c) => c.id),
      );
    }
    const junkDirection = await listCadres({ page: 1, size: 50, sort: "name", dir: "sideways" });
    expect(junkDirection.sort).toEqual({ key: "name", dir: "asc" });
    expect(byDefault.sort).toEqual({ key: "default", dir: "asc" });
  });

  it(
    "no sort key, direction, page or page size from a URL makes a list fail, and none asks for more than 100 rows",
    { timeout: 180_000 },
    async () => {
      const s = await setup();
      const lists = [
        async (q: Q) => (actAs(s.admin), listCadres(q)),
        async (q: Q) => (actAs(s.admin), listUsers(q)),
        async (q: Q) => (actAs(s.admin), listUnitPage(q)),
        async (q: Q) => (actAs(s.committee), listRegistrationsForReview(q)),
        async (q: Q) => (actAs(s.committee), getRoundCadrePage(s.round.id, q).then((r) => r.cadres)),
        async (q: Q) => (actAs(s.committee), listQuarterReports({ ...q, year: 2027, quarter: 1 })),
        async (q: Q) => (actAs(s.supervisor), getSupervisorHome(q.page, q)),
        async (q: Q) => getPublicRound(s.round.id, "tasks", q.page, q).then((r) => r.tasks!),
        async (q: Q) => getPublicRound(s.round.id, "ratings", q.page, q).then((r) => r.ratings!),
        async (q: Q) => (actAs(s.committee), listDashboardTasks({ roundId: s.round.id, ...q })),
        async (q: Q) => (actAs(s.standing), listAssignableCadres(q)),
      ];
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: lists.length - 1 }),
          junkSort,
          junkDir,
          junkNumber,
          junkNumber,
          async (which, sort, dir, page, size) => {
            const result = await lists[which]!({ page, size, sort, dir });
            expect(result.items.length).toBeLessThanOrEqual(100);
            expect((PAGE_SIZES as readonly number[]).includes(result.size)).toBe(true);
            expect(result.page).toBeGreaterThanOrEqual(1);
            expect(["asc", "desc"]).toContain(result.sort.dir);
          },
        ),
        { numRuns: 60 },
      );
    },
  );

  it("reading a URL's sort, direction, page and size never throws and keeps only what the lists accept", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("sort", "dir", "page", "size", "__proto__", "constructor"),
          fc.oneof(fc.string({ maxLength: 50 }), fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 })),
        ),
        (params) => {
          const q = readQuery(TableQuerySchema, params);
          expect(q.page).toBeGreaterThanOrEqual(1);
          expect(q.page).toBeLessThanOrEqual(MAX_PAGE);
          if (q.size !== undefined) expect(PAGE_SIZES).toContain(q.size);
          if (q.sort !== undefined) expect(q.sort).toMatch(/^[a-zA-Z]{1,32}$/);
          if (q.dir !== undefined) expect(["asc", "desc"]).toContain(q.dir);
        },
      ),
    );
  });

  it("a whitelist without its fallback key is a programming error, said at once", () => {
    expect(() => sortOrder({ name: { order: () => 1 } }, {}, { key: "missing", dir: "asc" })).toThrow(/whitelist/);
  });
});

type Q = { page: number; size?: number; sort?: string; dir?: string };

describe("page numbers and page sizes", () => {
  it("pages through a list in the chosen size, with the page count to match, and no row twice", async () => {
    const s = await setup();
    actAs(s.admin);
    const seen: string[] = [];
    const first = await listCadres({ page: 1, size: 10, sort: "name", dir: "asc" });
    expect(first).toMatchObject({ total: CADRES, pageCount: 3, size: 10, page: 1 });
    for (let page = 1; page <= first.pageCount; page++) {
      const p = await listCadres({ page, size: 10, sort: "name", dir: "asc" });
      expect(p.items.length).toBe(page < 3 ? 10 : 5);
      seen.push(...p.items.map((c) => c.fullName));
    }
    expect(seen).toEqual(s.names);
    // Past the last page: nothing, and no error.
    expect((await listCadres({ page: 4, size: 10 })).items).toEqual([]);
  });

  it("a page size the lists do not offer reads as the default; none is ever larger than 100", async () => {
    const s = await setup();
    actAs(s.admin);
    for (const size of [0, -5, 5, 15, 101, 1_000_000, Number.NaN]) {
      const p = await listCadres({ page: 1, size });
      expect(p.size).toBe(PAGE_SIZE);
      expect(p.items).toHaveLength(PAGE_SIZE);
      expect(p.pageCount).toBe(Math.ceil(CADRES / PAGE_SIZE));
    }
    const all = await listCadres({ page: 1, size: 100 });
    expect(all.items).toHaveLength(CADRES);
    expect(all.pageCount).toBe(1);
    expect(pageArgs(MAX_PAGE + 1, 100)).toEqual({ skip: 0, take: 100 });
    expect(pageArgs(3, 50)).toEqual({ skip: 100, take: 50 });
    expect(toPage([], 0, 1, 50)).toEqual({ items: [], total: 0, page: 1, pageCount: 1, size: 50 });
  });

  it("the round's cadres are filtered by state and unit, counted over the whole round, and sorted by name", async () => {
    const s = await setup();
    const db = await getDb();
    const [a, b] = await db.cadre.findMany({
      where: { fullName: { in: ["Cán bộ A", "Cán bộ B"] } },
      orderBy: { fullName: "asc" },
    });
    await factories.createRegistration({ roundId: s.round.id, cadreId: a!.id, status: "SUBMITTED" });
    await factories.createRegistration({ roundId: s.round.id, cadreId: b!.id, status: "DRAFT" });
    actAs(s.committee);
    const registered = await getRoundCadrePage(s.round.id, { page: 1, state: "registered" });
    expect(registered.cadres.items.map((c) => c.fullName)).toEqual(["Cán bộ A"]);
    expect(registered.counts).toMatchObject({ cadres: CADRES, registered: 1 });
    const notYet = await getRoundCadrePage(s.round.id, { page: 1, size: 50, state: "notRegistered", sort: "name", dir: "desc" });
    expect(notYet.cadres.total).toBe(CADRES - 1);
    expect(notYet.cadres.items[0]!.fullName).toBe(s.names[CADRES - 1]);
    const otherUnit = await getRoundCadrePage(s.round.id, { page: 1, unitId: s.commune.id });
    expect(otherUnit.cadres.total).toBe(0);
    expect(registered.units.map((u) => u.id)).toEqual([s.department.id]);
  });
});
