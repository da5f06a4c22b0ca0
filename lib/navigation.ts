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

/** A menu entry, shown to a role holding any of its permissions. */
export type NavItem = { href: string; label: string; permissions: Permission[] };

/** The menu, besides the home link; labels are keys under "nav.". */
export const NAV_ITEMS: NavItem[] = [
  { href: "/dashboard", label: "dashboard", permissions: ["dashboard:view"] },
  { href: "/rounds", label: "rounds", permissions: ["round:manage"] },
  {
    href: "/registrations",
    label: "registrations",
    permissions: ["registration:own", "registration:review", "registration:decide"],
  },
  { href: "/reports", label: "reports", permissions: ["task:supervise", "task:read"] },
  { href: "/evaluations", label: "evaluations", permissions: ["evaluation:self", "evaluation:manage", "evaluation:decide"] },
  { href: "/tasks/new", label: "assignTask", permissions: ["task:assign"] },
  { href: "/task-templates", label: "templates", permissions: ["template:manage"] },
  { href: "/publication", label: "publication", permissions: ["round:publish"] },
  { href: "/admin/units", label: "units", permissions: ["admin:units"] },
  { href: "/admin/cadres", label: "cadres", permissions: ["admin:cadres"] },
  { href: "/admin/users", label: "users", permissions: ["admin:users"] },
  { href: "/admin/outbox", label: "outbox", permissions: ["admin:outbox"] },
];

/**
 * Where to go after signing in: the page the visitor was sent away from, if it is a path on this site.
 * Anything else (another origin, "//host", a backslash trick, the sign-in page itself) goes home.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  try {
    const url = new URL(value, "http://same.origin");
    if (url.origin !== "http://same.origin" || url.pathname.startsWith("/login") || url.pathname.startsWith("/api/")) return "/";
    return `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}
