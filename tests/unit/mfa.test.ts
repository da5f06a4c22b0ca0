import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import {
  MFA_PRODUCTION_ROLES,
  MfaPolicyError,
  mfaRequiredFor,
  mfaRequiredRoles,
  newRecoveryCodes,
  newTotpSecret,
  spendRecoveryCode,
  totpCode,
  totpUri,
  verifyTotp,
} from "@/lib/domain/mfa";

const SECRET = "FGRHEJO52VV6DBYJYINPTQ5TW3WPZBNC";
// The start of a 30-second step, so "a step before/after" is exact.
const T = new Date(Math.floor(Date.UTC(2026, 10, 29, 8, 0, 0) / 30_000) * 30_000);
const step = (n: number) => new Date(T.getTime() + n * 30_000);

describe("the one-time code (TOTP, RFC 6238)", () => {
  it("matches the RFC 6238 test vector for SHA-1 at 59 seconds", async () => {
    // Appendix B: key "12345678901234567890", T = 59 s → 94287082 (8 digits); its last six are 287082.
    const rfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(await totpCode(rfcKey, new Date(59_000))).toBe("287082");
  });

  it("accepts the code of now and of one step either side, and refuses one two steps away", async () => {
    for (const n of [-1, 0, 1]) {
      expect((await verifyTotp(SECRET, await totpCode(SECRET, step(n)), null, T)).ok, `step ${n}`).toBe(true);
    }
    for (const n of [-2, 2]) {
      expect(await verifyTotp(SECRET, await totpCode(SECRET, step(n)), null, T)).toEqual({ ok: false, reason: "wrongCode" });
    }
  });

  it("refuses a code already accepted within its window as replayed, and any code of an earlier step", async () => {
    const code = await totpCode(SECRET, T);
    const first = await verifyTotp(SECRET, code, null, T);
    expect(first.ok).toBe(true);
    const lastStep = first.ok ? first.step : -1;
    expect(await verifyTotp(SECRET, code, lastStep, new Date(T.getTime() + 10_000))).toEqual({ ok: false, reason: "replayed" });
    expect(await verifyTotp(SECRET, await totpCode(SECRET, step(-1)), lastStep, T)).toEqual({ ok: false, reason: "replayed" });
    // The next step's code is still good once.
    const next = await verifyTotp(SECRET, await totpCode(SECRET, step(1)), lastStep, step(1));
    expect(next).toEqual({ ok: true, step: lastStep + 1 });
  });

  it("refuses anything but six digits, and takes a code typed with a space", async () => {
    for (const typed of ["", "12345", "1234567", "abcdef", "12345a"]) {
      expect(await verifyTotp(SECRET, typed, null, T)).toEqual({ ok: false, reason: "wrongCode" });
    }
    const code = await totpCode(SECRET, T);
    expect((await verifyTotp(SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, null, T)).ok).toBe(true);
  });

  it("makes a fresh 160-bit base32 secret each time, and an otpauth address an authenticator app reads", () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(a);
    const uri = totpUri(a, "nguyen.van.a");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${a}`);
    expect(uri).toContain("nguyen.van.a");
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes that avoid look-alike characters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
  });

  it("each works once: spending one removes its hash, and the same code then matches nothing", async () => {
    const codes = newRecoveryCodes(3);
    const hashes = await Promise.all(codes.map((c) => hashPassword(c.replace("-", ""))));
    const left = await spendRecoveryCode(hashes, ` ${codes[1]!.toUpperCase()} `, verifyPassword);
    expect(left).toEqual([hashes[0], hashes[2]]);
    expect(await spendRecoveryCode(left!, codes[1]!, verifyPassword)).toBeNull();
    expect(await spendRecoveryCode(left!, "", verifyPassword)).toBeNull();
    expect(await spendRecoveryCode(left!, "abcde-fghjk", verifyPassword)).toBeNull();
  });
});

describe("the role policy (MFA_REQUIRED_ROLES)", () => {
  it("requires the four deciding roles in production when unset, and none elsewhere", () => {
    expect([...mfaRequiredRoles({ NODE_ENV: "production" })].sort()).toEqual([...MFA_PRODUCTION_ROLES].sort());
    expect([...MFA_PRODUCTION_ROLES].sort()).toEqual(["ADMIN", "COUNCIL", "ORG_COMMITTEE", "STANDING_COMMITTEE"]);
    expect(mfaRequiredRoles({ NODE_ENV: "test" }).size).toBe(0);
  });

  it("reads a list of roles, or none, and refuses a misspelt role rather than requiring less", () => {
    expect(mfaRequiredRoles({ NODE_ENV: "production", MFA_REQUIRED_ROLES: "none" }).size).toBe(0);
    expect(mfaRequiredRoles({ NODE_ENV: "production", MFA_REQUIRED_ROLES: "" }).size).toBe(0);
    expect([...mfaRequiredRoles({ MFA_REQUIRED_ROLES: " admin, Council " })]).toEqual(["ADMIN", "COUNCIL"]);
    expect(() => mfaRequiredRoles({ MFA_REQUIRED_ROLES: "ADMIN,ADMINS" })).toThrow(MfaPolicyError);
  });

  it("applies when any of the user's roles requires it, not only the active one", () => {
    const required = new Set(["ADMIN"] as const);
    expect(mfaRequiredFor(["CADRE", "ADMIN"], required)).toBe(true);
    expect(mfaRequiredFor(["CADRE", "SUPERVISOR"], required)).toBe(false);
    expect(mfaRequiredFor([], required)).toBe(false);
  });
});
