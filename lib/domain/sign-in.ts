export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

export type LockState = { failedAttempts: number; lockedUntil: Date | null };
export type SignInResult = "ok" | "invalid" | "locked";

/**
 * The lockout rule. While locked, the password is not even considered. The fifth failure in a row
 * locks the account for 15 minutes and says so at once; a success clears the count.
 */
export function decideSignIn(state: LockState, passwordOk: boolean, now: Date): { result: SignInResult; next: LockState } {
  if (state.lockedUntil && state.lockedUntil > now) return { result: "locked", next: state };
  if (passwordOk) return { result: "ok", next: { failedAttempts: 0, lockedUntil: null } };
  const failedAttempts = (state.lockedUntil ? 0 : state.failedAttempts) + 1;
  if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
    return { result: "locked", next: { failedAttempts: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) } };
  }
  return { result: "invalid", next: { failedAttempts, lockedUntil: null } };
}

/** A password people can remember and attackers cannot guess quickly: 8+ characters, a letter and a digit. */
export const PASSWORD_MIN_LENGTH = 8;
export function isStrongEnough(password: string): boolean {
  return /\p{L}/u.test(password) && /\d/.test(password);
}
