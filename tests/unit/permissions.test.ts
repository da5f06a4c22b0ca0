import { describe, expect, it } from "vitest";
import { hasPermission, PERMISSIONS, ROLE_PERMISSIONS } from "@/lib/permissions";
import { ROLES } from "@/lib/domain/roles";

describe("the permission table", () => {
  it("the two committees and the supervisor may ask for an explanation; only the cadre answers one", () => {
    const askers = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes("explanation:request"));
    expect(askers).toEqual(["ORG_COMMITTEE", "STANDING_COMMITTEE", "SUPERVISOR"]);
    const answerers = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes("explanation:answer"));
    expect(answerers).toEqual(["CADRE"]);
  });

  it("an unknown or missing role has no permission at all", () => {
    for (const p of PERMISSIONS) {
      expect(hasPermission("SUPERUSER", p)).toBe(false);
      expect(hasPermission(undefined, p)).toBe(false);
      expect(hasPermission("cadre", p)).toBe(false);
    }
  });

  it("a cadre works only on their own registrations, tasks, reports, self-assessment and explanations", () => {
    expect([...ROLE_PERMISSIONS.CADRE].sort()).toEqual([
      "changeRequest:request",
      "evaluation:self",
      "explanation:answer",
      "registration:own",
      "report:own",
      "task:own",
    ]);
  });

  it("only the standing committee decides registrations, assigns tasks, approves changes and decides ratings", () => {
    for (const p of [
      "registration:decide",
      "task:assign",
      "changeRequest:decide",
      "evaluation:decide",
      "round:publish",
    ] as const) {
      expect(ROLES.filter((r) => hasPermission(r, p))).toEqual(["STANDING_COMMITTEE"]);
    }
  });

  it("only the organisation committee runs rounds, reviews registrations and manages evaluations", () => {
    for (const p of ["round:manage", "registration:review", "evaluation:manage"] as const) {
      expect(ROLES.filter((r) => hasPermission(r, p))).toEqual(["ORG_COMMITTEE"]);
    }
  });

  it("only council members score, and only the administrator manages accounts", () => {
    expect(ROLES.filter((r) => hasPermission(r, "evaluation:score"))).toEqual(["COUNCIL"]);
    for (const p of ["admin:units", "admin:cadres", "admin:users", "admin:outbox"] as const) {
      expect(ROLES.filter((r) => hasPermission(r, p))).toEqual(["ADMIN"]);
    }
  });

  it("the administrator sees no task, report or registration: running accounts is not reading cadres' work", () => {
    for (const p of PERMISSIONS.filter((p) => !p.startsWith("admin:"))) expect(hasPermission("ADMIN", p)).toBe(false);
  });

  it("every permission is held by at least one role", () => {
    for (const p of PERMISSIONS)
      expect(
        ROLES.some((r) => hasPermission(r, p)),
        p,
      ).toBe(true);
  });
});
