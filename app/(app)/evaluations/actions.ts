"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ZodType } from "zod";
import { failure, formToNested, invalid, success } from "@/lib/actions/server";
import type { ActionState } from "@/lib/actions/state";
import {
  carryOverTasks,
  decideEvaluation,
  finaliseProposal,
  moveEvaluation,
  openEvaluationCycle,
  reopenEvaluation,
  saveCouncilScores,
  submitSelfAssessment,
} from "@/lib/dal/evaluations";
import { DomainError } from "@/lib/domain/errors";
import {
  CarryOverSchema,
  CouncilScoresSchema,
  DecideEvaluationSchema,
  FinaliseSchema,
  MoveEvaluationSchema,
  OpenCycleSchema,
  ReopenSchema,
  SelfAssessmentSchema,
} from "@/lib/validation/evaluation";

/**
 * The one shape of the evaluation actions: parse the (nested) form with its schema, run the data-layer
 * call, refresh the evaluation pages, then say so or go where the call leads.
 */
async function run<T>(
  schema: ZodType<T>,
  form: FormData,
  call: (input: T) => Promise<unknown>,
  done: { notice?: string; redirectTo?: (input: T, result: unknown) => string },
): Promise<ActionState> {
  const parsed = schema.safeParse(formToNested(form));
  if (!parsed.success) return invalid(parsed.error, form);
  let result: unknown;
  try {
    result = await call(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  revalidatePath("/evaluations", "layout");
  if (done.redirectTo) redirect(done.redirectTo(parsed.data, result));
  return success(done.notice ?? "saved");
}

export async function openCycleAction(_prev: ActionState, form: FormData) {
  return run(OpenCycleSchema, form, openEvaluationCycle, {
    redirectTo: (_input, result) => `/evaluations/cycles/${(result as { id: string }).id}`,
  });
}

export async function selfAssessAction(_prev: ActionState, form: FormData) {
  return run(SelfAssessmentSchema, form, submitSelfAssessment, { notice: "selfAssessed" });
}

export async function councilScoresAction(_prev: ActionState, form: FormData) {
  return run(CouncilScoresSchema, form, saveCouncilScores, { notice: "scoresSaved" });
}

export async function finaliseAction(_prev: ActionState, form: FormData) {
  return run(FinaliseSchema, form, finaliseProposal, { notice: "proposalFinalised" });
}

export async function decideEvaluationAction(_prev: ActionState, form: FormData) {
  return run(DecideEvaluationSchema, form, decideEvaluation, { notice: "ratingDecided" });
}

export async function reopenAction(_prev: ActionState, form: FormData) {
  return run(ReopenSchema, form, reopenEvaluation, { notice: "evaluationReopened" });
}

export async function carryOverAction(_prev: ActionState, form: FormData) {
  return run(CarryOverSchema, form, carryOverTasks, {
    redirectTo: (input, result) =>
      `/evaluations/carry-over?roundId=${input.fromRoundId}&year=${input.year}&carried=${(result as { count: number }).count}`,
  });
}

export async function moveEvaluationAction(_prev: ActionState, form: FormData) {
  return run(MoveEvaluationSchema, form, moveEvaluation, { notice: "evaluationMoved" });
}
