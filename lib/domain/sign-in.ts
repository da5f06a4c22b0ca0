import { RATE_LIMITS } from "./rate-limits";

export const MAX_FAILED_ATTEMPTS = RATE_LIMITS.signInPair.points;
export const LOCK_MINUTES = RATE_LIMITS.signInPair.blockDuration / 60;

export type SignInResult = "ok" | "invalid" | "locked" | "rateLimited";

/** What blocks a sign-in before the password is looked at, in milliseconds still to wait (0 = not blocked). */
export type SignInBlocks = { address: number; pair: number; account: number };

/** Why a sign-in was refused without checking the password. */
export type SignInRefusal = { result: "locked" | "rateLimited"; reason: "address" | "pair" | "account"; retryMs: number };

/**
 * The gate before the password check. A blocked address is told to slow down (429) whatever account it
 * names; a locked (account, address) pair or an account over its global limit reads as "locked". The
 * address comes first so a sprayer learns nothing about which accounts it has locked.
 */
export function refuseSignIn(blocks: SignInBlocks): SignInRefusal | null {
  if (blocks.address > 0) return { result: "rateLimited", reason: "address", retryMs: blocks.address };
  if (blocks.pair > 0) return { result: "locked", reason: "pair", retryMs: blocks.pair };
  if (blocks.account > 0) return { result: "locked", reason: "account", retryMs: blocks.account };
  return null;
}

/** Wrong passwords counted so far in each window, this one included. */
export type FailureCounts = { pair: number; account: number; address: number };

export type FailureDecision = {
  result: "invalid" | "locked";
  /** Lock this (account, address) pair: the fifth wrong guess from one address. */
  lockPair: boolean;
  /** Lock the account from everywhere and alert the administrators: the global limit was just reached. */
  lockAccount: boolean;
  /** Refuse this address on every account for a while. */
  blockAddress: boolean;
};

/**
 * The lockout rule after a wrong password. Five from one address lock that pair only, so an attacker
 * cannot lock a named account out from everywhere; the real user at another address still signs in. Only
 * a flood from many addresses (the account's global limit) locks the account itself, and that is reported
 * to the administrators once, when it is reached.
 */
export function decideFailure(counts: FailureCounts): FailureDecision {
  const lockPair = counts.pair >= RATE_LIMITS.signInPair.points;
  const lockAccount = counts.account === RATE_LIMITS.signInAccount.points;
  const blockAddress = counts.address >= RATE_LIMITS.signInAddress.points;
  return {
    result: lockPair || counts.account >= RATE_LIMITS.signInAccount.points ? "locked" : "invalid",
    lockPair,
    lockAccount,
    blockAddress,
  };
}
