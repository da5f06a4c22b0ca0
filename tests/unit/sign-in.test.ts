import { describe, expect, it } from "vitest";
import { decideFailure, LOCK_MINUTES, MAX_FAILED_ATTEMPTS, refuseSignIn } from "@/lib/domain/sign-in";
import { RATE_LIMITS, retryAfterSeconds } from "@/lib/domain/rate-limits";

const none = { address: 0, pair: 0, account: 0 };

describe("the lockout rule", () => {
  it("locks after five wrong passwords for fifteen minutes", () => {
    expect(MAX_FAILED_ATTEMPTS).toBe(5);
    expect(LOCK_MINUTES).toBe(15);
  });

  it("lets an attempt through when nothing is blocked", () => {
    expect(refuseSignIn(none)).toBeNull();
  });

  it("tells a blocked address to slow down whatever account it names, before saying anything about locks", () => {
    expect(refuseSignIn({ address: 30_000, pair: 60_000, account: 90_000 })).toEqual({
      result: "rateLimited",
      reason: "address",
      retryMs: 30_000,
    });
  });

  it("reads a locked pair or a locked account as locked", () => {
    expect(refuseSignIn({ ...none, pair: 1000 })).toEqual({ result: "locked", reason: "pair", retryMs: 1000 });
    expect(refuseSignIn({ ...none, account: 2000 })).toEqual({ result: "locked", reason: "account", retryMs: 2000 });
  });

  it("counts the first four wrong passwords from one address as plain failures", () => {
    for (let pair = 1; pair < MAX_FAILED_ATTEMPTS; pair++) {
      expect(decideFailure({ pair, account: pair, address: pair })).toEqual({
        result: "invalid",
        lockPair: false,
        lockAccount: false,
        blockAddress: false,
      });
    }
  });

  it("locks only the pair at the fifth wrong password from one address, and says so at once", () => {
    expect(decideFailure({ pair: 5, account: 5, address: 5 })).toEqual({
      result: "locked",
      lockPair: true,
      lockAccount: false,
      blockAddress: false,
    });
  });

  it("locks the account itself only at its global limit, once, which is when the administrators are alerted", () => {
    const limit = RATE_LIMITS.signInAccount.points;
    expect(decideFailure({ pair: 1, account: limit - 1, address: 1 }).lockAccount).toBe(false);
    expect(decideFailure({ pair: 1, account: limit, address: 1 })).toMatchObject({ result: "locked", lockAccount: true });
    expect(decideFailure({ pair: 1, account: limit + 1, address: 1 })).toMatchObject({ result: "locked", lockAccount: false });
  });

  it("blocks an address that sprays wrong passwords over many accounts, though no pair is locked", () => {
    const limit = RATE_LIMITS.signInAddress.points;
    expect(decideFailure({ pair: 1, account: 1, address: limit - 1 }).blockAddress).toBe(false);
    expect(decideFailure({ pair: 1, account: 1, address: limit })).toEqual({
      result: "invalid",
      lockPair: false,
      lockAccount: false,
      blockAddress: true,
    });
  });

  it("the global account limit is slower than the pair limit, so a single address never locks an account for everyone", () => {
    expect(RATE_LIMITS.signInAccount.points).toBeGreaterThan(RATE_LIMITS.signInAddress.points);
    expect(RATE_LIMITS.signInAddress.points).toBeGreaterThan(RATE_LIMITS.signInPair.points);
  });

  it("asks a client to wait at least a second, rounding the wait up", () => {
    expect(retryAfterSeconds(0)).toBe(1);
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
    expect(retryAfterSeconds(15 * 60_000)).toBe(900);
  });
});
