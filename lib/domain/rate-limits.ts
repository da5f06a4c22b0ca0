/**
 * Every rate limit of the application: how many points a key may spend in a window (seconds), and how long
 * it is refused once over. Keys are per client address unless the name says otherwise. The numbers leave a
 * shared office address (many cadres behind one NAT) room for honest mistakes while stopping scripted
 * guessing; they live here so the tests, the decision record and the code read the same figures.
 */
export const RATE_LIMITS = {
  /** Wrong passwords for one account from one address: the fifth locks that pair. */
  signInPair: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Wrong passwords for one account from every address together: slower, and it alerts the administrators. */
  signInAccount: { points: 50, duration: 60 * 60, blockDuration: 60 * 60 },
  /** Wrong passwords from one address across every account: stops spraying one password over many names. */
  signInAddress: { points: 20, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Wrong current passwords on the change-password form, per account: the same five as the sign-in. */
  currentPassword: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Wrong one-time or recovery codes for one account (from anywhere; the password is already known): five lock the code step. */
  mfaCode: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Password changes and administrator resets submitted from one address. */
  passwordChange: { points: 20, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Spreadsheet and document exports built for one address (each is expensive to build). */
  export: { points: 60, duration: 60, blockDuration: 60 },
  /** Evidence uploads (a report saved with files) from one address. */
  upload: { points: 60, duration: 10 * 60, blockDuration: 10 * 60 },
} as const satisfies Record<string, RateLimitPolicy>;

export type RateLimitPolicy = { points: number; duration: number; blockDuration: number };
export type RateLimitName = keyof typeof RATE_LIMITS;

/** Whole seconds to put in `Retry-After`: never zero, so a client never retries at once. */
export function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000));
}
