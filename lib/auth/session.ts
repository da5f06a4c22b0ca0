import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/domain/errors";
import { mfaRequiredFor } from "@/lib/domain/mfa";
import { ROLE_PRIORITY, type Role } from "@/lib/domain/roles";
import type { AppLocale } from "@/lib/i18n/locales";
import { hasPermission, type Permission } from "@/lib/permissions";
import { readIdentity } from "./identity";
import { recordRefusal } from "./refusals";
import { keepSessionAlive, type SessionRow } from "./session-store";
import { localPasswordsEnabled } from "./sso-config";

export type Membership = { id: string; role: Role; unitId: string; unitName: string; unitPath: string };

export type CurrentUser = {
  id: string;
  username: string;
  fullName: string;
  locale: AppLocale;
  mustChangePassword: boolean;
  /** The role policy (MFA_REQUIRED_ROLES) asks this user for a second factor they have not enrolled yet. */
  mustEnrolMfa: boolean;
  cadreId: string | null;
  memberships: Membership[];
  /** The role the user acts in now (chosen in the header); null for a user with no role at all. */
  active: Membership | null;
  /** Notifications not yet read, for the header's bell (read with the session, in the same statement). */
  unreadNotifications: number;
};

/** Who acts in a data-layer call: the user, in their active role, within that role's unit subtree. */
export type Actor = {
  userId: string;
  role: Role;
  unitId: string;
  unitPath: string;
  cadreId: string | null;
};

type SessionState = { kind: "anonymous" } | { kind: "ended" } | { kind: "user"; user: CurrentUser };

/**
 * The session checked against the database on every request: one signed out, idle too long or past its
 * absolute lifetime is ended, and so is a deactivated user's, or one whose session version has changed
 * (password changed or reset). Roles are read afresh each time too.
 */
export const loadSession = cache(async (): Promise<SessionState> => {
  const identity = await readIdentity();
  if (!identity) return { kind: "anonymous" };
  // A token without a server-side session predates sessions; it is not honoured.
  if (!identity.sessionId) return { kind: "ended" };
  const db = await getDb();
  // Every signed-in request begins here, so it is one statement: the session, the user, their roles with
  // their units, and the unread count the header shows (five queries through the client; decision 089).
  const rows = await db.$queryRaw<SessionUserRow[]>`
    SELECT u.id, u.username, u."fullName", u.locale::text AS locale, u.active, u."sessionVersion",
           u."mustChangePassword", u."mfaEnrolledAt" IS NOT NULL AS "mfaEnrolled", u."cadreId",
           s."userId" AS "sessionUserId", s."createdAt" AS "sessionCreatedAt", s."lastSeenAt" AS "sessionLastSeenAt",
           s."revokedAt" AS "sessionRevokedAt", s.id IS NOT NULL AS "sessionFound",
           COALESCE((SELECT json_agg(json_build_object('id', m.id, 'role', m.role::text, 'unitId', m."unitId",
                                                       'unitName', un.name, 'unitPath', un.path))
                     FROM "RoleMembership" m JOIN "Unit" un ON un.id = m."unitId" WHERE m."userId" = u.id), '[]'::json)
             AS memberships,
           (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u.id AND n."readAt" IS NULL) AS unread
    FROM "User" u LEFT JOIN "Session" s ON s.id = ${identity.sessionId}
    WHERE u.id = ${identity.userId}`;
  const user = rows[0];
  const session: SessionRow | null =
    user?.sessionFound && user.sessionUserId && user.sessionCreatedAt && user.sessionLastSeenAt
      ? {
          userId: user.sessionUserId,
          createdAt: new Date(user.sessionCreatedAt),
          lastSeenAt: new Date(user.sessionLastSeenAt),
          revokedAt: user.sessionRevokedAt ? new Date(user.sessionRevokedAt) : null,
        }
      : null;
  if (!(await keepSessionAlive(identity.sessionId, session, identity.userId))) return { kind: "ended" };
  if (!user || !user.active || user.sessionVersion !== identity.sessionVersion) return { kind: "ended" };
  const memberships: Membership[] = parseMemberships(user.memberships).sort(
    (a, b) => ROLE_PRIORITY.indexOf(a.role) - ROLE_PRIORITY.indexOf(b.role) || a.unitName.localeCompare(b.unitName, "vi"),
  );
  const active = memberships.find((m) => m.id === identity.activeMembershipId) ?? memberships[0] ?? null;
  return {
    kind: "user",
    user: {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      locale: user.locale as AppLocale,
      // Where passwords are off (single sign-on only) there is no password to change.
      mustChangePassword: user.mustChangePassword && localPasswordsEnabled(),
      mustEnrolMfa: !user.mfaEnrolled && mfaRequiredFor(memberships.map((m) => m.role)),
      cadreId: user.cadreId,
      memberships,
      active,
      unreadNotifications: Number(user.unread),
    },
  };
});

type SessionUserRow = {
  id: string;
  username: string;
  fullName: string;
  locale: string;
  active: boolean;
  sessionVersion: number;
  mustChangePassword: boolean;
  mfaEnrolled: boolean;
  cadreId: string | null;
  sessionFound: boolean;
  sessionUserId: string | null;
  sessionCreatedAt: Date | string | null;
  sessionLastSeenAt: Date | string | null;
  sessionRevokedAt: Date | string | null;
  /** json_agg of the memberships: an array, or its text on a driver that returns json as text. */
  memberships: unknown;
  unread: number | bigint;
};

/** The memberships' json, whichever way the driver returns it. */
function parseMemberships(value: unknown): Membership[] {
  const list = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(list) ? (list as Membership[]) : [];
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const state = await loadSession();
  return state.kind === "user" ? state.user : null;
}

/**
 * The signed-in user, or a redirect: to sign-in when anonymous, to the route that clears an ended
 * session, to the password change a first sign-in requires.
 */
export async function requireUser(
  options: { allowPasswordChange?: boolean; allowMfaEnrolment?: boolean } = {},
): Promise<CurrentUser> {
  const state = await loadSession();
  if (state.kind === "anonymous") redirect("/login");
  if (state.kind === "ended") redirect("/api/session/ended");
  if (state.user.mustChangePassword && !options.allowPasswordChange) redirect("/change-password");
  if (state.user.mustEnrolMfa && !options.allowMfaEnrolment && !options.allowPasswordChange) redirect("/account/security");
  return state.user;
}

export function toActor(user: CurrentUser, membership: Membership): Actor {
  return {
    userId: user.id,
    role: membership.role,
    unitId: membership.unitId,
    unitPath: membership.unitPath,
    cadreId: user.cadreId,
  };
}

/**
 * For the data layer: the actor, if their active role carries the permission (or, given several, any of
 * them); ForbiddenError otherwise.
 */
export async function requirePermission(...permissions: [Permission, ...Permission[]]): Promise<Actor> {
  const user = await requireUser();
  const role = user.active?.role;
  if (!user.active || !permissions.some((p) => hasPermission(role, p))) {
    await refuse(user, permissions);
    throw new ForbiddenError();
  }
  return toActor(user, user.active);
}

/** For pages: the same check, answered with 403 (forbidden.tsx) rather than an error. */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const user = await requireUser();
  if (!user.active || !hasPermission(user.active.role, permission)) {
    await refuse(user, [permission]);
    forbidden();
  }
  return toActor(user, user.active);
}

/** An authorization failure is audited: who, in which role, and the permissions they lacked. */
function refuse(user: CurrentUser, permissions: Permission[]) {
  return recordRefusal(
    { userId: user.id, role: user.active?.role ?? null },
    "authorization.refused",
    { entityType: "User", entityId: user.id },
    "forbidden",
    { permissions },
  );
}
