import { describe, expect, it } from "vitest";
import {
  allowedActions,
  changeRequestLifecycle,
  evaluationLifecycle,
  explanationLifecycle,
  LIFECYCLES,
  nextState,
  registrationLifecycle,
  reportLifecycle,
  roundLifecycle,
  systemTransition,
  taskLifecycle,
  type Lifecycle,
} from "@/lib/domain/lifecycle";
import { DomainError } from "@/lib/domain/errors";
import { ROLES } from "@/lib/domain/roles";

// The tables written out once more, as the rules read in the regulations: a change to a lifecycle must
// change this list too, on purpose.
const EXPECTED: Record<string, string[]> = {
  round: [
    "DRAFT -open-> OPEN by ORG_COMMITTEE",
    "OPEN -close-> CLOSED by ORG_COMMITTEE",
    "CLOSED -reopen-> OPEN by ORG_COMMITTEE",
  ],
  registration: [
    "DRAFT -edit-> DRAFT by CADRE",
    "RETURNED -edit-> RETURNED by CADRE",
    "DRAFT -submit-> SUBMITTED by CADRE",
    "RETURNED -submit-> SUBMITTED by CADRE",
    "SUBMITTED -return-> RETURNED by ORG_COMMITTEE",
    "SUBMITTED -forward-> FORWARDED by ORG_COMMITTEE",
    "FORWARDED -return-> RETURNED by STANDING_COMMITTEE",
    "FORWARDED -decide-> DECIDED by STANDING_COMMITTEE",
  ],
  task: [
    "ASSIGNED -complete-> COMPLETED by STANDING_COMMITTEE",
    "ASSIGNED -markUnfinished-> UNFINISHED by STANDING_COMMITTEE",
    "UNFINISHED -carryOver-> CARRIED_OVER by ORG_COMMITTEE",
  ],
  report: [
    "DRAFT -edit-> DRAFT by CADRE",
    "RETURNED -edit-> RETURNED by CADRE",
    "DRAFT -submit-> SUBMITTED by CADRE",
    "RETURNED -submit-> SUBMITTED by CADRE",
    "SUBMITTED -return-> RETURNED by SUPERVISOR",
    "SUBMITTED -return-> RETURNED by STANDING_COMMITTEE",
    "SUBMITTED -respond-> RESPONDED by SUPERVISOR",
    "SUBMITTED -respond-> RESPONDED by STANDING_COMMITTEE",
    "RESPONDED -respond-> RESPONDED by SUPERVISOR",
    "RESPONDED -respond-> RESPONDED by STANDING_COMMITTEE",
  ],
  changeRequest: [
    "PENDING -approve-> APPROVED by STANDING_COMMITTEE",
    "PENDING -reject-> REJECTED by STANDING_COMMITTEE",
    "PENDING -withdraw-> WITHDRAWN by CADRE",
    "PENDING -withdraw-> WITHDRAWN by ORG_COMMITTEE",
  ],
  evaluation: [
    "SELF_ASSESSMENT -submitSelfAssessment-> COUNCIL_SCORING by CADRE",
    "SELF_ASSESSMENT -closeSelfAssessment-> COUNCIL_SCORING by ORG_COMMITTEE",
    "COUNCIL_SCORING -returnSelfAssessment-> SELF_ASSESSMENT by ORG_COMMITTEE",
    "COUNCIL_SCORING -finaliseProposal-> PROPOSED by ORG_COMMITTEE",
    "PROPOSED -returnToCouncil-> COUNCIL_SCORING by STANDING_COMMITTEE",
    "PROPOSED -decide-> DECIDED by STANDING_COMMITTEE",
    "DECIDED -reopen-> PROPOSED by STANDING_COMMITTEE",
    "COUNCIL_SCORING -addTask-> SELF_ASSESSMENT by ORG_COMMITTEE",
    "PROPOSED -addTask-> SELF_ASSESSMENT by ORG_COMMITTEE",
    // Without a council (a quarter by default) the rule set proposes at once.
    "SELF_ASSESSMENT -submitForProposal-> PROPOSED by CADRE",
    "SELF_ASSESSMENT -closeForProposal-> PROPOSED by ORG_COMMITTEE",
    "PROPOSED -returnForAssessment-> SELF_ASSESSMENT by STANDING_COMMITTEE",
  ],
  // The escalation is the reminder job's (systemTransition): no role may take it.
  explanation: ["OPEN -answer-> ANSWERED by CADRE", "ESCALATED -answer-> ANSWERED by CADRE"],
};

function everyCombination(lifecycle: Lifecycle<string, string>) {
  return lifecycle.states.flatMap((from) => lifecycle.actions.flatMap((action) => ROLES.map((role) => ({ from, action, role }))));
}

describe.each(LIFECYCLES.map((l) => [l.entity, l as Lifecycle<string, string>] as const))(
  "the %s lifecycle",
  (entity, lifecycle) => {
    const allowed = new Map(
      EXPECTED[entity]!.map((line) => {
        const [, from, action, to, role] = /^(\w+) -(\w+)-> (\w+) by (\w+)$/.exec(line)!;
        return [`${from}|${action}|${role}`, to!] as const;
      }),
    );

    it("allows exactly the listed moves, each to its listed state", () => {
      for (const [key, to] of allowed) {
        const [from, action, role] = key.split("|") as [string, string, (typeof ROLES)[number]];
        expect(nextState(lifecycle, from, action, role), key).toBe(to);
      }
    });

    it("refuses every other state, action and role with a DomainError", () => {
      const refused = everyCombination(lifecycle).filter(({ from, action, role }) => !allowed.has(`${from}|${action}|${role}`));
      expect(refused.length).toBeGreaterThan(0);
      for (const { from, action, role } of refused) {
        expect(() => nextState(lifecycle, from, action, role), `${from} ${action} ${role}`).toThrow(DomainError);
      }
    });

    it("only names its own states", () => {
      for (const t of lifecycle.transitions) {
        expect(lifecycle.states).toContain(t.from);
        expect(lifecycle.states).toContain(t.to);
        expect(lifecycle.actions).toContain(t.action);
      }
    });
  },
);

describe("what a screen offers", () => {
  it("a cadre may edit or submit a draft registration, and nothing once it is submitted", () => {
    expect(allowedActions(registrationLifecycle, "DRAFT", "CADRE").sort()).toEqual(["edit", "submit"]);
    expect(allowedActions(registrationLifecycle, "SUBMITTED", "CADRE")).toEqual([]);
  });

  it("the organisation committee may return or forward a submitted registration but never decide it", () => {
    expect(allowedActions(registrationLifecycle, "SUBMITTED", "ORG_COMMITTEE").sort()).toEqual(["forward", "return"]);
    expect(() => nextState(registrationLifecycle, "FORWARDED", "decide", "ORG_COMMITTEE")).toThrow(DomainError);
  });

  it("a decided evaluation is locked to everyone but the standing committee's reopen", () => {
    for (const role of ROLES) {
      expect(allowedActions(evaluationLifecycle, "DECIDED", role)).toEqual(role === "STANDING_COMMITTEE" ? ["reopen"] : []);
    }
  });

  it("nobody may move a finished task or a decided change request", () => {
    for (const role of ROLES) {
      expect(allowedActions(taskLifecycle, "COMPLETED", role)).toEqual([]);
      expect(allowedActions(changeRequestLifecycle, "APPROVED", role)).toEqual([]);
      expect(allowedActions(reportLifecycle, "SUBMITTED", "CADRE")).toEqual([]);
      expect(allowedActions(roundLifecycle, "OPEN", "CADRE")).toEqual([]);
    }
  });

  it("a refusal names the entity, action and state for the message", () => {
    try {
      nextState(reportLifecycle, "DRAFT", "respond", "SUPERVISOR");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe("transitionNotAllowed");
      expect((e as DomainError).params).toEqual({ entity: "report", action: "respond", from: "DRAFT" });
    }
  });
});

describe("the reminder job's own move", () => {
  it("escalates an open explanation request, and nothing answered or already escalated", () => {
    expect(systemTransition(explanationLifecycle, "OPEN", "escalate")).toBe("ESCALATED");
    expect(() => systemTransition(explanationLifecycle, "ANSWERED", "escalate")).toThrow(DomainError);
    expect(() => systemTransition(explanationLifecycle, "ESCALATED", "escalate")).toThrow(DomainError);
  });

  it("is no role's move, and a role's answer is not the job's", () => {
    for (const role of ROLES) expect(() => nextState(explanationLifecycle, "OPEN", "escalate", role)).toThrow(DomainError);
    expect(() => systemTransition(explanationLifecycle, "OPEN", "answer")).toThrow(DomainError);
  });
});
