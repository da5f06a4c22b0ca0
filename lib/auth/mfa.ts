import "server-only";
import QRCode from "qrcode";
import { getDb, type Tx } from "@/lib/db/client";
import type { AuditAction } from "@/lib/domain/audit-actions";
import {
  looksLikeTotp,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  spendRecoveryCode,
  totpUri,
  verifyTotp,
} from "@/lib/domain/mfa";
import { RATE_LIMITS, retryAfterSeconds } from "@/lib/domain/rate-limits";
import type { Role } from "@/lib/domain/roles";
import { hashPassword, verifyPassword } from "./password";
import { blockedFor, limiter } from "./rate-limit";

type MfaRow = {
  id: string;
  username: string;
  mfaSecret: string | null;
  mfaEnrolledAt: Date | null;
  mfaLastStep: number | null;
  mfaRecoveryHashes: string[];
};

/** Reads the row and holds it until the transaction ends, so two uses of one code cannot both pass. */
async function lockedRow(tx: Tx, userId: string): Promise<MfaRow | undefined> {
  const [row] = await tx.$queryRaw<MfaRow[]>`
    SELECT id, username, "mfaSecret", "mfaEnrolledAt", "mfaLastStep", "mfaRecoveryHashes"
    FROM "User" WHERE id = ${userId} FOR UPDATE`;
  return row;
}

export async function isMfaEnrolled(userId: string): Promise<boolean> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { mfaEnrolledAt: true } });
  return !!user?.mfaEnrolledAt;
}

export type Enrolment = { secret: string; uri: string; qrSvg: string };

/**
 * Starts (or shows again) the enrolment of a user without a second factor: the secret is kept on the row
 * but has no effect until confirmed by a first code. An enrolled user gets nothing: a new secret replaces
 * the old one only after an administrator's reset.
 */
export async function startEnrolment(userId: string): Promise<Enrolment | null> {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { username: true, mfaSecret: true, mfaEnrolledAt: true },
  });
  if (user.mfaEnrolledAt) return null;
  let secret = user.mfaSecret;
  if (!secret) {
    secret = newTotpSecret();
    await db.user.update({ where: { id: userId }, data: { mfaSecret: secret } });
  }
  const uri = totpUri(secret, user.username);
  // Drawn here, as SVG markup: no external QR service ever sees the secret.
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return { secret, uri, qrSvg };
}

export type CodeOutcome =
  { result: "ok"; recoveryCodes?: string[] } | { result: "invalid" } | { result: "locked"; retryAfter: number };

type Audit = (tx: Tx, action: AuditAction, data: Record<string, string | number | null>) => Promise<unknown>;

/**
 * The shared core of the code step: the per-account limit (five wrong codes lock the step for a while,
 * like the password), the replay rule and the use-once recovery codes, all under the row's lock.
 */
async function checkCode(
  tx: Tx,
  row: MfaRow,
  code: string,
  auditRow: Audit,
  options: { allowRecovery: boolean; now: Date },
): Promise<{ ok: true; data: { mfaLastStep?: number; mfaRecoveryHashes?: string[] } } | Exclude<CodeOutcome, { result: "ok" }>> {
  const key = row.id;
  const blocked = await blockedFor("mfaCode", key, tx);
  if (blocked) {
    await auditRow(tx, "signIn.mfaFailed", { reason: "locked" });
    return { result: "locked", retryAfter: retryAfterSeconds(blocked) };
  }
  let reason = "wrongCode";
  if (row.mfaSecret && looksLikeTotp(code)) {
    const check = await verifyTotp(row.mfaSecret, code, row.mfaLastStep, options.now);
    if (check.ok) {
      await limiter("mfaCode", tx).delete(key);
      return { ok: true, data: { mfaLastStep: check.step } };
    }
    reason = check.reason;
  } else if (options.allowRecovery) {
    const left = await spendRecoveryCode(row.mfaRecoveryHashes, code, verifyPassword);
    if (left) {
      await limiter("mfaCode", tx).delete(key);
      await auditRow(tx, "user.mfaRecoveryCodeUsed", { left: left.length });
      return { ok: true, data: { mfaRecoveryHashes: left } };
    }
    reason = "wrongRecoveryCode";
  }
  const failures = (await limiter("mfaCode", tx).penalty(key)).consumedPoints;
  await auditRow(tx, "signIn.mfaFailed", { reason, failures });
  if (failures >= RATE_LIMITS.mfaCode.points) {
    await limiter("mfaCode", tx).block(key, RATE_LIMITS.mfaCode.blockDuration);
    return { result: "locked", retryAfter: RATE_LIMITS.mfaCode.blockDuration };
  }
  return { result: "invalid" };
}

/**
 * The one-time-code step of a sign-in whose password was right: a current code (never one already used)
 * or, once each, a recovery code. Every refusal is audited as signIn.mfaFailed with its reason.
 */
export async function verifySecondFactor(
  userId: string,
  code: string,
  ip: string | undefined,
  now = new Date(),
): Promise<CodeOutcome> {
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const row = await lockedRow(tx, userId);
      if (!row?.mfaEnrolledAt) return { result: "invalid" };
      const auditRow: Audit = (t, action, data) =>
        t.auditEvent.create({
          data: { actorId: row.id, action, entityType: "User", entityId: row.id, data: { ip: ip ?? null, ...data }, at: now },
        });
      const outcome = await checkCode(tx, row, code, auditRow, { allowRecovery: true, now });
      if (!("ok" in outcome)) return outcome;
      await tx.user.update({ where: { id: row.id }, data: outcome.data });
      return { result: "ok" };
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
}

/**
 * Confirms an enrolment with a first correct code: the factor is in force from now, and ten recovery codes
 * are made, returned once in clear (to be written down) and kept only as argon2 hashes.
 */
export async function confirmEnrolment(
  userId: string,
  actorRole: Role | null,
  code: string,
  ip: string | undefined,
  now = new Date(),
): Promise<CodeOutcome> {
  const recoveryCodes = newRecoveryCodes();
  // Hashed before the transaction: ten argon2 hashes take a while and need no lock.
  const hashes = await Promise.all(recoveryCodes.map((c) => hashPassword(normaliseRecoveryCode(c))));
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const row = await lockedRow(tx, userId);
      if (!row?.mfaSecret || row.mfaEnrolledAt) return { result: "invalid" };
      const auditRow: Audit = (t, action, data) =>
        t.auditEvent.create({
          data: {
            actorId: row.id,
            actorRole,
            action,
            entityType: "User",
            entityId: row.id,
            data: { ip: ip ?? null, step: "enrolment", ...data },
            at: now,
          },
        });
      const outcome = await checkCode(tx, row, code, auditRow, { allowRecovery: false, now });
      if (!("ok" in outcome)) return outcome;
      await tx.user.update({
        where: { id: row.id },
        data: { mfaEnrolledAt: now, mfaLastStep: outcome.data.mfaLastStep, mfaRecoveryHashes: hashes },
      });
      await auditRow(tx, "user.mfaEnrolled", {});
      return { result: "ok", recoveryCodes };
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
}

/** How many recovery codes the user has left (shown on their security page). */
export async function mfaStatus(userId: string): Promise<{ enrolledAt: Date | null; recoveryCodesLeft: number }> {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { mfaEnrolledAt: true, mfaRecoveryHashes: true },
  });
  return { enrolledAt: user.mfaEnrolledAt, recoveryCodesLeft: user.mfaRecoveryHashes.length };
}

/** What an administrator's reset writes: no factor at all, so the user enrols again at their next sign-in. */
export const MFA_CLEARED = { mfaSecret: null, mfaEnrolledAt: null, mfaLastStep: null, mfaRecoveryHashes: [] };
