import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { authenticate } from "@/lib/auth/authenticate";
import { createProvince, createUser, TEST_PASSWORD } from "@/tests/factories";

async function auditActions(entityId: string) {
  const db = await getDb();
  return (await db.auditEvent.findMany({ where: { entityId }, orderBy: { at: "asc" } })).map((e) => e.action);
}

describe("signing in", () => {
  it("the right password signs in, is audited and records the time", async () => {
    const { province } = await createProvince();
    const user = await createUser({ username: "canbo.test", roles: [{ role: "ADMIN", unitId: province.id }] });
    const outcome = await authenticate("  Canbo.Test ", TEST_PASSWORD, "127.0.0.1");
    expect(outcome).toEqual({ result: "ok", user: { id: user.id, sessionVersion: 0 } });
    expect(await auditActions(user.id)).toEqual(["signIn.succeeded"]);
    expect((await (await getDb()).user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it("five wrong passwords from one address lock that account there for 15 minutes, and then even the right one is refused", async () => {
    const { province } = await createProvince();
    const user = await createUser({ username: "bi.khoa", roles: [{ role: "ADMIN", unitId: province.id }] });
    const results = [];
    for (let i = 0; i < 5; i++) results.push((await authenticate("bi.khoa", "wrong-password", undefined)).result);
    expect(results).toEqual(["invalid", "invalid", "invalid", "invalid", "locked"]);
    expect((await authenticate("bi.khoa", TEST_PASSWORD, undefined)).result).toBe("locked");
    const lock = await (await getDb()).rateLimit.findUniqueOrThrow({ where: { key: "signInPair:bi.khoa|unknown" } });
    const minutes = (lock.expire!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    expect(await auditActions(user.id)).toEqual([
      "signIn.failed",
      "signIn.failed",
      "signIn.failed",
      "signIn.failed",
      "signIn.locked",
      "signIn.refusedWhileLocked",
    ]);
  });

  it("a burst of parallel wrong guesses is counted one by one: only four are ever checked before the lock", async () => {
    const { province } = await createProvince();
    const user = await createUser({ username: "song.song", roles: [{ role: "ADMIN", unitId: province.id }] });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => authenticate("song.song", `doan-sai-${i}`, undefined)),
    );
    expect(results.filter((r) => r.result === "invalid")).toHaveLength(4);
    expect(results.filter((r) => r.result === "locked")).toHaveLength(6);
    expect((await authenticate("song.song", TEST_PASSWORD, undefined)).result).toBe("locked");
    const actions = await auditActions(user.id);
    expect(actions.filter((a) => a === "signIn.failed")).toHaveLength(4);
    expect(actions.filter((a) => a === "signIn.locked")).toHaveLength(1);
  });

  it("an unknown username is answered exactly like a real one, lock included, so accounts cannot be discovered", async () => {
    const results = [];
    for (let i = 0; i < 6; i++) results.push((await authenticate("khong.ton.tai", "whatever1", undefined)).result);
    expect(results).toEqual(["invalid", "invalid", "invalid", "invalid", "locked", "locked"]);
    expect(await auditActions("username:khong.ton.tai")).toHaveLength(6);
  });

  it("a deactivated account cannot sign in, even with its password", async () => {
    const { province } = await createProvince();
    await createUser({ username: "da.nghi", active: false, roles: [{ role: "ADMIN", unitId: province.id }] });
    expect((await authenticate("da.nghi", TEST_PASSWORD, undefined)).result).toBe("invalid");
  });

  it("the audit trail cannot be rewritten or erased", async () => {
    await authenticate("ai.do", "x1234567", undefined);
    const db = await getDb();
    await expect(db.auditEvent.updateMany({ data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
  });
});
