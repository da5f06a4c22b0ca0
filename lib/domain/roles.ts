/** The roles of the application. Kept here, not imported from Prisma, so the rules stay free of the app. */
export const ROLES = ["CADRE", "ORG_COMMITTEE", "STANDING_COMMITTEE", "COUNCIL", "SUPERVISOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** A user with several roles starts in the first of theirs in this order: the one with most to do. */
export const ROLE_PRIORITY: readonly Role[] = ["STANDING_COMMITTEE", "ORG_COMMITTEE", "COUNCIL", "SUPERVISOR", "CADRE", "ADMIN"];
