import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { getCadreHome, getStandingCommitteeHome, listCouncilEvaluations } from "@/lib/dal/read-models/home";
import { getMyInbox, type InboxItem } from "@/lib/dal/read-models/inbox";
import { listRegistrationsForReview } from "@/lib/dal/registrations/review";
import { listQuarterReports } from "@/lib/dal/reports/quarter-lists";
import { reportDueDate, vietnamTime } from "@/lib/domain/quarters";
import { seedDemo } from "@/prisma/seed";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

/** Acts as a demo account in one of its roles. */
async function as(username: string, role: Role) {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { username }, include: { memberships: true } });
  const membership = user.memberships.find((m) => m.role === role)!;
  actAs(user, membership.id);
  return { user, membership };
}

const ofKind = (items: InboxItem[], kind: InboxItem["kind"]) => items.filter((i) => i.kind === kind);
const param = (href: string, name: string) => new URL(href, "http://x").searchParams.get(name);

describe("the inbox on the demo province", () => {
  it("counts for every role what the seed leaves it, as the page each line opens lists it, most urgent first", async () => {
    const db = await getDb();
    await seedDemo(db);

    // The organisation committee: registrations awaiting review in its open rounds, as /registrations lists them.
    const org = await as("bantochuc", "ORG_COMMITTEE");
    const orgInbox = await getMyInbox();
    const toReview = ofKind(orgInbox, "registrationsToReview");
    expect(toReview.length).toBeGreaterThan(0);
    for (const item of toReview) {
      const round = param(item.href, "round")!;
      expect(param(item.href, "status")).toBe("SUBMITTED");
      expect((await db.round.findUniqueOrThrow({ where: { id: round } })).assigningBodyId).toBe(org.membership.unitId);
      expect(item.count).toBe((await listRegistrationsForReview({ round, status: "SUBMITTED", page: 1 })).total);
    }
    expectOrdered(orgInbox);

    // The commune's organisation committee sees only its own rounds.
    const communeOrg = await as("bantochuc.xa", "ORG_COMMITTEE");
    for (const item of ofKind(await getMyInbox(), "registrationsToReview")) {
      const round = await db.round.findUniqueOrThrow({ where: { id: param(item.href, "round")! } });
      expect(round.assigningBodyId).toBe(communeOrg.membership.unitId);
    }

    // The standing committee: decisions per round, change requests, ratings, and the seeded escalation.
    const standing = await as("thuongtruc", "STANDING_COMMITTEE");
    const standingInbox = await getMyInbox();
    const home = await getStandingCommitteeHome();
    const decisions = ofKind(standingInbox, "decisions");
    expect(decisions.reduce((s, i) => s + i.count, 0)).toBe(home.registrationsTotal);
    for (const item of decisions)
      expect(item.count).toBe(
        (await listRegistrationsForReview({ round: param(item.href, "round")!, status: "FORWARDED", page: 1 })).total,
      );
    expect(ofKind(standingInbox, "changeRequests")[0]?.count ?? 0).toBe(home.changeRequestsTotal);
    expect(home.changeRequestsTotal).toBeGreaterThan(0);
    expect(ofKind(standingInbox, "ratings")[0]?.count ?? 0).toBe(home.evaluationsTotal);
    const escalations = await db.explanationRequest.count({
      where: { status: "ESCALATED", task: { round: { assigningBodyId: standing.membership.unitId } } },
    });
    expect(escalations).toBe(1);
    expect(standingInbox[0]).toMatchObject({ kind: "escalations", count: escalations, overdue: true });
    expectOrdered(standingInbox);

    // The council member who has not submitted: the sheets still to score, as their home lists them.
    await as("hoidong2", "COUNCIL");
    const toScore = (await listCouncilEvaluations({ page: 1, mine: "pending" })).total;
    expect(toScore).toBeGreaterThan(0);
    expect(ofKind(await getMyInbox(), "sheetsToScore")[0]?.count).toBe(toScore);

    // The supervisor: reports awaiting a response, per quarter, as /reports lists them.
    await as("daumoi", "SUPERVISOR");
    const toRespond = ofKind(await getMyInbox(), "reportsToRespond");
    expect(toRespond.length).toBeGreaterThan(0);
    for (const item of toRespond) {
      const year = Number(param(item.href, "year"));
      const quarter = Number(param(item.href, "quarter"));
      expect(item.count).toBe((await listQuarterReports({ year, quarter, status: "SUBMITTED", page: 1 })).total);
    }

    // The cadre: the explanation their supervisor asked for, and their registrations as their home shows them.
    await as("canbo", "CADRE");
    const cadreInbox = await getMyInbox();
    const cadreHome = await getCadreHome();
    const explanation = await db.explanationRequest.findFirstOrThrow({
      where: { task: { cadre: { user: { username: "canbo" } } } },
    });
    expect(ofKind(cadreInbox, "explanation")[0]).toMatchObject({ count: 1, href: `/tasks/${explanation.taskId}#giai-trinh` });
    const returned = cadreHome.registrations.filter((r) => r.status === "RETURNED").length;
    expect(ofKind(cadreInbox, "registrationReturned")[0]?.count ?? 0).toBe(returned);
    expect(cadreInbox.length).toBeGreaterThan(0);
    expectOrdered(cadreInbox);

    // The administrator has none.
    await as("admin", "ADMIN");
    expect(await getMyInbox()).toEqual([]);
  }, 180_000);
});

describe("the inbox's counts", () => {
  it("tell the organisation committee who is late to register, which proposals are ready and which year-end evaluation to open", async () => {
    const u = await f.createProvince();
    const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
    const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
    const council = await f.createUser({ roles: [{ role: "COUNCIL", unitId: u.province.id }] });
    const db = await getDb();
    // An open round whose deadline has passed: one cadre sent in, one did not, one has an extension running.
    const open = await f.createRound({
      assigningBodyId: u.province.id,
      year: 2027,
      status: "OPEN",
      deadline: new Date("2026-11-01T00:00:00Z"),
    });
    const [sent, silent, extended] = await Promise.all(
      [1, 2, 3].map(() => f.createCadre({ unitId: u.department.id, managedById: u.province.id })),
    );
    await f.createRegistration({ roundId: open.id, cadreId: sent!.id, status: "SUBMITTED" });
    await f.createRegistration({ roundId: open.id, cadreId: silent!.id, status: "DRAFT" });
    await db.registrationExtension.create({
      data: {
        roundId: open.id,
        cadreId: extended!.id,
        until: new Date("2099-01-01T00:00:00Z"),
        reason: "Ốm",
        grantedById: org.id,
      },
    });
    // Last year's round with a task still assigned and no evaluation opened; a cycle whose only member has scored.
    const closed = await f.createRound({ assigningBodyId: u.province.id, year: 2026, status: "CLOSED" });
    await f.createTask({ roundId: closed.id, cadre: sent!, supervisorId: standing.id, assignedById: standing.id });
    const older = await f.createRound({ assigningBodyId: u.province.id, year: 2025, status: "CLOSED" });
    const cycle = await db.evaluationCycle.create({ data: { roundId: older.id, year: 2025, thresholds: {} } });
    const member = await db.councilMember.create({ data: { cycleId: cycle.id, userId: council.id } });
    const scored = await db.evaluation.create({ data: { cycleId: cycle.id, cadreId: sent!.id, status: "COUNCIL_SCORING" } });
    await db.evaluation.create({ data: { cycleId: cycle.id, cadreId: silent!.id, status: "COUNCIL_SCORING" } });
    await db.councilSubmission.create({ data: { evaluationId: scored.id, memberId: member.id } });

    actAs(org);
    const inQ4 = await getMyInbox(vietnamTime(2026, 11, 20, 9));
    expect(ofKind(inQ4, "lateToRegister")).toEqual([
      expect.objectContaining({ count: 1, href: `/rounds/${open.id}`, overdue: true }),
    ]);
    expect(ofKind(inQ4, "proposalsToFinalise")).toEqual([
      expect.objectContaining({ count: 1, href: `/evaluations/${scored.id}` }),
    ]);
    expect(ofKind(inQ4, "cycleToOpen")).toEqual([expect.objectContaining({ count: 1, href: "/evaluations/new" })]);
    expect(ofKind(inQ4, "registrationsToReview")).toEqual([
      expect.objectContaining({ count: 1, href: `/registrations?round=${open.id}&status=SUBMITTED` }),
    ]);
    // Before the year's last quarter no evaluation is due to open.
    expect(ofKind(await getMyInbox(vietnamTime(2026, 5, 20, 9)), "cycleToOpen")).toEqual([]);
  });

  it("tell the cadre of a report whose deadline passed, until it is sent", async () => {
    const u = await f.createProvince();
    const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
    const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
    const user = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
    const round = await f.createRound({ assigningBodyId: u.province.id, year: 2026, status: "CLOSED" });
    const db = await getDb();
    const q3 = { year: 2026, quarter: 3 };
    await db.reportDeadline.create({ data: { roundId: round.id, ...q3, dueDate: reportDueDate(q3) } });
    const task = await f.createTask({ roundId: round.id, cadre, supervisorId: standing.id, assignedById: standing.id });
    await db.task.update({
      where: { id: task.id },
      data: { startDate: new Date("2026-01-01T00:00:00Z"), endDate: new Date("2026-12-31T00:00:00Z") },
    });
    actAs(user);
    const before = vietnamTime(2026, 10, 10, 9);
    const after = vietnamTime(2026, 10, 20, 9);
    expect(ofKind(await getMyInbox(before), "reportDue")).toEqual([
      expect.objectContaining({ count: 1, href: `/tasks/${task.id}/reports/2026Q3`, overdue: false }),
    ]);
    expect(ofKind(await getMyInbox(after), "reportLate")).toEqual([
      expect.objectContaining({ count: 1, href: `/tasks/${task.id}/reports/2026Q3`, overdue: true }),
    ]);
    await db.quarterlyReport.create({
      data: { taskId: task.id, ...q3, results: "Xong", status: "SUBMITTED", submittedAt: after },
    });
    expect(ofKind(await getMyInbox(after), "reportLate")).toEqual([]);
  });
});

describe("the review list", () => {
  it("opens on the committee's open round with the registrations awaiting review first; round=all lists every round", async () => {
    const u = await f.createProvince();
    const org = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.province.id }] });
    const open = await f.createRound({ assigningBodyId: u.province.id, year: 2027, status: "OPEN" });
    const closed = await f.createRound({ assigningBodyId: u.province.id, year: 2026, status: "CLOSED" });
    const db = await getDb();
    const registration = async (roundId: string, status: "SUBMITTED" | "RETURNED" | "FORWARDED", submittedAt: string) => {
      const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
      const r = await f.createRegistration({ roundId, cadreId: cadre.id, status });
      await db.registration.update({ where: { id: r.id }, data: { submittedAt: new Date(submittedAt) } });
      return r.id;
    };
    const returned = await registration(open.id, "RETURNED", "2026-10-01T00:00:00Z");
    const forwarded = await registration(open.id, "FORWARDED", "2026-10-02T00:00:00Z");
    const submitted = await registration(open.id, "SUBMITTED", "2026-11-20T00:00:00Z");
    const older = await registration(closed.id, "SUBMITTED", "2025-11-20T00:00:00Z");
    actAs(org);
    const first = await listRegistrationsForReview({ page: 1 });
    expect(first.round).toBe(open.id);
    expect(first.items.map((r) => r.id)).toEqual([submitted, returned, forwarded]);
    const all = await listRegistrationsForReview({ round: "all", page: 1 });
    expect(all.round).toBeNull();
    expect(all.items.map((r) => r.id)).toEqual([older, submitted, returned, forwarded]);
    expect((await listRegistrationsForReview({ round: closed.id, page: 1 })).items.map((r) => r.id)).toEqual([older]);
    // A round outside the committee's scope lists nothing.
    const communeRound = await f.createRound({ assigningBodyId: u.commune.id, year: 2027, status: "OPEN" });
    const communeOrg = await f.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: u.commune.id }] });
    expect((await listRegistrationsForReview({ round: communeRound.id, page: 1 })).total).toBe(0);
    actAs(communeOrg);
    expect((await listRegistrationsForReview({ page: 1 })).round).toBe(communeRound.id);
    expect((await listRegistrationsForReview({ round: open.id, page: 1 })).total).toBe(0);
  });
});

/** Overdue lines first, then the dated ones by due date, then the undated. */
function expectOrdered(items: InboxItem[]) {
  const rank = items.map((i) => (i.overdue ? 0 : i.due ? 1 : 2));
  expect(rank).toEqual([...rank].sort((a, b) => a - b));
  const dated = items.filter((i) => !i.overdue && i.due).map((i) => i.due!.getTime());
  expect(dated).toEqual([...dated].sort((a, b) => a - b));
}
