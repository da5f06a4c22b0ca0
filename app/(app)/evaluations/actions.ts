"use server";

import { action } from "@/lib/actions/server";
import { carryOverTasks } from "@/lib/dal/evaluations/carry-over";
import { decideEvaluation, finaliseProposal, reopenEvaluation } from "@/lib/dal/evaluations/decision";
import { addTaskToCycle, moveEvaluation, openEvaluationCycle } from "@/lib/dal/evaluations/cycles";
import { saveCouncilScores, submitSelfAssessment } from "@/lib/dal/evaluations/scoring";
import {
  AddToCycleSchema,
  CarryOverSchema,
  CouncilScoresSchema,
  DecideEvaluationSchema,
  FinaliseSchema,
  MoveEvaluationSchema,
  OpenCycleSchema,
  ReopenSchema,
  SelfAssessmentSchema,
} from "@/lib/validation/evaluation";

// Every evaluation page reads the same records, so each change refreshes them all.
const evaluations = { path: "/evaluations", type: "layout" } as const;

export const openCycleAction = action(OpenCycleSchema, openEvaluationCycle, {
  revalidate: evaluations,
  redirect: (_input, { id }) => `/evaluations/cycles/${id}`,
});
export const selfAssessAction = action(SelfAssessmentSchema, submitSelfAssessment, {
  revalidate: evaluations,
  notice: "selfAssessed",
});
export const councilScoresAction = action(CouncilScoresSchema, saveCouncilScores, {
  revalidate: evaluations,
  notice: "scoresSaved",
});
export const finaliseAction = action(FinaliseSchema, finaliseProposal, { revalidate: evaluations, notice: "proposalFinalised" });
export const decideEvaluationAction = action(DecideEvaluationSchema, decideEvaluation, {
  revalidate: evaluations,
  notice: "ratingDecided",
});
export const reopenAction = action(ReopenSchema, reopenEvaluation, { revalidate: evaluations, notice: "evaluationReopened" });
export const carryOverAction = action(CarryOverSchema, carryOverTasks, {
  revalidate: evaluations,
  redirect: (input, { count }) => `/evaluations/carry-over?roundId=${input.fromRoundId}&year=${input.year}&carried=${count}`,
});
export const moveEvaluationAction = action(MoveEvaluationSchema, moveEvaluation, {
  revalidate: evaluations,
  notice: "evaluationMoved",
});
export const addToCycleAction = action(AddToCycleSchema, addTaskToCycle, {
  revalidate: evaluations,
  notice: (_input, r) => (r.added ? "addedToCycle" : "alreadyInCycle"),
});
