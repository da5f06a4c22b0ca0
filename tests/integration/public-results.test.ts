import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getPublicRound, getPublicTask, type PublicTask } from "@/lib/dal/read-models/publication";
import { NotFoundError } from "@/lib/domain/errors";
import { seedDemo } from "@/prisma/seed";
import { PRESS_CASE_COMMUNE, PRESS_CASE_TASK } from "@/prisma/seed/steps/press-case";
import { createCadre, createProvince, createRound, createTask, createUnit, createUser } from "@/tests/factories";
import { actAnonymously } from "@/tests/setup/session";

/** Half-way through the factories' tasks' year (1/1–31/12/2027): a task at 50 % is on track, one at 10 % behind. */
const NOW = new Date("2027-07-02T00:00:00Z");

/**
 * A province with its own department, two communes (each a party committee with an office below it), and
 * tasks whose reported figures put them completed, on track or behind on the dashboard's rules.
 */
async function world() {
  const db = await getDb();
  const p = await createProvince();
  const communeB = await createUnit({ name: "Đảng ủy phường Bình Minh", kind: "PARTY_COMMITTEE", parent: p.province });
  const officeB = await createUnit({ name: "UBND phường Bình Minh", kind: "GOVERNMENT", parent: communeB });
  const standing = await createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: p.province.id }] });
  const round = await createRound({ assigningBodyId: p.province.id, status: "CLOSED" });
  await db.round.update({ where: { id: round.id }, data: { isPublic: true } });
  const cadreAt = async (unitId: string, fullName: string) => {
    const cadre = await createCadre({ unitId, managedById: p.province.id, fullName });
    const user = await createUser({ roles: [{ role: "CADRE", unitId }], cadreId: cadre.id });
    await db.user.update({ where: { id: user.id }, data: { email: `${user.username}@example.vn` } });
    return { cadre, user };
  };
  const department = await cadreAt(p.department.id, "Phạm Văn Sở");
  const communeA = await cadreAt(p.communeOffice.id, "Lê Thị Xã");
  const wardB = await cadreAt(officeB.id, "Hoàng Văn Phường");
  let reportNo = 0;
  /** A task, with a submitted second-quarter report putting its one target (0 → 100) at `value`. */
  const task = async (
    who: { cadre: { id: string; unitId: string }; user: { id: string } },
    value: number | null,
    status?: "CANCELLED" | "CARRIED_OVER",
  ) => {
    const t = await createTask({
      roundId: round.id,
      cadre: who.cadre,
      supervisorId: standing.id,
      assignedById: standing.id,
      status,
    });
    if (value !== null) {
      const n = ++reportNo;
      const target = await db.target.findFirstOrThrow({ where: { taskId: t.id } });
      const report = await db.quarterlyReport.create({
        data: {
          taskId: t.id,
          year: 2027,
          quarter: 2,
          results: `Nội dung báo cáo riêng số ${n} của cán bộ`,
          difficulties: `Khó khăn riêng số ${n}`,
          proposals: `Kiến nghị riêng số ${n}`,
          response: `Ý kiến phản hồi riêng số ${n}`,
          status: "SUBMITTED",
          submittedAt: new Date("2027-07-01T02:00:00Z"),
          actuals: { create: { targetId: target.id, actualValue: String(value) } },
        },
      });
      await db.attachment.create({
        data: {
          taskId: t.id,
          reportId: report.id,
          fileName: `minh-chung-rieng-${n}.pdf`,
          mimeType: "application/pdf",
          sizeBytes: 10,
          storageKey: `public-results-${t.id}`,
          uploadedById: who.user.id,
        },
      });
    }
    return t;
  };
  const own = [await task(department, 100), await task(department, 50), await task(department, null)];
  const inA = [await task(communeA, 100), await task(communeA, 55)];
  const inB = [await task(wardB, 10), await task(wardB, 100, "CARRIED_OVER")];
  await task(wardB, 100, "CANCELLED");
  return { p, communeB, round, own, inA, inB, people: [department, communeA, wardB] };
}

const codes = (tasks: { items: PublicTask[] } | null) => tasks!.items.map((t) => t.code).sort();

describe("the public results of a published round", () => {
  it("shows each locality's share of tasks completed and on track, a parent's figures summing its children's", async () => {
    const w = await world();
    actAnonymously();
    const shown = await getPublicRound(w.round.id, "tasks", 1, {}, NOW);
    const node = (id: string) => shown.localities.find((l) => l.id === id);
    // Counted by hand: the department's three tasks (completed, on track, behind), commune A's two
    // (completed, on track), ward B's one counted task (behind); the carried-over and cancelled ones are not counted.
    expect(node(w.p.province.id)).toMatchObject({
      parentId: null,
      tasks: 6,
      completed: 2,
      onTrack: 2,
      completedShare: 33.3,
      onTrackShare: 33.3,
      own: { tasks: 3, completed: 1, onTrack: 1 },
    });
    expect(node(w.p.commune.id)).toMatchObject({
      parentId: w.p.province.id,
      tasks: 2,
      completed: 1,
      onTrack: 1,
      completedShare: 50,
      onTrackShare: 50,
      own: null,
    });
    expect(node(w.communeB.id)).toMatchObject({
      parentId: w.p.province.id,
      tasks: 1,
      completed: 0,
      onTrack: 0,
      completedShare: 0,
      onTrackShare: 0,
    });
    // Only localities are nodes: the department and the offices are counted in their locality.
    expect(shown.localities.map((l) => l.id).sort()).toEqual([w.p.province.id, w.p.commune.id, w.communeB.id].sort());
    const province = node(w.p.province.id)!;
    const children = shown.localities.filter((l) => l.parentId === w.p.province.id);
    expect(province.own!.tasks + children.reduce((s, c) => s + c.tasks, 0)).toBe(province.tasks);
    expect(province.own!.completed + children.reduce((s, c) => s + c.completed, 0)).toBe(province.completed);
  });

  it("lists each task with its latest reported value against the target and the dashboard's status", async () => {
    const w = await world();
    actAnonymously();
    const shown = await getPublicRound(w.round.id, "tasks", 1, { size: 50 }, NOW);
    const byCode = new Map(shown.tasks!.items.map((t) => [t.code, t]));
    expect(byCode.get(w.own[0]!.code)).toMatchObject({ health: "COMPLETED", progress: 100 });
    expect(byCode.get(w.own[1]!.code)).toMatchObject({ health: "ON_TRACK", progress: 50 });
    expect(byCode.get(w.own[1]!.code)!.targets).toEqual([
      {
        indicator: "Số hồ sơ",
        unitOfMeasure: "hồ sơ",
        baseline: expect.stringMatching(/^0(\.0+)?$/),
        targetValue: expect.stringMatching(/^100(\.0+)?$/),
        direction: "INCREASE",
        latest: { value: expect.stringMatching(/^50(\.0+)?$/), year: 2027, quarter: 2 },
        percent: 50,
        reached: false,
      },
    ]);
    expect(byCode.get(w.own[2]!.code)).toMatchObject({ health: "BEHIND", progress: 0 });
    expect(byCode.get(w.own[2]!.code)!.targets[0]).toMatchObject({ latest: null, percent: null });
    // Carried over: listed with its official status, not counted by the dashboard; cancelled: not listed.
    expect(byCode.get(w.inB[1]!.code)).toMatchObject({ status: "CARRIED_OVER", health: null });
    expect(shown.tasks!.total).toBe(7);
  });

  it("narrows the task list to a clicked locality, or to the province's own level", async () => {
    const w = await world();
    actAnonymously();
    const inA = await getPublicRound(w.round.id, "tasks", 1, { unit: w.p.commune.id }, NOW);
    expect(inA.locality).toMatchObject({ id: w.p.commune.id, ownOnly: false });
    expect(codes(inA.tasks)).toEqual(w.inA.map((t) => t.code).sort());
    const inB = await getPublicRound(w.round.id, "tasks", 1, { unit: w.communeB.id }, NOW);
    expect(codes(inB.tasks)).toEqual(w.inB.map((t) => t.code).sort());
    const own = await getPublicRound(w.round.id, "tasks", 1, { unit: w.p.province.id, own: "1" }, NOW);
    expect(codes(own.tasks)).toEqual(w.own.map((t) => t.code).sort());
    // A unit that is no locality of the round (typed into the URL) narrows nothing.
    const junk = await getPublicRound(w.round.id, "tasks", 1, { unit: w.p.department.id }, NOW);
    expect(junk.locality).toBeNull();
    expect(junk.tasks!.total).toBe(7);
  });

  it("never exposes report text, evidence, contact details or accounts", async () => {
    const w = await world();
    actAnonymously();
    const db = await getDb();
    const reports = await db.quarterlyReport.findMany({ where: { task: { roundId: w.round.id } } });
    const files = await db.attachment.findMany({ where: { task: { roundId: w.round.id } } });
    const secrets = [
      ...reports.flatMap((r) => [r.results, r.difficulties, r.proposals, r.response, r.id]),
      ...files.flatMap((f) => [f.fileName, f.storageKey, f.id]),
      ...w.people.flatMap(({ cadre, user }) => [cadre.id, user.id, user.username, `${user.username}@example.vn`]),
    ].filter((s): s is string => !!s);
    expect(secrets.length).toBeGreaterThan(30);
    const one = (code: string) => getPublicTask(w.round.id, code, NOW);
    const details = await Promise.all([...w.own, ...w.inA, ...w.inB].map((t) => one(t.code)));
    for (const secret of secrets) expect(JSON.stringify(details), secret).not.toContain(secret);
    for (const view of ["tasks", "ratings"] as const) {
      const text = JSON.stringify(await getPublicRound(w.round.id, view, 1, { size: 50 }, NOW));
      for (const secret of secrets) expect(text, secret).not.toContain(secret);
      // The cadres' names, positions and units are what is published.
      if (view === "tasks") expect(text).toContain("Lê Thị Xã");
    }
  });

  it("reads an unpublished round, a draft or an unknown one as not found, its locality tree included", async () => {
    const w = await world();
    const db = await getDb();
    const hidden = await createRound({ assigningBodyId: w.p.province.id, status: "CLOSED" });
    const draft = await createRound({ assigningBodyId: w.p.province.id, status: "DRAFT" });
    await db.round.update({ where: { id: draft.id }, data: { isPublic: true } });
    actAnonymously();
    const hiddenTask = await createTask({
      roundId: hidden.id,
      cadre: w.people[0]!.cadre,
      supervisorId: w.people[0]!.user.id,
      assignedById: w.people[0]!.user.id,
    });
    for (const id of [hidden.id, draft.id, "no-such-round"]) {
      await expect(getPublicRound(id, "tasks", 1, { unit: w.p.commune.id }, NOW)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getPublicRound(id, "ratings", 1)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getPublicTask(id, hiddenTask.code, NOW)).rejects.toBeInstanceOf(NotFoundError);
    }
    // A task is found only under its own published round, and never once cancelled.
    await expect(getPublicTask(w.round.id, hiddenTask.code, NOW)).rejects.toBeInstanceOf(NotFoundError);
    const cancelled = await db.task.findFirstOrThrow({ where: { roundId: w.round.id, status: "CANCELLED" } });
    await expect(getPublicTask(w.round.id, cancelled.code, NOW)).rejects.toBeInstanceOf(NotFoundError);
    const one = await getPublicTask(w.round.id, w.inA[0]!.code, NOW);
    expect(one.task).toMatchObject({ code: w.inA[0]!.code, health: "COMPLETED", progress: 100, cadreName: "Lê Thị Xã" });
  });
});

describe("the public results of the demo province", () => {
  it("show the brick-kiln task at 100 % and none of the seeded reports' texts or evidence", async () => {
    const db = await getDb();
    await seedDemo(db);
    actAnonymously();
    const rounds = await db.round.findMany({ where: { isPublic: true }, select: { id: true } });
    expect(rounds.length).toBeGreaterThan(0);
    const texts: string[] = [];
    for (const round of rounds) {
      const first = await getPublicRound(round.id, "tasks", 1, { size: 100 });
      texts.push(JSON.stringify(first));
      for (let page = 2; page <= first.tasks!.pageCount; page++) {
        texts.push(JSON.stringify(await getPublicRound(round.id, "tasks", page, { size: 100 })));
      }
      texts.push(JSON.stringify(await getPublicRound(round.id, "ratings", 1, { size: 100 })));
    }
    const published = texts.join("\n");
    // Every line a cadre or a supervisor wrote in a report, long enough to be their own words.
    const reports = await db.quarterlyReport.findMany({
      select: { results: true, difficulties: true, proposals: true, response: true, proposalAnswer: true },
    });
    const lines = new Set(
      reports
        .flatMap((r) => [r.results, r.difficulties, r.proposals, r.response, r.proposalAnswer])
        .flatMap((t) => (t ?? "").split("\n"))
        .map((l) => l.trim())
        .filter((l) => l.length >= 25),
    );
    expect(lines.size).toBeGreaterThan(20);
    for (const line of lines) expect(published.includes(line), line).toBe(false);
    for (const f of await db.attachment.findMany({ select: { fileName: true } }))
      expect(published.includes(f.fileName), f.fileName).toBe(false);
    for (const u of await db.user.findMany({ select: { email: true } }))
      if (u.email) expect(published.includes(u.email), u.email).toBe(false);

    const task = await db.task.findUniqueOrThrow({ where: { id: PRESS_CASE_TASK }, select: { roundId: true, code: true } });
    const shown = await getPublicRound(task.roundId, "tasks", 1, { q: task.code, unit: PRESS_CASE_COMMUNE });
    expect(shown.locality?.id).toBe(PRESS_CASE_COMMUNE);
    expect(shown.tasks!.items).toEqual([
      expect.objectContaining({
        code: task.code,
        health: "COMPLETED",
        progress: 100,
        targets: [
          expect.objectContaining({
            unitOfMeasure: "lò",
            percent: 100,
            reached: true,
            latest: expect.objectContaining({ quarter: 3 }),
          }),
        ],
      }),
    ]);
    const commune = shown.localities.find((l) => l.id === PRESS_CASE_COMMUNE)!;
    expect(commune.parentId).toBe(shown.localities.find((l) => l.parentId === null)!.id);
    expect(commune.completed).toBeGreaterThanOrEqual(1);
  }, 180_000);
});
