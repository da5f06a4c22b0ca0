/**
 * Every action the audit trail records, as `entity.verb`. `audit()` accepts nothing else, and the history
 * shows each under "timeline.actions.<entity>.<verb>" in both catalogs (a unit test holds the code, the
 * seed and the catalogs to this list). Lifecycle moves are `<lifecycle entity>.<action>`.
 */
/**
 * The rows that record a refusal rather than a change (who if known, what, and why in the row's data): failed
 * and locked sign-ins, rate limits, authorization failures and refused calls. They are written even though
 * nothing else is, so "a refused call writes nothing" means nothing but these.
 */
export const REFUSAL_AUDIT_ACTIONS = [
  "signIn.failed",
  "signIn.locked",
  "signIn.refusedWhileLocked",
  "signIn.rateLimited",
  "signIn.accountLocked",
  "signIn.mfaFailed",
  "user.changePasswordRefused",
  "user.resetPasswordRefused",
  "export.rateLimited",
  "upload.rateLimited",
  "authorization.refused",
  "action.refused",
] as const;

export const AUDIT_ACTIONS = [
  // Lifecycle moves (lib/domain/lifecycle.ts) and the creations that start a lifecycle.
  "round.create",
  "round.open",
  "round.close",
  "round.reopen",
  "round.publish",
  "round.unpublish",
  "round.setRuleSet",
  "registration.create",
  "registration.submit",
  "registration.return",
  "registration.forward",
  "registration.decide",
  "registration.grantExtension",
  "proposedTask.create",
  "proposedTask.update",
  "proposedTask.withdraw",
  "proposedTask.decide",
  "proposedTask.supplement",
  "task.assign",
  "task.adjust",
  "task.complete",
  "task.markUnfinished",
  "task.carryOver",
  "task.carriedIn",
  "report.submit",
  "report.respond",
  "report.return",
  "changeRequest.submit",
  "changeRequest.approve",
  "changeRequest.reject",
  "changeRequest.withdraw",
  "evaluationCycle.open",
  "evaluationCycle.close",
  "evaluationCycle.addCadre",
  "evaluation.submitSelfAssessment",
  "evaluation.closeSelfAssessment",
  "evaluation.returnSelfAssessment",
  "evaluation.finaliseProposal",
  "evaluation.returnToCouncil",
  "evaluation.decide",
  "evaluation.reopen",
  "evaluation.addTask",
  "evaluation.submitForProposal",
  "evaluation.closeForProposal",
  "evaluation.returnForAssessment",
  "council.submitScores",
  "explanation.request",
  "explanation.answer",
  "explanation.escalate",
  "explanation.remind",
  "taskTemplate.create",
  "taskTemplate.update",
  "taskTemplate.archive",
  "taskTemplate.restore",
  "cadreGroup.save",
  "bulkAssignment.create",
  // Administration and accounts.
  "unit.create",
  "unit.update",
  "unit.move",
  "unit.activate",
  "unit.deactivate",
  "cadre.create",
  "cadre.update",
  "cadre.activate",
  "cadre.deactivate",
  "user.create",
  "user.update",
  "user.activate",
  "user.deactivate",
  "user.resetPassword",
  "user.addRole",
  "user.removeRole",
  "user.changePassword",
  "user.signOut",
  "user.mfaEnrolled",
  "user.mfaReset",
  "user.mfaRecoveryCodeUsed",
  "user.ssoLinked",
  "user.ssoUnlinked",
  "user.nationalIdSet",
  "signIn.succeeded",
  // A spreadsheet import of units, cadres and accounts (one row, with its counts, beside each record's own).
  "import.commit",
  ...REFUSAL_AUDIT_ACTIONS,
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** The audit action of a lifecycle move (`<entity>.<action>`); a move missing from the list is a bug, said loudly. */
export function moveAuditAction(entity: string, action: string): AuditAction {
  const name = `${entity}.${action}`;
  if (!isAuditAction(name)) throw new Error(`The lifecycle move ${name} is not in AUDIT_ACTIONS.`);
  return name;
}
