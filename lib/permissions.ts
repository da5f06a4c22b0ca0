import { isRole, type Role } from "@/lib/domain/roles";

/**
 * What each role may do, as 'entity:verb'. Which records it may do it to (own, supervised, unit
 * subtree) is the data layer's scope; this table only says whether the verb is open to the role.
 */
export const PERMISSIONS = [
  "registration:own", // register and edit one's own proposals
  "registration:review", // organisation committee: comment, return, forward
  "registration:decide", // standing committee: approve, adjust, reject, supplement
  "round:manage",
  "round:publish",
  "task:own",
  "task:read", // every task in scope
  "task:assign",
  "task:supervise",
  "template:manage", // keep the catalogue of task templates (standing committee, or the organisation committee preparing it)
  "report:own",
  "report:read",
  "report:respond",
  "changeRequest:request",
  "changeRequest:decide",
  "evaluation:self",
  "evaluation:manage",
  "evaluation:score",
  "evaluation:decide",
  "dashboard:view",
  "export:download",
  "explanation:request", // ask a cadre to explain a lagging task or a late report
  "explanation:answer", // the cadre answers a request about their own task
  "admin:units",
  "admin:cadres",
  "admin:users",
  "admin:outbox",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  CADRE: ["registration:own", "task:own", "report:own", "changeRequest:request", "evaluation:self", "explanation:answer"],
  ORG_COMMITTEE: [
    "registration:review",
    "round:manage",
    "task:read",
    "template:manage",
    "report:read",
    "changeRequest:request",
    "evaluation:manage",
    "dashboard:view",
    "export:download",
    "explanation:request",
  ],
  STANDING_COMMITTEE: [
    "registration:decide",
    "round:publish",
    "task:read",
    "task:assign",
    "template:manage",
    "report:read",
    "report:respond",
    "changeRequest:decide",
    "evaluation:decide",
    "dashboard:view",
    "export:download",
    "explanation:request",
  ],
  COUNCIL: ["evaluation:score"],
  SUPERVISOR: ["task:supervise", "report:respond", "explanation:request"],
  ADMIN: ["admin:units", "admin:cadres", "admin:users", "admin:outbox"],
};

/** The permissions that give /search something to find (tasks, cadres, units, registrations or reports). */
export const SEARCH_PERMISSIONS = [
  "task:own",
  "task:read",
  "task:supervise",
  "registration:own",
  "registration:review",
  "registration:decide",
  "admin:cadres",
  "admin:units",
] as const satisfies readonly Permission[];

/** An unknown role has no permission at all. */
export function hasPermission(role: unknown, permission: Permission): boolean {
  return isRole(role) && ROLE_PERMISSIONS[role].includes(permission);
}
