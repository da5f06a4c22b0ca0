import { randomInt } from "node:crypto";
import { generate, generateSecret, generateURI, verify } from "otplib";
import { isRole, type Role } from "./roles";

/**
 * The second factor: TOTP (RFC 6238) with the parameters every authenticator app reads from a QR code
 * (HMAC-SHA1, six digits, 30-second steps). A code is accepted one step either side of now, so a phone
 * clock a little off still works, and never twice (see verifyTotp).
 */
export const TOTP_PERIOD = 30;
/** Seconds of clock drift tolerated either way: one step. */
export const TOTP_TOLERANCE = TOTP_PERIOD;
export const MFA_ISSUER = "Dot pha";
export const RECOVERY_CODE_COUNT = 10;

/** Roles that must use the second factor in production unless MFA_REQUIRED_ROLES says otherwise. */
export const MFA_PRODUCTION_ROLES: readonly Role[] = ["ADMIN", "STANDING_COMMITTEE", "ORG_COMMITTEE", "COUNCIL"];

export class MfaPolicyError extends Error {}

/**
 * The roles whose holders must enrol. MFA_REQUIRED_ROLES is a comma-separated list of roles, or "none";
 * unset, it is the four roles above in production and none elsewhere (the demo and the browser tests set
 * "none" explicitly). A misspelt role stops the app rather than silently requiring less.
 */
export function mfaRequiredRoles(env: Record<string, string | undefined> = process.env): ReadonlySet<Role> {
  const raw = env.MFA_REQUIRED_ROLES;
  if (raw === undefined) return new Set(env.NODE_ENV === "production" ? MFA_PRODUCTION_ROLES : []);
  const names = raw
    .split(",")
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s && s !== "NONE");
  const unknown = names.filter((n) => !isRole(n));
  if (unknown.length) throw new MfaPolicyError(`MFA_REQUIRED_ROLES names unknown roles: ${unknown.join(", ")}`);
  return new Set(names as Role[]);
}

/** Whether a user holding these roles (any of them, not only the active one) must have a second factor. */
export function mfaRequiredFor(roles: readonly Role[], required: ReadonlySet<Role> = mfaRequiredRoles()): boolean {
  return roles.some((r) => required.has(r));
}

export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, username: string): string {
  return generateURI({ issuer: MFA_ISSUER, label: username, secret, period: TOTP_PERIOD });
}

/** The current code of a secret (the demo's `npm run mfa:code`, and tests). */
export function totpCode(secret: string, at: Date = new Date()): Promise<string> {
  return generate({ secret, period: TOTP_PERIOD, epoch: Math.floor(at.getTime() / 1000) });
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "wrongCode" | "replayed" };

/**
 * Checks a six-digit code against the secret at `at`. A code whose time step is at or before `lastStep`
 * (the step of the last accepted code) is refused as replayed: a code seen once, over a shoulder or in a
 * proxy's log, cannot be used again within its window.
 */
export async function verifyTotp(
  secret: string,
  code: string,
  lastStep: number | null,
  at: Date = new Date(),
): Promise<TotpCheck> {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: "wrongCode" };
  const result = await verify({
    secret,
    token,
    period: TOTP_PERIOD,
    epoch: Math.floor(at.getTime() / 1000),
    epochTolerance: TOTP_TOLERANCE,
  });
  // A TOTP result always carries its time step (the union type also covers HOTP's counter result).
  if (!result.valid || !("timeStep" in result)) return { ok: false, reason: "wrongCode" };
  if (lastStep !== null && result.timeStep <= lastStep) return { ok: false, reason: "replayed" };
  return { ok: true, step: result.timeStep };
}

// No 0/o, 1/l/i: a recovery code is read off paper and typed by hand.
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten random codes of 10 characters (about 49 bits each), shown as "xxxxx-xxxxx". */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The form a recovery code is hashed and compared in: case, spaces and dashes do not matter. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "");
}

/**
 * Spends a recovery code: the hashes left once the typed code's hash is removed, or null when it matches
 * none (a code already spent no longer has a hash, so it is refused like any wrong one).
 */
export async function spendRecoveryCode(
  hashes: readonly string[],
  typed: string,
  verifyHash: (hash: string, plain: string) => Promise<boolean>,
): Promise<string[] | null> {
  const plain = normaliseRecoveryCode(typed);
  if (!plain) return null;
  for (const hash of hashes) {
    if (await verifyHash(hash, plain)) return hashes.filter((h) => h !== hash);
  }
  return null;
}

/** A typed second-factor entry is either a six-digit code or a recovery code. */
export function looksLikeTotp(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s/g, ""));
}
