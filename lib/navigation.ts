import type { Role } from "@/lib/domain/roles";
import type { Permission } from "@/lib/permissions";

/** Each role's home page, where it lands after sign-in or after switching role. */
export const ROLE_HOME: Record<Role, string> = {
  CADRE: "/my-work",
  ORG_COMMITTEE: "/org-committee",
  STANDING_COMMITTEE: "/standing-committee",
  COUNCIL: "/council",
  SUPERVISOR: "/supervision",
  ADMIN: "/admin",
};

/** The permission each role home requires; the page checks it, the menu only mirrors it. */
export const ROLE_HOME_PERMISSION: Record<Role, Permission> = {
  CADRE: "task:own",
  ORG_COMMITTEE: "round:manage",
  STANDING_COMMITTEE: "registration:decide",
  COUNCIL: "evaluation:score",
  SUPERVISOR: "task:supervise",
  ADMIN: "admin:users",
};

export type NavItem = { href: string; label: string; permission: Permission };

/** The menu, besides the home link; labels are keys under "nav.". */
export const NAV_ITEMS: NavItem[] = [
  { href: "/admin/units", label: "units", permission: "admin:units" },
  { href: "/admin/cadres", label: "cadres", permission: "admin:cadres" },
  { href: "/admin/users", label: "users", permission: "admin:users" },
];
