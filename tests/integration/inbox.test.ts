import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { getCadreHome, getCouncilHome, getStandingCommitteeHome } from "@/lib/dal/read-models/home";
import { getMyInbox, type InboxItem } from "@/lib/dal/read-models/inbox";
import { listRegistrationsForReview } from "@/lib/dal/registrations/review";
import { listQuarterReports } from "@/lib/dal/reports/quarter-lists";
import { seedDemo } from "@/prisma/seed";
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
    const toScore = (await getCouncilHome()).evaluations.filter((e) => !e.submittedByMe).length;
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
    const explanation = await db.explanationRequest.findFirstOrThrow({ where: { task: { cadre: { user: { username: "canbo" } } } } });
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

/** Overdue lines first, then the dated ones by due date, then the undated. */
function expectOrdered(items: InboxItem[]) {
  const rank = items.map((i) => (i.overdue ? 0 : i.due ? 1 : 2));
  expect(rank).toEqual([...rank].sort((a, b) => a - b));
  const dated = items.filter((i) => !i.overdue && i.due).map((i) => i.due!.getTime());
  expect(dated).toEqual([...dated].sort((a, b) => a - b));
}
