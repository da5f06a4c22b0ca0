import { afterEach, describe, expect, it } from "vitest";
import { confirmEnrolment, verifySecondFactor } from "@/lib/auth/mfa";
import { authOptions, SIGN_IN_ERRORS } from "@/lib/auth/options";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { confirmMyMfa, mySecurity } from "@/lib/dal/account/mfa";
import { resetMfa } from "@/lib/dal/admin/users";
import { getDb } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import { totpCode } from "@/lib/domain/mfa";
import { createProvince, createUser, TEST_PASSWORD } from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const signIn = (username: string, code?: string) =>
  authorize({ username, password: TEST_PASSWORD, ...(code === undefined ? {} : { code }) }, { headers: {} });

async function actions(userId: string) {
  const db = await getDb();
  const rows = await db.auditEvent.findMany({ where: { entityId: userId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  return rows.map((r) => ({ action: r.action, reason: (r.data as { reason?: string } | null)?.reason }));
}

/** A user with a second factor enrolled: returns the user, the secret and the recovery codes. */
async function enrolled(username: string, roles: Parameters<typeof createUser>[0]["roles"]) {
  const user = await createUser({ username, roles });
  actAs(user);
  const { enrolment } = await mySecurity();
  const at = new Date(Date.now() - 60_000); // an earlier step, so the code of "now" is still unused
  const outcome = await confirmEnrolment(user.id, null, await totpCode(enrolment!.secret, at), undefined, at);
  if (outcome.result !== "ok") throw new Error("enrolment failed");
  return { user, secret: enrolment!.secret, recoveryCodes: outcome.recoveryCodes! };
}

const savedPolicy = process.env.MFA_REQUIRED_ROLES;
afterEach(() => {
  if (savedPolicy === undefined) delete process.env.MFA_REQUIRED_ROLES;
  else process.env.MFA_REQUIRED_ROLES = savedPolicy;
});

describe("the second factor (TOTP)", () => {
  it("enrolment shows a secret and a QR code, is confirmed by a first code, audited, and gives ten recovery codes kept only hashed", async () => {
    const { province } = await createProvince();
    const user = await createUser({ roles: [{ role: "ADMIN", unitId: province.id }] });
    actAs(user);
    const first = await mySecurity();
    expect(first.enrolledAt).toBeNull();
    expect(first.enrolment!.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(first.enrolment!.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    // Opening the page again shows the same secret (the app may already hold it).
    expect((await mySecurity()).enrolment!.secret).toBe(first.enrolment!.secret);

    await expect(confirmMyMfa({ code: "000000" })).rejects.toEqual(new DomainError("mfaInvalid"));
    const codes = await confirmMyMfa({ code: await totpCode(first.enrolment!.secret) });
    expect(codes).toHaveLength(10);
    const row = await (await getDb()).user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.mfaEnrolledAt).not.toBeNull();
    expect(row.mfaRecoveryHashes).toHaveLength(10);
    for (const c of codes) expect(row.mfaRecoveryHashes.join(" ")).not.toContain(c.replace("-", ""));
    expect(await actions(user.id)).toEqual([
      { action: "signIn.mfaFailed", reason: "wrongCode" },
      { action: "user.mfaEnrolled", reason: undefined },
    ]);
    const after = await mySecurity();
    expect(after.enrolment).toBeNull();
    expect(after.recoveryCodesLeft).toBe(10);
  });

  it("an enrolled account's sign-in needs a code after the password; a wrong or replayed code is refused and audited", async () => {
    const { province } = await createProvince();
    const { user, secret } = await enrolled("hai.buoc", [{ role: "ADMIN", unitId: province.id }]);
    await expect(signIn("hai.buoc")).rejects.toThrow(SIGN_IN_ERRORS.mfaRequired);
    await expect(signIn("hai.buoc", "123456")).rejects.toThrow(SIGN_IN_ERRORS.mfaInvalid);
    const code = await totpCode(secret);
    expect(await signIn("hai.buoc", code)).toEqual({ id: user.id, sessionVersion: 0 });
    await expect(signIn("hai.buoc", code)).rejects.toThrow(SIGN_IN_ERRORS.mfaInvalid);
    // A wrong password never reaches the code step, whatever the code.
    await expect(authorize({ username: "hai.buoc", password: "sai-mat-khau", code }, { headers: {} })).resolves.toBeNull();
    const refused = (await actions(user.id)).filter((a) => a.action === "signIn.mfaFailed");
    expect(refused.map((a) => a.reason)).toEqual(["wrongCode", "replayed"]);
  });

  it("five wrong codes lock the code step for the account, and then even the right code is refused", async () => {
    const { province } = await createProvince();
    const { user, secret } = await enrolled("doan.ma", [{ role: "COUNCIL", unitId: province.id }]);
    const results = [];
    for (let i = 0; i < 5; i++) results.push((await verifySecondFactor(user.id, `00000${i}`, "10.0.0.1")).result);
    expect(results).toEqual(["invalid", "invalid", "invalid", "invalid", "locked"]);
    expect((await verifySecondFactor(user.id, await totpCode(secret), "10.0.0.2")).result).toBe("locked");
    await expect(signIn("doan.ma", await totpCode(secret))).rejects.toThrow(SIGN_IN_ERRORS.mfaLocked);
    const reasons = (await actions(user.id)).filter((a) => a.action === "signIn.mfaFailed").map((a) => a.reason);
    expect(reasons).toEqual(["wrongCode", "wrongCode", "wrongCode", "wrongCode", "wrongCode", "locked", "locked"]);
  });

  it("a recovery code signs in once instead of a code, and is refused the second time", async () => {
    const { province } = await createProvince();
    const { user, recoveryCodes } = await enrolled("mat.may", [{ role: "ADMIN", unitId: province.id }]);
    const spare = recoveryCodes[7]!;
    expect(await signIn("mat.may", spare.toUpperCase())).toEqual({ id: user.id, sessionVersion: 0 });
    await expect(signIn("mat.may", spare)).rejects.toThrow(SIGN_IN_ERRORS.mfaInvalid);
    const row = await (await getDb()).user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.mfaRecoveryHashes).toHaveLength(9);
    const trail = (await actions(user.id)).filter((a) => a.action.startsWith("user.mfa") || a.action === "signIn.mfaFailed");
    expect(trail).toEqual([
      { action: "user.mfaEnrolled", reason: undefined },
      { action: "user.mfaRecoveryCodeUsed", reason: undefined },
      { action: "signIn.mfaFailed", reason: "wrongRecoveryCode" },
    ]);
  });

  it("another administrator's reset removes the factor, ends the user's sessions and is audited; one's own is refused", async () => {
    const { province } = await createProvince();
    const { user } = await enrolled("mat.dien.thoai", [{ role: "STANDING_COMMITTEE", unitId: province.id }]);
    const admin = await createUser({ roles: [{ role: "ADMIN", unitId: province.id }] });
    actAs(admin);
    await resetMfa({ id: user.id, version: 0 });
    const row = await (await getDb()).user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({
      mfaSecret: null,
      mfaEnrolledAt: null,
      mfaLastStep: null,
      mfaRecoveryHashes: [],
      sessionVersion: 1,
    });
    const reset = await (await getDb()).auditEvent.findFirstOrThrow({ where: { action: "user.mfaReset" } });
    expect(reset).toMatchObject({ actorId: admin.id, actorRole: "ADMIN", entityId: user.id });
    // The user signs in with the password alone again (and would enrol anew where the policy requires it).
    expect(await signIn("mat.dien.thoai")).toEqual({ id: user.id, sessionVersion: 1 });
    await expect(resetMfa({ id: admin.id, version: 0 })).rejects.toEqual(new DomainError("cannotChangeOwnAccess"));
  });

  it("a user whose role the policy names is sent to enrol before anything else; other roles are not", async () => {
    process.env.MFA_REQUIRED_ROLES = "ADMIN,COUNCIL";
    const { province } = await createProvince();
    const admin = await createUser({ roles: [{ role: "ADMIN", unitId: province.id }] });
    const supervisor = await createUser({ roles: [{ role: "SUPERVISOR", unitId: province.id }] });
    const both = await createUser({
      roles: [
        { role: "SUPERVISOR", unitId: province.id },
        { role: "COUNCIL", unitId: province.id },
      ],
    });
    actAs(admin);
    expect((await getCurrentUser())?.mustEnrolMfa).toBe(true);
    await expect(requireUser()).rejects.toMatchObject({ digest: expect.stringContaining(";/account/security;") });
    expect((await requireUser({ allowMfaEnrolment: true })).id).toBe(admin.id);
    // Acting in a role the policy does not name does not escape it.
    actAs(both, both.memberships.find((m) => m.role === "SUPERVISOR")!.id);
    await expect(requireUser()).rejects.toMatchObject({ digest: expect.stringContaining(";/account/security;") });
    actAs(supervisor);
    expect((await requireUser()).id).toBe(supervisor.id);
    // Once enrolled, the admin goes where they like.
    actAs(admin);
    const { enrolment } = await mySecurity();
    await confirmMyMfa({ code: await totpCode(enrolment!.secret) });
    expect((await requireUser()).id).toBe(admin.id);
  });
});
