import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getCadreHome, getOrgCommitteeHome, getStandingCommitteeHome, getSupervisorHome } from "@/lib/dal/read-models/home";
import { ForbiddenError } from "@/lib/domain/errors";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

async function province() {
  const units = await f.createProvince();
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: units.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: units.province.id }] });
  const otherSupervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: units.province.id }] });
  const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: units.province.id }] });
  const communeOrg = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: units.commune.id }] });
  const communeStanding = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: units.commune.id }] });
  const round = await f.createRound({ assigningBodyId: units.province.id });
  const communeRound = await f.createRound({ assigningBodyId: units.commune.id });
  return { ...units, standing, supervisor, otherSupervisor, org, communeOrg, communeStanding, round, communeRound };
}

async function cadreWithAccount(unitId: string, managedById: string) {
  const cadre = await f.createCadre({ unitId, managedById });
  const user = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId }] });
  return { cadre, user };
}

describe("the cadre's home", () => {
  it("holds only the cadre's own registrations and tasks", async () => {
    const p = await province();
    const me = await cadreWithAccount(p.department.id, p.province.id);
    const other = await cadreWithAccount(p.department.id, p.province.id);
    await f.createRegistration({ roundId: p.round.id, cadreId: me.cadre.id, status: "SUBMITTED" });
    await f.createRegistration({ roundId: p.round.id, cadreId: other.cadre.id, status: "SUBMITTED" });
    const mine = await f.createTask({
      roundId: p.round.id,
      cadre: me.cadre,
      supervisorId: p.supervisor.id,
      assignedById: p.standing.id,
    });
    await f.createTask({ roundId: p.round.id, cadre: other.cadre, supervisorId: p.supervisor.id, assignedById: p.standing.id });
    actAs(me.user);
    const home = await getCadreHome();
    expect(home.registrations).toHaveLength(1);
    expect(home.tasks.map((t) => t.id)).toEqual([mine.id]);
  });

  it("shows the cadre's unit, each registration's round and deadline, each task's latest report, as stored", async () => {
    const p = await province();
    const me = await cadreWithAccount(p.department.id, p.province.id);
    const registration = await f.createRegistration({ roundId: p.round.id, cadreId: me.cadre.id, status: "SUBMITTED" });
    const task = await f.createTask({
      roundId: p.round.id,
      cadre: me.cadre,
      supervisorId: p.supervisor.id,
      assignedById: p.standing.id,
    });
    const db = await getDb();
    await db.quarterlyReport.create({ data: { taskId: task.id, year: 2026, quarter: 1, status: "SUBMITTED", results: "" } });
    await db.quarterlyReport.create({
      data: { taskId: task.id, year: 2026, quarter: 2, status: "RETURNED", isLate: true, results: "" },
    });
    await db.quarterlyReport.create({ data: { taskId: task.id, year: 2025, quarter: 4, status: "SUBMITTED", results: "" } });
    const round = await db.round.findUniqueOrThrow({ where: { id: p.round.id } });
    actAs(me.user);
    const home = await getCadreHome();
    expect(home.cadre).toEqual({
      fullName: me.cadre.fullName,
      positionTitle: me.cadre.positionTitle,
      unitName: p.department.name,
    });
    expect(home.registrations).toEqual([
      {
        id: registration.id,
        roundName: round.name,
        status: "SUBMITTED",
        proposedCount: 0,
        submittedAt: registration.submittedAt,
        deadline: round.registrationDeadline,
      },
    ]);
    expect(home.tasks).toEqual([
      {
        id: task.id,
        code: task.code,
        title: task.title,
        roundName: round.name,
        status: "ASSIGNED",
        endDate: task.endDate,
        lastReport: { year: 2026, quarter: 2, status: "RETURNED", isLate: true },
      },
    ]);
  });

  it("is refused to other roles", async () => {
    const p = await province();
    actAs(p.org);
    await expect(getCadreHome()).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the organisation committee's round at a glance", () => {
  it("counts registrations by status and by unit, the cadres concerned, who has not registered and who is late", async () => {
    const p = await province();
    const a = await cadreWithAccount(p.department.id, p.province.id);
    const b = await cadreWithAccount(p.department.id, p.province.id);
    const c = await cadreWithAccount(p.orgBoard.id, p.province.id);
    await cadreWithAccount(p.orgBoard.id, p.province.id); // not registered at all
    await cadreWithAccount(p.communeOffice.id, p.commune.id); // managed by the commune: not concerned
    await f.createRegistration({ roundId: p.round.id, cadreId: a.cadre.id, status: "SUBMITTED" });
    await f.createRegistration({ roundId: p.round.id, cadreId: b.cadre.id, status: "FORWARDED", isLate: true });
    await f.createRegistration({ roundId: p.round.id, cadreId: c.cadre.id, status: "DRAFT" });
    actAs(p.org);
    const home = await getOrgCommitteeHome(p.round.id);
    expect(home.round?.cadresConcerned).toBe(4);
    expect(home.registrationsByStatus).toEqual({ SUBMITTED: 1, FORWARDED: 1, DRAFT: 1 });
    expect(home.notRegistered).toBe(2);
    expect(home.late).toBe(1); // the deadline has not passed, so only the late submission counts
    const byUnit = Object.fromEntries(home.byUnit.map((u) => [u.unitName, [u.cadres, u.registered]]));
    expect(byUnit).toEqual({ [p.department.name]: [2, 2], [p.orgBoard.name]: [2, 0] });
    // The independent SQL count agrees.
    const db = await getDb();
    const [row] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Registration" WHERE "roundId" = ${p.round.id} AND status NOT IN ('DRAFT', 'WITHDRAWN')`;
    expect(
      Object.values(home.registrationsByStatus).reduce((s, x) => s + (x ?? 0), 0) - (home.registrationsByStatus.DRAFT ?? 0),
    ).toBe(row!.n);
  });

  it("a commune organisation committee sees only its commune's rounds; another scope's round id falls back to its own", async () => {
    const p = await province();
    actAs(p.communeOrg);
    const home = await getOrgCommitteeHome(p.round.id);
    expect(home.rounds.map((r) => r.id)).toEqual([p.communeRound.id]);
    expect(home.round?.id).toBe(p.communeRound.id);
  });
});

describe("the standing committee's queue", () => {
  it("holds forwarded registrations of its own body only, not those of a commune below it", async () => {
    const p = await province();
    const provincial = await cadreWithAccount(p.department.id, p.province.id);
    const communal = await cadreWithAccount(p.communeOffice.id, p.commune.id);
    const mine = await f.createRegistration({ roundId: p.round.id, cadreId: provincial.cadre.id, status: "FORWARDED" });
    const theirs = await f.createRegistration({ roundId: p.communeRound.id, cadreId: communal.cadre.id, status: "FORWARDED" });
    await f.createRegistration({
      roundId: p.round.id,
      cadreId: (await cadreWithAccount(p.department.id, p.province.id)).cadre.id,
      status: "SUBMITTED",
    });
    actAs(p.standing);
    const home = await getStandingCommitteeHome();
    expect(home.registrations.map((r) => r.id)).toEqual([mine.id]);
    expect(home.registrationsTotal).toBe(1);
    actAs(p.communeStanding);
    expect((await getStandingCommitteeHome()).registrations.map((r) => r.id)).toEqual([theirs.id]);
  });
});

describe("the supervisor's list", () => {
  it("holds only the tasks this supervisor follows, a page at a time", async () => {
    const p = await province();
    const cadre = await cadreWithAccount(p.department.id, p.province.id);
    for (let i = 0; i < 22; i++)
      await f.createTask({ roundId: p.round.id, cadre: cadre.cadre, supervisorId: p.supervisor.id, assignedById: p.standing.id });
    await f.createTask({
      roundId: p.round.id,
      cadre: cadre.cadre,
      supervisorId: p.otherSupervisor.id,
      assignedById: p.standing.id,
    });
    actAs(p.supervisor);
    const first = await getSupervisorHome(1);
    expect(first.total).toBe(22);
    expect(first.items).toHaveLength(20);
    expect(first.pageCount).toBe(2);
    expect((await getSupervisorHome(2)).items).toHaveLength(2);
  });
});
