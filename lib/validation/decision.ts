import { z } from "zod";
import { id, optionalText, requiredText, version } from "./common";
import { calendarDate, ProposedTaskSchema } from "./registration";

/** The official assignment: the decision's number and date, the supervising focal point, cooperating units. */
export const AssignmentSchema = z.object({
  decisionNumber: requiredText(50),
  decisionDate: calendarDate,
  supervisorId: id,
  cooperatingUnitIds: z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(id).max(20, "tooMany"),
  ),
});
export type AssignmentInput = z.output<typeof AssignmentSchema>;

const target = { registrationId: id, proposedTaskId: id, version };

/** Approve as proposed; approve with adjustments (reason required); reject (reason required). */
export const DecideProposedTaskSchema = z.discriminatedUnion("decision", [
  z.object({ ...target, decision: z.literal("APPROVE"), reason: optionalText(2000), assignment: AssignmentSchema }),
  z.object({
    ...target,
    decision: z.literal("ADJUST"),
    reason: requiredText(2000),
    assignment: AssignmentSchema,
    adjusted: ProposedTaskSchema,
  }),
  z.object({ ...target, decision: z.literal("REJECT"), reason: requiredText(2000) }),
]);
export type DecideProposedTaskInput = z.output<typeof DecideProposedTaskSchema>;

/** A task the standing committee adds to a forwarded registration; it is assigned at once. */
export const SupplementTaskSchema = z.object({
  registrationId: id,
  version,
  reason: optionalText(2000),
  assignment: AssignmentSchema,
  task: ProposedTaskSchema,
});
export type SupplementTaskInput = z.output<typeof SupplementTaskSchema>;

/** A task assigned straight to a cadre in scope, without a registration. */
export const DirectAssignmentSchema = z.object({
  cadreId: id,
  roundId: id,
  reason: optionalText(2000),
  assignment: AssignmentSchema,
  task: ProposedTaskSchema,
});
export type DirectAssignmentInput = z.output<typeof DirectAssignmentSchema>;
