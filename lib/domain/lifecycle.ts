import { DomainError } from "./errors";
import type { Role } from "./roles";

/** One allowed move: from a state, by an action, taken by one of these roles, to a state. */
export type Transition<S extends string, A extends string> = {
  readonly from: S;
  readonly action: A;
  readonly roles: readonly Role[];
  readonly to: S;
};

export type Lifecycle<S extends string, A extends string, E extends string = string> = {
  readonly entity: E;
  readonly states: readonly S[];
  readonly actions: readonly A[];
  readonly transitions: readonly Transition<S, A>[];
};

function defineLifecycle<const E extends string, const S extends string, const A extends string>(lifecycle: Lifecycle<S, A, E>) {
  return lifecycle;
}

export function findTransition<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
  from: S,
  action: A,
  role: Role,
): Transition<S, A> | undefined {
  return lifecycle.transitions.find((t) => t.from === from && t.action === action && t.roles.includes(role));
}

/** The state an action leads to, or a DomainError when the role may not take it from this state. */
export function nextState<S extends string, A extends string>(lifecycle: Lifecycle<S, A>, from: S, action: A, role: Role): S {
  const transition = findTransition(lifecycle, from, action, role);
  if (!transition) throw new DomainError("transitionNotAllowed", { entity: lifecycle.entity, action, from });
  return transition.to;
}

/** The actions a role may take on a record in this state: what the screen offers. */
export function allowedActions<S extends string, A extends string>(lifecycle: Lifecycle<S, A>, from: S, role: Role): A[] {
  return lifecycle.transitions.filter((t) => t.from === from && t.roles.includes(role)).map((t) => t.action);
}

export const roundLifecycle = defineLifecycle({
  entity: "round",
  states: ["DRAFT", "OPEN", "CLOSED"],
  actions: ["open", "close", "reopen"],
  transitions: [
    { from: "DRAFT", action: "open", roles: ["ORG_COMMITTEE"], to: "OPEN" },
    { from: "OPEN", action: "close", roles: ["ORG_COMMITTEE"], to: "CLOSED" },
    { from: "CLOSED", action: "reopen", roles: ["ORG_COMMITTEE"], to: "OPEN" },
  ],
});

/**
 * A cadre drafts and submits; the organisation committee returns it for revision or forwards it with its
 * proposals; the standing committee decides (or sends it back). Submitted work is frozen until returned.
 * WITHDRAWN stays a stored state for old records; no screen offers a withdrawal, so no move leads there.
 */
export const registrationLifecycle = defineLifecycle({
  entity: "registration",
  states: ["DRAFT", "SUBMITTED", "RETURNED", "FORWARDED", "DECIDED", "WITHDRAWN"],
  actions: ["edit", "submit", "return", "forward", "decide"],
  transitions: [
    { from: "DRAFT", action: "edit", roles: ["CADRE"], to: "DRAFT" },
    { from: "RETURNED", action: "edit", roles: ["CADRE"], to: "RETURNED" },
    { from: "DRAFT", action: "submit", roles: ["CADRE"], to: "SUBMITTED" },
    { from: "RETURNED", action: "submit", roles: ["CADRE"], to: "SUBMITTED" },
    { from: "SUBMITTED", action: "return", roles: ["ORG_COMMITTEE"], to: "RETURNED" },
    { from: "SUBMITTED", action: "forward", roles: ["ORG_COMMITTEE"], to: "FORWARDED" },
    { from: "FORWARDED", action: "return", roles: ["STANDING_COMMITTEE"], to: "RETURNED" },
    { from: "FORWARDED", action: "decide", roles: ["STANDING_COMMITTEE"], to: "DECIDED" },
  ],
});

/**
 * The official task: assigned, then settled at the rating decision; unfinished tasks carry over.
 * CANCELLED stays a stored state (the reads leave such tasks out); no screen cancels a task, so no move leads there.
 */
export const taskLifecycle = defineLifecycle({
  entity: "task",
  states: ["ASSIGNED", "COMPLETED", "UNFINISHED", "CARRIED_OVER", "CANCELLED"],
  actions: ["complete", "markUnfinished", "carryOver"],
  transitions: [
    { from: "ASSIGNED", action: "complete", roles: ["STANDING_COMMITTEE"], to: "COMPLETED" },
    { from: "ASSIGNED", action: "markUnfinished", roles: ["STANDING_COMMITTEE"], to: "UNFINISHED" },
    { from: "UNFINISHED", action: "carryOver", roles: ["ORG_COMMITTEE"], to: "CARRIED_OVER" },
  ],
});

export const reportLifecycle = defineLifecycle({
  entity: "report",
  states: ["DRAFT", "SUBMITTED", "RETURNED", "RESPONDED"],
  actions: ["edit", "submit", "return", "respond"],
  transitions: [
    { from: "DRAFT", action: "edit", roles: ["CADRE"], to: "DRAFT" },
    { from: "RETURNED", action: "edit", roles: ["CADRE"], to: "RETURNED" },
    { from: "DRAFT", action: "submit", roles: ["CADRE"], to: "SUBMITTED" },
    { from: "RETURNED", action: "submit", roles: ["CADRE"], to: "SUBMITTED" },
    { from: "SUBMITTED", action: "return", roles: ["SUPERVISOR", "STANDING_COMMITTEE"], to: "RETURNED" },
    { from: "SUBMITTED", action: "respond", roles: ["SUPERVISOR", "STANDING_COMMITTEE"], to: "RESPONDED" },
    // Further direction on a report already answered.
    { from: "RESPONDED", action: "respond", roles: ["SUPERVISOR", "STANDING_COMMITTEE"], to: "RESPONDED" },
  ],
});

export const changeRequestLifecycle = defineLifecycle({
  entity: "changeRequest",
  states: ["PENDING", "APPROVED", "REJECTED", "WITHDRAWN"],
  actions: ["approve", "reject", "withdraw"],
  transitions: [
    { from: "PENDING", action: "approve", roles: ["STANDING_COMMITTEE"], to: "APPROVED" },
    { from: "PENDING", action: "reject", roles: ["STANDING_COMMITTEE"], to: "REJECTED" },
    { from: "PENDING", action: "withdraw", roles: ["CADRE", "ORG_COMMITTEE"], to: "WITHDRAWN" },
  ],
});

/**
 * Year end: the cadre self-assesses (or the committee closes that step for a cadre who did not), the
 * council scores, the organisation committee finalises the proposal, the standing committee decides and
 * the result locks; only the standing committee reopens it, and that is audited like every move.
 * A cycle without a council (a quarter, by default) goes from the self-assessment straight to the proposal
 * the rule set computes (`submitForProposal`, or `closeForProposal` for a cadre who did not assess), and the
 * standing committee may send it back to the cadre (`returnForAssessment`).
 */
export const evaluationLifecycle = defineLifecycle({
  entity: "evaluation",
  states: ["SELF_ASSESSMENT", "COUNCIL_SCORING", "PROPOSED", "DECIDED"],
  actions: [
    "submitSelfAssessment",
    "closeSelfAssessment",
    "returnSelfAssessment",
    "finaliseProposal",
    "returnToCouncil",
    "decide",
    "reopen",
    "addTask",
    "submitForProposal",
    "closeForProposal",
    "returnForAssessment",
  ],
  transitions: [
    { from: "SELF_ASSESSMENT", action: "submitSelfAssessment", roles: ["CADRE"], to: "COUNCIL_SCORING" },
    { from: "SELF_ASSESSMENT", action: "closeSelfAssessment", roles: ["ORG_COMMITTEE"], to: "COUNCIL_SCORING" },
    { from: "COUNCIL_SCORING", action: "returnSelfAssessment", roles: ["ORG_COMMITTEE"], to: "SELF_ASSESSMENT" },
    { from: "COUNCIL_SCORING", action: "finaliseProposal", roles: ["ORG_COMMITTEE"], to: "PROPOSED" },
    { from: "PROPOSED", action: "returnToCouncil", roles: ["STANDING_COMMITTEE"], to: "COUNCIL_SCORING" },
    { from: "PROPOSED", action: "decide", roles: ["STANDING_COMMITTEE"], to: "DECIDED" },
    { from: "DECIDED", action: "reopen", roles: ["STANDING_COMMITTEE"], to: "PROPOSED" },
    // A task assigned after the self-assessment went in: back to the cadre to assess it (issue 13).
    { from: "COUNCIL_SCORING", action: "addTask", roles: ["ORG_COMMITTEE"], to: "SELF_ASSESSMENT" },
    { from: "PROPOSED", action: "addTask", roles: ["ORG_COMMITTEE"], to: "SELF_ASSESSMENT" },
    // Cycles without a council: the proposal comes from the rule set on the period's facts.
    { from: "SELF_ASSESSMENT", action: "submitForProposal", roles: ["CADRE"], to: "PROPOSED" },
    { from: "SELF_ASSESSMENT", action: "closeForProposal", roles: ["ORG_COMMITTEE"], to: "PROPOSED" },
    { from: "PROPOSED", action: "returnForAssessment", roles: ["STANDING_COMMITTEE"], to: "SELF_ASSESSMENT" },
  ],
});

/**
 * A request for explanation: the cadre answers it, before or after it escalates; the reminder job alone
 * escalates an unanswered one (no role takes that move: `escalate` lists none, and the job asks
 * `systemTransition`).
 */
export const explanationLifecycle = defineLifecycle({
  entity: "explanation",
  states: ["OPEN", "ANSWERED", "ESCALATED"],
  actions: ["answer", "escalate"],
  transitions: [
    { from: "OPEN", action: "answer", roles: ["CADRE"], to: "ANSWERED" },
    { from: "ESCALATED", action: "answer", roles: ["CADRE"], to: "ANSWERED" },
    { from: "OPEN", action: "escalate", roles: [], to: "ESCALATED" },
  ],
});

/** A move no role takes, made by a scheduled job (the escalation of an unanswered request). */
export function systemTransition<S extends string, A extends string>(lifecycle: Lifecycle<S, A>, from: S, action: A): S {
  const transition = lifecycle.transitions.find((t) => t.from === from && t.action === action && t.roles.length === 0);
  if (!transition) throw new DomainError("transitionNotAllowed", { entity: lifecycle.entity, action, from });
  return transition.to;
}

export const LIFECYCLES = [
  roundLifecycle,
  registrationLifecycle,
  taskLifecycle,
  reportLifecycle,
  changeRequestLifecycle,
  evaluationLifecycle,
  explanationLifecycle,
] as const;
