import "server-only";
import { confirmEnrolment, mfaStatus, startEnrolment, type Enrolment } from "@/lib/auth/mfa";
import { RateLimitedError, requestAddress } from "@/lib/auth/rate-limit";
import { requireUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import type { ConfirmMfaInput } from "@/lib/validation/account";

export type MySecurity = {
  username: string;
  mustEnrol: boolean;
  enrolledAt: Date | null;
  recoveryCodesLeft: number;
  /** Present while the user has no second factor: what the enrolment page shows. */
  enrolment: Enrolment | null;
};

/** The caller's second factor: its state, and for a user without one, the secret and QR code to enrol. */
export async function mySecurity(): Promise<MySecurity> {
  const user = await requireUser({ allowMfaEnrolment: true });
  const status = await mfaStatus(user.id);
  return {
    username: user.username,
    mustEnrol: user.mustEnrolMfa,
    ...status,
    enrolment: status.enrolledAt ? null : await startEnrolment(user.id),
  };
}

/** Confirms the caller's enrolment with a first code; returns the ten recovery codes, shown this once. */
export async function confirmMyMfa(input: ConfirmMfaInput): Promise<string[]> {
  const user = await requireUser({ allowMfaEnrolment: true });
  const outcome = await confirmEnrolment(user.id, user.active?.role ?? null, input.code, await requestAddress());
  if (outcome.result === "locked") throw new RateLimitedError(outcome.retryAfter);
  if (outcome.result !== "ok") throw new DomainError("mfaInvalid");
  return outcome.recoveryCodes ?? [];
}
