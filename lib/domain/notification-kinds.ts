/**
 * Every kind of notification the application writes. The bell translates each under
 * "notifications.kinds." in both catalogs (a unit test holds them to it).
 */
export const NOTIFICATION_KINDS = [
  "task.assigned",
  "task.supervise",
  "report.responded",
  "report.returned",
  "report.dueSoon",
  "report.overdue",
  "report.submitted",
  "report.overdueSummary",
  "registration.submitted",
  "registration.returned",
  "registration.forwarded",
  "registration.dueSoon",
  "registration.extensionGranted",
  "registration.approved",
  "registration.adjusted",
  "registration.rejected",
  "changeRequest.submitted",
  "changeRequest.approved",
  "changeRequest.rejected",
  "comment.added",
  "evaluation.opened",
  "evaluation.councilAssigned",
  "evaluation.proposed",
  "evaluation.decided",
  "evaluation.dueSoon",
  "security.signInFlood",
  "explanation.requested",
  "explanation.answered",
  "explanation.reminder",
  "explanation.escalated",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
