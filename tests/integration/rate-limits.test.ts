import { describe, expect, it } from "vitest";
import { authenticate, signInAddressBlocked } from "@/lib/auth/authenticate";
import { limiter, RateLimitedError } from "@/lib/auth/rate-limit";
import { getDb } from "@/lib/db/client";
import { changeOwnPassword } from "@/lib/dal/account/account";
import { resetPassword } from "@/lib/dal/admin/users";
import { admitEvidenceUpload } from "@/lib/dal/reports/report";
import { RATE_LIMITS } from "@/lib/domain/rate-limits";
import { GET as exportTasks } from "@/app/api/exports/tasks/route";
import { createCadre, createProvince, createUser, TEST_PASSWORD } from "@/tests/factories";
import { actAs, fromAddress } from "@/tests/setup/session";

async function auditRows(action: string) {
  const db = await getDb();
  return db.auditEvent.findMany({ where: { action }, orderBy: { at: "asc" } });
}

async function wrongGuesses(username: string, address: string, count: number) {
  const results = [];
  for (let i = 0; i < count; i++) results.push((await authenticate(username, `doan-sai-${i}-x`, address)).result);
  return results;
}

describe("the sign-in lockout per account and address", () => {
  it("five wrong passwords lock the pair, while the real user signs in from another address", async () => {
    const { province } = await createProvince();
    const user = await createUser({ username: "quan.tri", roles: [{ role: "ADMIN", unitId: province.id }] });
    expect(await wrongGuesses("quan.tri", "203.0.113.7", 5)).toEqual(["invalid", "invalid", "invalid", "invalid", "locked"]);
    // The attacker's address is locked out of this account, even with the right password…
    expect(await authenticate("quan.tri", TEST_PASSWORD, "203.0.113.7")).toMatchObject({ result: "locked" });
    // …but the account itself is not: its owner, elsewhere, signs in.
    expect(await authenticate("quan.tri", TEST_PASSWORD, "198.51.100.20")).toEqual({
      result: "ok",
      user: { id: user.id, sessionVersion: 0 },
    });
    const stored = await (await getDb()).user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lockedUntil).toBeNull();
    expect((await auditRows("signIn.refusedWhileLocked")).map((e) => e.data)).toEqual([
      expect.objectContaining({ username: "quan.tri", ip: "203.0.113.7", reason: "pair" }),
    ]);
  });

  it("a success clears the pair's count, so mistakes spread over the day never lock anyone", async () => {
    const { province } = await createProvince();
    await createUser({ username: "hay.quen", roles: [{ role: "ADMIN", unitId: province.id }] });
    expect(await wrongGuesses("hay.quen", "10.0.0.5", 4)).toEqual(["invalid", "invalid", "invalid", "invalid"]);
    expect((await authenticate("hay.quen", TEST_PASSWORD, "10.0.0.5")).result).toBe("ok");
    expect(await wrongGuesses("hay.quen", "10.0.0.5", 4)).toEqual(["invalid", "invalid", "invalid", "invalid"]);
    expect((await authenticate("hay.quen", TEST_PASSWORD, "10.0.0.5")).result).toBe("ok");
  });

  it("wrong passwords from many addresses reach the slower global limit: the account locks everywhere and the administrators are alerted", async () => {
    const { province } = await createProvince();
    const target = await createUser({ username: "bi.tan.cong", roles: [{ role: "ADMIN", unitId: province.id }] });
    const admin = await createUser({ username: "truc.ban", roles: [{ role: "ADMIN", unitId: province.id }] });
    const limit = RATE_LIMITS.signInAccount.points;
    const results = [];
    // Two guesses from each address: no pair reaches five, no address reaches its own limit.
    for (let i = 0; i < limit; i++) results.push((await authenticate("bi.tan.cong", `sai-${i}-mk`, `192.0.2.${i % 25}`)).result);
    expect(results.slice(0, limit - 1).every((r) => r === "invalid")).toBe(true);
    expect(results[limit - 1]).toBe("locked");
    // Now even the owner, from a new address, must wait (or ask an administrator to reset the password).
    expect((await authenticate("bi.tan.cong", TEST_PASSWORD, "198.51.100.99")).result).toBe("locked");

    const db = await getDb();
    const alerts = await db.notification.findMany({ where: { kind: "security.signInFlood" } });
    expect(alerts.map((a) => a.userId).sort()).toEqual([admin.id, target.id].sort());
    expect(alerts[0]).toMatchObject({ href: `/admin/users/${target.id}`, params: { username: "bi.tan.cong", failures: limit } });
    expect(await auditRows("signIn.accountLocked")).toHaveLength(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).lockedUntil!.getTime()).toBeGreaterThan(Date.now());

    // An administrator's reset clears the lock and the counters with it.
    const other = await createUser({ username: "quan.tri.2", roles: [{ role: "ADMIN", unitId: province.id }] });
    actAs(other);
    await resetPassword({ id: target.id, version: 0, newPassword: "Sông Hương mùa lũ 2026" });
    expect((await authenticate("bi.tan.cong", "Sông Hương mùa lũ 2026", "198.51.100.99")).result).toBe("ok");
  });

  it("one client spraying one password over many accounts meets the per-address limit, and each refusal is audited", async () => {
    const { province } = await createProvince();
    const limit = RATE_LIMITS.signInAddress.points;
    for (let i = 0; i < 3; i++) await createUser({ username: `nan.nhan${i}`, roles: [{ role: "ADMIN", unitId: province.id }] });
    const real = await createUser({ username: "that.su", roles: [{ role: "ADMIN", unitId: province.id }] });
    const results = [];
    for (let i = 0; i < limit; i++)
      results.push((await authenticate(`nan.nhan${i % 3}x${i}`, "Matkhau@123", "203.0.113.66")).result);
    expect(results.every((r) => r === "invalid")).toBe(true);
    // Over the limit: refused before any password is looked at, even the right one of a real account.
    const refused = await authenticate("that.su", TEST_PASSWORD, "203.0.113.66");
    expect(refused.result).toBe("rateLimited");
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.retryAfter).toBeLessThanOrEqual(RATE_LIMITS.signInAddress.blockDuration);
    // The route's gate answers the same (it turns this into 429 with Retry-After) and audits it.
    expect(await signInAddressBlocked("that.su", "203.0.113.66")).toEqual({ retryAfter: expect.any(Number) });
    const rows = await auditRows("signIn.rateLimited");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      entityId: real.id,
      data: expect.objectContaining({ ip: "203.0.113.66", reason: "address" }),
    });
    // Other clients are not affected.
    expect((await authenticate("that.su", TEST_PASSWORD, "198.51.100.1")).result).toBe("ok");
    expect(await signInAddressBlocked("that.su", "198.51.100.1")).toBeNull();
  });
});

describe("the change-password form", () => {
  it("five wrong current passwords lock the check, even for the right one afterwards, and every refusal is audited", async () => {
    const { province } = await createProvince();
    const user = await createUser({ username: "doi.mat.khau", roles: [{ role: "ADMIN", unitId: province.id }] });
    actAs(user);
    fromAddress("203.0.113.9");
    const input = (currentPassword: string) => ({
      currentPassword,
      newPassword: "Sông Hương mùa lũ 2026",
      confirmPassword: "Sông Hương mùa lũ 2026",
    });
    for (let i = 0; i < 4; i++) {
      await expect(changeOwnPassword(input(`sai-${i}`))).rejects.toMatchObject({ code: "currentPasswordWrong" });
    }
    await expect(changeOwnPassword(input("sai-4"))).rejects.toBeInstanceOf(RateLimitedError);
    await expect(changeOwnPassword(input(TEST_PASSWORD))).rejects.toBeInstanceOf(RateLimitedError);
    const db = await getDb();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
    const reasons = (await auditRows("user.changePasswordRefused")).map((e) => (e.data as { reason: string }).reason);
    expect(reasons).toEqual([...Array(5).fill("currentPasswordWrong"), "currentPasswordLocked"]);
    expect((await auditRows("user.changePasswordRefused")).every((e) => e.actorId === user.id)).toBe(true);
  });

  it("refuses a new password holding the user's own name", async () => {
    const { province } = await createProvince();
    const user = await createUser({ username: "hoang.long", roles: [{ role: "ADMIN", unitId: province.id }] });
    actAs(user);
    await expect(
      changeOwnPassword({ currentPassword: TEST_PASSWORD, newPassword: "hoang.long#Qz81", confirmPassword: "hoang.long#Qz81" }),
    ).rejects.toMatchObject({ code: "passwordContainsName" });
  });

  it("password changes and resets from one address are limited, and the refusal is audited", async () => {
    const { province } = await createProvince();
    const admin = await createUser({ username: "qt.dat.lai", roles: [{ role: "ADMIN", unitId: province.id }] });
    const target = await createUser({ username: "nguoi.khac", roles: [{ role: "ADMIN", unitId: province.id }] });
    actAs(admin);
    fromAddress("203.0.113.44");
    const db = await getDb();
    await limiter("passwordChange", db).penalty("203.0.113.44", RATE_LIMITS.passwordChange.points);
    await expect(resetPassword({ id: target.id, version: 0, newPassword: "Sông Hương mùa lũ 2026" })).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    expect(await auditRows("user.resetPasswordRefused")).toEqual([
      expect.objectContaining({ actorId: admin.id, entityId: target.id, data: expect.objectContaining({ ip: "203.0.113.44" }) }),
    ]);
    // From another address the same reset goes through.
    fromAddress("198.51.100.44");
    await resetPassword({ id: target.id, version: 0, newPassword: "Sông Hương mùa lũ 2026" });
  });
});

describe("exports and uploads", () => {
  it("an address over the export limit gets 429 with Retry-After and a translated page, and the refusal is audited", async () => {
    const { province } = await createProvince();
    const org = await createUser({ username: "to.chuc", roles: [{ role: "ORG_COMMITTEE", unitId: province.id }] });
    actAs(org);
    fromAddress("203.0.113.80");
    await limiter("export", await getDb()).penalty("203.0.113.80", RATE_LIMITS.export.points);
    const response = await exportTasks(new Request("http://localhost/api/exports/tasks?roundId=x"));
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await response.text()).toContain("Có quá nhiều yêu cầu từ địa chỉ này");
    expect(await auditRows("export.rateLimited")).toEqual([
      expect.objectContaining({ actorId: org.id, data: expect.objectContaining({ limit: "export", ip: "203.0.113.80" }) }),
    ]);
  });

  it("evidence uploads count one point a file, and past the limit nothing more is admitted", async () => {
    const { province } = await createProvince();
    const cadre = await createCadre({ unitId: province.id, managedById: province.id });
    const user = await createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: province.id }] });
    actAs(user);
    fromAddress("203.0.113.81");
    await admitEvidenceUpload("task-1", RATE_LIMITS.upload.points);
    await expect(admitEvidenceUpload("task-1", 1)).rejects.toBeInstanceOf(RateLimitedError);
    // Another cadre's office is not affected.
    fromAddress("198.51.100.81");
    await admitEvidenceUpload("task-1", 3);
    expect(await auditRows("upload.rateLimited")).toEqual([
      expect.objectContaining({ actorId: user.id, entityType: "Task", entityId: "task-1" }),
    ]);
  });
});
