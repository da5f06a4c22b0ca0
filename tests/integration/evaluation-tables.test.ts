import { describe, expect, it } from "vitest";
import { getCycle, listCycleEvaluations, listEvaluationCycles, openEvaluationCycle } from "@/lib/dal/evaluations/cycles";
import { listCouncilEvaluations } from "@/lib/dal/read-models/home";
import { DEFAULT_CRITERIA, DEFAULT_THRESHOLDS } from "@/lib/domain/evaluation";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { getDb } from "@/lib/db/client";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

const CADRES = 25;
/** Sort keys a URL can carry that no whitelist knows (or that only the object prototype knows). */
const JUNK_SORTS = [
  "__proto__",
  "constructor",
  "toString",
  "aggregateScore",
  "fullName",
  'name; DROP TABLE "Evaluation"; --',
  "",
];

/**
 * A province's 2027 cycle over 25 cadres named "Cán bộ A" to "Cán bộ Y" (created shuffled), the first ten in the
 * department and the rest in the commune office, plus one "Hoàng Thị Lụa"; some evaluations moved on with scores.
 */
async function setup() {
  const u = await f.createProvince();
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
  const communeOrg = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.commune.id }] });
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const member = await f.createUser({ roles: [{ role: "COUNCIL", unitId: u.province.id }] });
  const outsider = await f.createUser({ roles: [{ role: "COUNCIL", unitId: u.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const names = Array.from({ length: CADRES }, (_, i) => `Cán bộ ${String.fromCharCode(65 + i)}`);
  const shuffled = [...names].sort((a, b) => ((a.charCodeAt(7) * 7) % 25) - ((b.charCodeAt(7) * 7) % 25));
  const round = await f.createRound({
    assigningBodyId: u.province.id,
    year: 2027,
    status: "CLOSED",
    ratingRuleSet: "PILOT_2021",
  });
  const cadreIds = new Map<string, string>();
  for (const fullName of [...shuffled, "Hoàng Thị Lụa"]) {
    const unitId = names.indexOf(fullName) >= 0 && names.indexOf(fullName) < 10 ? u.department.id : u.communeOffice.id;
    const cadre = await f.createCadre({ unitId, managedById: u.province.id, fullName });
    cadreIds.set(fullName, cadre.id);
    await f.createTask({ roundId: round.id, cadre, supervisorId: supervisor.id, assignedById: standing.id });
  }
  actAs(org);
  const { id: cycleId } = await openEvaluationCycle({
    roundId: round.id,
    year: 2027,
    memberIds: [member.id],
    criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
    thresholds: DEFAULT_THRESHOLDS,
  });
  const db = await getDb();
  const evaluationOf = async (name: string) =>
    (await db.evaluation.findUniqueOrThrow({ where: { cycleId_cadreId: { cycleId, cadreId: cadreIds.get(name)! } } })).id;
  // C, D, E at the council (E already scored by the member); F proposed at 72,5; G decided at 91; H proposed at 60.
  for (const name of ["Cán bộ C", "Cán bộ D", "Cán bộ E"])
    await db.evaluation.update({ where: { id: await evaluationOf(name) }, data: { status: "COUNCIL_SCORING" } });
  const scored: [string, "PROPOSED" | "DECIDED", string][] = [
    ["Cán bộ F", "PROPOSED", "72.5"],
    ["Cán bộ G", "DECIDED", "91"],
    ["Cán bộ H", "PROPOSED", "60"],
  ];
  for (const [name, status, score] of scored)
    await db.evaluation.update({ where: { id: await evaluationOf(name) }, data: { status, aggregateScore: score } });
  const seat = await db.councilMember.findUniqueOrThrow({ where: { cycleId_userId: { cycleId, userId: member.id } } });
  await db.councilSubmission.create({ data: { evaluationId: await evaluationOf("Cán bộ E"), memberId: seat.id } });
  return { ...u, org, communeOrg, standing, member, outsider, names, cycleId, round, evaluationOf };
}

const namesOf = (page: { items: { cadreName: string }[] }) => page.items.map((e) => e.cadreName);

describe("an evaluation cycle's list of cadres", () => {
  it("is read a page at a time in the chosen size, sorted by name by default, with no cadre on two pages", async () => {
    const s = await setup();
    actAs(s.org);
    const all = [...s.names, "Hoàng Thị Lụa"].sort((a, b) => a.localeCompare(b, "vi"));
    const first = await listCycleEvaluations(s.cycleId, { page: 1, size: 10 });
    expect(first).toMatchObject({ total: CADRES + 1, page: 1, pageCount: 3, size: 10, sort: { key: "name", dir: "asc" } });
    const pages = [
      first,
      await listCycleEvaluations(s.cycleId, { page: 2, size: 10 }),
      await listCycleEvaluations(s.cycleId, { page: 3, size: 10 }),
    ];
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 6]);
    const seen = pages.flatMap(namesOf);
    expect(new Set(seen).size).toBe(CADRES + 1);
    // The database's collation orders the names; the first page of the default size holds the first twenty.
    expect((await listCycleEvaluations(s.cycleId, { page: 1 })).items).toHaveLength(20);
    expect(seen.slice(0, 3)).toEqual(all.slice(0, 3));
    // The cycle's header counts every evaluation by state, in SQL, whatever page is shown.
    const cycle = await getCycle(s.cycleId);
    expect(cycle.total).toBe(CADRES + 1);
    expect(cycle.counts).toEqual({ SELF_ASSESSMENT: CADRES + 1 - 6, COUNCIL_SCORING: 3, PROPOSED: 2, DECIDED: 1 });
  });

  it("sorts by name, unit, state and score through the whitelist, and a score not yet given comes last", async () => {
    const s = await setup();
    actAs(s.standing);
    const byName = await listCycleEvaluations(s.cycleId, { page: 1, size: 50, sort: "name", dir: "desc" });
    expect(namesOf(byName).filter((n) => n.startsWith("Cán bộ"))).toEqual([...s.names].reverse());
    const byScore = await listCycleEvaluations(s.cycleId, { page: 1, size: 50, sort: "score" });
    // The first direction of the score is the highest first.
    expect(byScore.sort).toEqual({ key: "score", dir: "desc" });
    expect(namesOf(byScore).slice(0, 3)).toEqual(["Cán bộ G", "Cán bộ F", "Cán bộ H"]);
    expect(byScore.items.slice(3).every((e) => e.aggregateScore === null)).toBe(true);
    const byScoreAsc = await listCycleEvaluations(s.cycleId, { page: 1, size: 50, sort: "score", dir: "asc" });
    expect(namesOf(byScoreAsc).slice(0, 3)).toEqual(["Cán bộ H", "Cán bộ F", "Cán bộ G"]);
    expect(byScoreAsc.items.at(-1)!.aggregateScore).toBeNull();
    const byState = await listCycleEvaluations(s.cycleId, { page: 1, size: 50, sort: "status", dir: "desc" });
    expect(byState.items.map((e) => e.status).slice(0, 6)).toEqual([
      "DECIDED",
      "PROPOSED",
      "PROPOSED",
      "COUNCIL_SCORING",
      "COUNCIL_SCORING",
      "COUNCIL_SCORING",
    ]);
    const byUnit = await listCycleEvaluations(s.cycleId, { page: 1, size: 50, sort: "unit", dir: "asc" });
    const units = byUnit.items.map((e) => e.unitName);
    expect(units).toEqual([...units].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(units).size).toBe(2);
  });

  it("reads a junk sort key as the default sort by name, never as a column of the database", async () => {
    const s = await setup();
    actAs(s.org);
    const byDefault = namesOf(await listCycleEvaluations(s.cycleId, { page: 1, size: 50 }));
    for (const sort of JUNK_SORTS) {
      const page = await listCycleEvaluations(s.cycleId, { page: 1, size: 50, sort, dir: "sideways" });
      expect(page.sort, sort).toEqual({ key: "name", dir: "asc" });
      expect(namesOf(page), sort).toEqual(byDefault);
    }
  });

  it("is filtered by state and by a name typed without accents", async () => {
    const s = await setup();
    actAs(s.org);
    const atCouncil = await listCycleEvaluations(s.cycleId, { page: 1, status: "COUNCIL_SCORING" });
    expect(namesOf(atCouncil)).toEqual(["Cán bộ C", "Cán bộ D", "Cán bộ E"]);
    expect(atCouncil.total).toBe(3);
    const found = await listCycleEvaluations(s.cycleId, { page: 1, q: "hoang lua" });
    expect(namesOf(found)).toEqual(["Hoàng Thị Lụa"]);
    expect((await listCycleEvaluations(s.cycleId, { page: 1, q: "hoang lua", status: "DECIDED" })).total).toBe(0);
  });

  it("a cycle outside the caller's scope stays not found, whatever the filters, and a council member may not list it", async () => {
    const s = await setup();
    actAs(s.communeOrg);
    await expect(listCycleEvaluations(s.cycleId, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      listCycleEvaluations(s.cycleId, { page: 2, size: 10, sort: "score", status: "DECIDED", q: "can bo" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCycle(s.cycleId)).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.org);
    await expect(listCycleEvaluations("khong-co", { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    actAs(s.member);
    await expect(listCycleEvaluations(s.cycleId, { page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the list of evaluation cycles and the council's list", () => {
  it("lists the committee's cycles a page at a time, a junk sort reading as newest first, and none outside its scope", async () => {
    const s = await setup();
    actAs(s.org);
    const cycles = await listEvaluationCycles({ page: 1 });
    expect(cycles).toMatchObject({ total: 1, sort: { key: "period", dir: "desc" } });
    expect(cycles.items[0]).toMatchObject({ id: s.cycleId, total: CADRES + 1, counts: { COUNCIL_SCORING: 3, DECIDED: 1 } });
    for (const sort of JUNK_SORTS)
      expect((await listEvaluationCycles({ page: 1, sort })).sort).toEqual({ key: "period", dir: "desc" });
    expect((await listEvaluationCycles({ page: 1, sort: "round", dir: "asc" })).sort).toEqual({ key: "round", dir: "asc" });
    actAs(s.communeOrg);
    expect((await listEvaluationCycles({ page: 1 })).total).toBe(0);
  });

  it("shows a council member the sheets of their cycles, the ones still to score or already sent, sorted through the whitelist", async () => {
    const s = await setup();
    actAs(s.member);
    const all = await listCouncilEvaluations({ page: 1 });
    expect(namesOf(all)).toEqual(["Cán bộ C", "Cán bộ D", "Cán bộ E"]);
    expect(all.sort).toEqual({ key: "period", dir: "desc" });
    expect(namesOf(await listCouncilEvaluations({ page: 1, mine: "pending" }))).toEqual(["Cán bộ C", "Cán bộ D"]);
    const sent = await listCouncilEvaluations({ page: 1, mine: "submitted" });
    expect(sent.items.map((e) => [e.cadreName, e.submittedByMe])).toEqual([["Cán bộ E", true]]);
    expect(namesOf(await listCouncilEvaluations({ page: 1, sort: "name", dir: "desc" }))).toEqual([
      "Cán bộ E",
      "Cán bộ D",
      "Cán bộ C",
    ]);
    for (const sort of JUNK_SORTS)
      expect((await listCouncilEvaluations({ page: 1, sort })).sort).toEqual({ key: "period", dir: "desc" });
    expect(namesOf(await listCouncilEvaluations({ page: 1, q: "can bo e" }))).toEqual(["Cán bộ E"]);
    // A member of the council role who does not sit on the cycle sees none of it; the committee may not list it.
    actAs(s.outsider);
    expect((await listCouncilEvaluations({ page: 1 })).total).toBe(0);
    actAs(s.org);
    await expect(listCouncilEvaluations({ page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
