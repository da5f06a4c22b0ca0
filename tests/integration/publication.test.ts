import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getPublicRound, listPublicRounds, listPublishableRounds, setRoundPublic } from "@/lib/dal/read-models/publication";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { createCadre, createProvince, createRound, createTask, createUser } from "@/tests/factories";
import { PublicRoundQuerySchema } from "@/lib/validation/publication";
import { actAnonymously, actAs } from "@/tests/setup/session";

async function world() {
  const p = await createProvince();
  const cadre = await createCadre({ unitId: p.department.id, managedById: p.province.id, fullName: "Trần Thị Công Khai" });
  const cadreUser = await createUser({ roles: [{ role: "CADRE", unitId: p.department.id }], cadreId: cadre.id });
  await (await getDb()).user.update({ where: { id: cadreUser.id }, data: { email: "congkhai@example.vn" } });
  const standing = await createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: p.province.id }] });
  const org = await createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: p.province.id }] });
  const communeStanding = await createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: p.commune.id }] });
  const round = await createRound({ assigningBodyId: p.province.id, status: "CLOSED" });
  const task = await createTask({ roundId: round.id, cadre, supervisorId: standing.id, assignedById: standing.id });
  await createTask({ roundId: round.id, cadre, supervisorId: standing.id, assignedById: standing.id, status: "CANCELLED" });
  const draft = await createRound({ assigningBodyId: p.province.id, status: "DRAFT" });
  return { p, cadre, cadreUser, standing, org, communeStanding, round, task, draft };
}

describe("the public transparency page", () => {
  it("shows a round only once its standing committee publishes it, without contact details, and hides it again", async () => {
    const w = await world();
    actAnonymously();
    await expect(getPublicRound(w.round.id, "tasks", 1)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listPublicRounds()).items).toEqual([]);

    actAs(w.standing);
    await setRoundPublic({ roundId: w.round.id, isPublic: true, version: w.round.version });
    actAnonymously();
    expect((await listPublicRounds()).items.map((r) => r.id)).toEqual([w.round.id]);
    const shown = await getPublicRound(w.round.id, "tasks", 1);
    // The assigned task is there, the cancelled one is not.
    expect(shown.tasks!.items.map((t) => t.code)).toEqual([w.task.code]);
    expect(shown.tasks!.items[0]).toMatchObject({ cadreName: "Trần Thị Công Khai", positionTitle: "Giám đốc" });
    const text = JSON.stringify(shown);
    expect(text).not.toContain("congkhai@example.vn");
    expect(text).not.toContain(w.cadreUser.username);
    expect(text).not.toContain(w.cadre.id);

    const db = await getDb();
    const events = await db.auditEvent.findMany({ where: { entityId: w.round.id } });
    expect(events.map((e) => e.action)).toEqual(["round.publish"]);

    actAs(w.standing);
    await setRoundPublic({ roundId: w.round.id, isPublic: false, version: w.round.version + 1 });
    actAnonymously();
    await expect(getPublicRound(w.round.id, "tasks", 1)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists only decided ratings", async () => {
    const w = await world();
    const db = await getDb();
    await db.round.update({ where: { id: w.round.id }, data: { isPublic: true } });
    const cycle = await db.evaluationCycle.create({ data: { roundId: w.round.id, year: 2027, thresholds: {} } });
    const other = await createCadre({ unitId: w.p.department.id, managedById: w.p.province.id, fullName: "Lê Văn Chưa Xong" });
    await db.evaluation.create({
      data: { cycleId: cycle.id, cadreId: w.cadre.id, status: "DECIDED", finalRating: "GOOD", decisionNumber: "9-QĐ/TU" },
    });
    await db.evaluation.create({
      data: { cycleId: cycle.id, cadreId: other.id, status: "PROPOSED", proposedRating: "EXCELLENT" },
    });
    actAnonymously();
    const shown = await getPublicRound(w.round.id, "ratings", 1);
    expect(shown.ratingCount).toBe(1);
    expect(shown.ratings!.items).toEqual([
      expect.objectContaining({ cadreName: "Trần Thị Công Khai", rating: "GOOD", decisionNumber: "9-QĐ/TU", year: 2027 }),
    ]);
  });

  it("is switched only by the standing committee of the round's own body, on the version it saw", async () => {
    const w = await world();
    actAs(w.org);
    await expect(setRoundPublic({ roundId: w.round.id, isPublic: true, version: 0 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listPublishableRounds()).rejects.toBeInstanceOf(ForbiddenError);
    actAs(w.cadreUser);
    await expect(setRoundPublic({ roundId: w.round.id, isPublic: true, version: 0 })).rejects.toBeInstanceOf(ForbiddenError);
    actAs(w.communeStanding);
    await expect(setRoundPublic({ roundId: w.round.id, isPublic: true, version: 0 })).rejects.toBeInstanceOf(NotFoundError);
    expect(await listPublishableRounds()).toEqual([]);
    actAs(w.standing);
    // A draft round is not published; a stale page changes nothing.
    await expect(setRoundPublic({ roundId: w.draft.id, isPublic: true, version: 0 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setRoundPublic({ roundId: w.round.id, isPublic: true, version: 7 })).rejects.toBeInstanceOf(ConflictError);
    expect((await listPublishableRounds()).map((r) => [r.id, r.isPublic])).toEqual([[w.round.id, false]]);
    const db = await getDb();
    expect((await db.round.findUniqueOrThrow({ where: { id: w.round.id } })).isPublic).toBe(false);
  });

  it("reads a page number past the last sensible one, or not finite, as the first page", () => {
    expect(PublicRoundQuerySchema.parse({ page: "1e308" })).toEqual({ view: "tasks", page: 1 });
    expect(PublicRoundQuerySchema.parse({ page: "Infinity" }).page).toBe(1);
    expect(PublicRoundQuerySchema.parse({ view: "ratings", page: "10000" })).toEqual({ view: "ratings", page: 10_000 });
    expect(PublicRoundQuerySchema.parse({ page: "10001" }).page).toBe(1);
  });
});
