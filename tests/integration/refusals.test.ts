import { describe, expect, it } from "vitest";
import { respondReportAction, saveReportAction } from "@/app/(app)/tasks/actions";
import { initialActionState } from "@/lib/actions/state";
import { getDb } from "@/lib/db/client";
import { listCompiledTasks } from "@/lib/dal/registrations/review";
import { ForbiddenError } from "@/lib/domain/errors";
import { quarterOf } from "@/lib/domain/quarters";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

/** Two cadres of one province, each with an assigned task of this year, and a supervisor. */
async function setup() {
  const u = await f.createProvince();
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const round = await f.createRound({ assigningBodyId: u.province.id, year: quarterOf(new Date()).year, status: "CLOSED" });
  const people = [];
  for (const name of ["Nguyễn Văn An", "Trần Thị Bình"]) {
    const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id, fullName: name });
    const user = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
    const task = await f.createTask({ roundId: round.id, cadre, supervisorId: supervisor.id, assignedById: standing.id });
    people.push({ cadre, user, task });
  }
  return { ...u, people };
}

async function refusals() {
  const db = await getDb();
  return db.auditEvent.findMany({
    where: { action: { in: ["authorization.refused", "action.refused"] } },
    select: { action: true, actorId: true, actorRole: true, entityType: true, entityId: true, reason: true, data: true },
  });
}

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
}

describe("refused calls in the audit trail", () => {
  it("a data-layer call without the permission is refused and audited with the permissions lacked", async () => {
    const { people } = await setup();
    const [an] = people;
    actAs(an!.user);
    await expect(listCompiledTasks("any-round")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await refusals()).toEqual([
      {
        action: "authorization.refused",
        actorId: an!.user.id,
        actorRole: "CADRE",
        entityType: "User",
        entityId: an!.user.id,
        reason: "forbidden",
        data: { permissions: ["registration:review", "registration:decide"] },
      },
    ]);
  });

  it("an action called by the wrong role is refused in words and audited", async () => {
    const { people } = await setup();
    actAs(people[0]!.user);
    const state = await respondReportAction(
      initialActionState,
      form({ reportId: "x", version: "0", action: "respond", response: "Đồng ý" }),
    );
    expect(state.status).toBe("error");
    expect(state.code).toBe("forbidden");
    expect((await refusals()).map((r) => [r.action, r.actorId, r.reason])).toEqual([
      ["authorization.refused", people[0]!.user.id, "forbidden"],
    ]);
  });

  it("another cadre's task reads as not found, and the probe is audited with what was called", async () => {
    const { people } = await setup();
    const [an, binh] = people;
    const { year, quarter } = quarterOf(new Date());
    actAs(an!.user);
    const state = await saveReportAction(
      initialActionState,
      form({
        taskId: binh!.task.id,
        year: String(year),
        quarter: String(quarter),
        version: "0",
        intent: "save",
        results: "x",
        "actuals.0.targetId": "t",
        "actuals.0.actualValue": "1",
      }),
    );
    expect(state, JSON.stringify(state)).toMatchObject({ code: "notFound" });
    expect(await refusals()).toEqual([
      {
        action: "action.refused",
        actorId: an!.user.id,
        actorRole: "CADRE",
        entityType: "Action",
        entityId: "saveReport",
        reason: "notFound",
        data: null,
      },
    ]);
  });

  it("a form carrying prototype keys is refused before anything runs, and audited", async () => {
    const { people } = await setup();
    actAs(people[0]!.user);
    const state = await saveReportAction(initialActionState, form({ "__proto__.intent": "submit", taskId: "x" }));
    expect(state.status).toBe("error");
    expect((await refusals()).map((r) => [r.action, r.entityId, r.reason])).toEqual([
      ["action.refused", "saveReport", "badInput"],
    ]);
  });
});
