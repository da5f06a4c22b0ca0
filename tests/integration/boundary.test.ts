import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openNotificationAction } from "@/app/(app)/notifications/actions";
import { getDb } from "@/lib/db/client";
import { requestChange } from "@/lib/dal/tasks/change-requests";
import { listDashboardTasks } from "@/lib/dal/read-models/dashboard";
import { listQuarterReports } from "@/lib/dal/reports/quarter-lists";
import { MAX_EVIDENCE_BYTES } from "@/lib/domain/evidence";
import { quarterOf } from "@/lib/domain/quarters";
import { DashboardFilterSchema } from "@/lib/validation/dashboard";
import { readQuery } from "@/lib/validation/query";
import { ChangeRequestSchema, QuarterFilterSchema } from "@/lib/validation/report";
import * as f from "@/tests/factories";
import { uploadEvidence } from "@/tests/setup/evidence";
import { actAs } from "@/tests/setup/session";

process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "dotpha-boundary-"));

/** A cadre's assigned task of this year with one target: increase from 0 to 100 (the factory's). */
async function setup() {
  const u = await f.createProvince();
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
  const cadreUser = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
  const year = quarterOf(new Date()).year;
  const round = await f.createRound({ assigningBodyId: u.province.id, year, status: "CLOSED" });
  const created = await f.createTask({ roundId: round.id, cadre, supervisorId: supervisor.id, assignedById: standing.id });
  const db = await getDb();
  const task = await db.task.findUniqueOrThrow({ where: { id: created.id }, include: { targets: true } });
  return { ...u, standing, supervisor, cadreUser, task, target: task.targets[0]!, year };
}

/** Next's notFound() throws an error the framework turns into the 404 page; its digest names it. */
const notFoundPage = { digest: expect.stringContaining("404") };

describe("a target against its direction", () => {
  it("a change request lowering an increase target to its baseline is refused with the stored baseline, whatever the form claims", async () => {
    const s = await setup();
    expect(s.target).toMatchObject({ direction: "INCREASE" });
    expect(s.target.baseline?.toString()).toBe("0");
    actAs(s.cadreUser);
    // The row claims a lower baseline and no direction rule; the data layer checks the stored ones.
    const input = ChangeRequestSchema.parse({
      taskId: s.task.id,
      title: s.task.title,
      endDate: s.task.endDate.toISOString().slice(0, 10),
      reason: "Địa bàn thay đổi",
      targets: [
        {
          targetId: s.target.id,
          targetValue: "0",
          deadline: s.task.endDate.toISOString().slice(0, 10),
          baseline: "-10",
          direction: "REACH",
        },
      ],
    });
    await expect(requestChange(input)).rejects.toMatchObject({
      code: "targetNotAboveBaseline",
      params: { indicator: s.target.indicator },
    });
    expect(await (await getDb()).changeRequest.count()).toBe(0);
  });
});

describe("ids that are not the user's", () => {
  it("opening another user's notification is the not-found page, a forged id does nothing, and it stays unread", async () => {
    const { province } = await f.createProvince();
    const me = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: province.id }] });
    const someoneElse = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: province.id }] });
    const db = await getDb();
    const theirs = await db.notification.create({
      data: { userId: someoneElse.id, kind: "report.submitted", params: {}, href: "/tasks/x" },
    });
    actAs(me);
    const open = (id?: string) => {
      const form = new FormData();
      if (id !== undefined) form.set("id", id);
      return openNotificationAction(form);
    };
    await expect(open(theirs.id)).rejects.toMatchObject(notFoundPage);
    // No id, or one longer than any id: refused by the schema before any read; a plain form has nothing to show.
    await expect(open()).resolves.toBeUndefined();
    await expect(open("x".repeat(500))).resolves.toBeUndefined();
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });
});

describe("junk in a list's URL", () => {
  it("an unknown field, status or page reaches the data layer as no filter, and the lists answer", async () => {
    const s = await setup();
    actAs(s.standing);
    const junk = { field: "abc", status: "DROP TABLE", health: "x", page: "1e308", year: "-1", quarter: "9", unitId: ["a", "b"] };
    const quarter = quarterOf(s.task.startDate);
    const reports = await listQuarterReports({ ...readQuery(QuarterFilterSchema, junk), ...quarter });
    expect(reports.page).toBe(1);
    expect(reports.items.map((r) => r.taskId)).toContain(s.task.id);
    const tasks = await listDashboardTasks(readQuery(DashboardFilterSchema, junk));
    expect(tasks.page).toBe(1);
  });
});

describe("evidence over the limit", () => {
  it("a file over 10 MB gets the translated message at its one upload path, and nothing is stored", async () => {
    const s = await setup();
    actAs(s.cadreUser);
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set(new TextEncoder().encode("%PDF-1.4\n"));
    const result = await uploadEvidence(s.task.id, new File([big], "qua-lon.pdf"));
    expect(result).toEqual({ status: 422, body: { error: "Tệp “qua-lon.pdf” lớn hơn 10 MB." } });
    const db = await getDb();
    expect(await db.attachment.count()).toBe(0);
    expect(await db.storedFile.count()).toBe(0);
  });
});
