import { describe, expect, it } from "vitest";
import { decideSignIn, LOCK_MINUTES, MAX_FAILED_ATTEMPTS } from "@/lib/domain/sign-in";
import { newPassword } from "@/lib/validation/common";

const now = new Date("2026-11-22T02:00:00Z");
const fresh = { failedAttempts: 0, lockedUntil: null };

describe("the lockout rule", () => {
  it("a right password signs in and clears earlier failures", () => {
    expect(decideSignIn({ failedAttempts: 3, lockedUntil: null }, true, now)).toEqual({ result: "ok", next: fresh });
  });

  it("counts wrong passwords, then locks for 15 minutes at the fifth and says so", () => {
    let state = fresh as { failedAttempts: number; lockedUntil: Date | null };
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) {
      const d = decideSignIn(state, false, now);
      expect(d.result).toBe("invalid");
      expect(d.next.failedAttempts).toBe(i);
      state = d.next;
    }
    const fifth = decideSignIn(state, false, now);
    expect(fifth.result).toBe("locked");
    expect(fifth.next.lockedUntil).toEqual(new Date(now.getTime() + LOCK_MINUTES * 60_000));
  });

  it("while locked, even the right password is refused", () => {
    const locked = { failedAttempts: 0, lockedUntil: new Date(now.getTime() + 60_000) };
    expect(decideSignIn(locked, true, now)).toEqual({ result: "locked", next: locked });
  });

  it("after the lock expires the right password works and a wrong one starts a new count", () => {
    const expired = { failedAttempts: 0, lockedUntil: new Date(now.getTime() - 1) };
    expect(decideSignIn(expired, true, now).result).toBe("ok");
    expect(decideSignIn(expired, false, now)).toEqual({ result: "invalid", next: { failedAttempts: 1, lockedUntil: null } });
  });
});

describe("the password rule", () => {
  const problems = (p: string) => (newPassword.safeParse(p).error?.issues ?? []).map((i) => i.message);

  it("asks for eight characters with letters and digits, Vietnamese letters included", () => {
    expect(problems("abc1")).toEqual(["passwordTooShort"]);
    expect(problems("abcdefgh")).toEqual(["passwordNeedsLetterAndDigit"]);
    expect(problems("12345678")).toEqual(["passwordNeedsLetterAndDigit"]);
    expect(problems("××××1234")).toEqual(["passwordNeedsLetterAndDigit"]);
    expect(problems("mậtkhẩu2026")).toEqual([]);
    expect(problems("Đ1234567")).toEqual([]);
  });
});
