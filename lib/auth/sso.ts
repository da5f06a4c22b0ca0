import "server-only";
import { randomBytes } from "node:crypto";
import { decode, encode, type JWT } from "next-auth/jwt";
import { getDb, type Tx } from "@/lib/db/client";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { normaliseUsername } from "./authenticate";
import { hashPassword } from "./password";
import { providerDidSecondFactor, type SsoConfig } from "./sso-config";

/** Error codes of a refused single sign-on, translated on the sign-in page (auth.sso.<code>). */
export const SSO_ERRORS = {
  unlinked: "ssoUnlinked",
  ambiguous: "ssoAmbiguous",
  inactive: "ssoInactive",
  failed: "ssoFailed",
} as const;

export type SsoError = (typeof SSO_ERRORS)[keyof typeof SSO_ERRORS];

/** The claims of a validated ID token (openid-client checked issuer, audience, expiry, nonce and signature). */
export type IdClaims = { sub: string; amr?: unknown; acr?: unknown; [claim: string]: unknown };

export type SsoOutcome =
  | { result: "ok"; user: { id: string; sessionVersion: number } }
  /** The account has the app's own second factor and the provider did not do one: the code step follows. */
  | { result: "mfa"; user: { id: string; sessionVersion: number } }
  | { result: "refused"; error: SsoError };

type Candidate = { id: string; active: boolean; sessionVersion: number; mfaEnrolledAt: Date | null };
const CANDIDATE = { id: true, active: true, sessionVersion: true, mfaEnrolledAt: true } as const;

async function candidatesFor(tx: Tx, config: SsoConfig, claims: IdClaims): Promise<Candidate[]> {
  const raw = claims[config.claim];
  const value = typeof raw === "string" ? raw.normalize("NFC").trim() : typeof raw === "number" ? String(raw) : "";
  if (!value || value.length > 320) return [];
  switch (config.match) {
    case "username":
      return tx.user.findMany({ where: { username: normaliseUsername(value) }, select: CANDIDATE });
    case "email":
      // An address the provider has not verified identifies no one.
      if (claims.email_verified === false) return [];
      return tx.user.findMany({ where: { email: { equals: value, mode: "insensitive" } }, select: CANDIDATE, take: 2 });
    case "nationalId":
      return tx.user.findMany({ where: { nationalId: value }, select: CANDIDATE });
  }
}

/** Only when OIDC_CREATE_ACCOUNTS=on: an account with no role and no usable password (sign-in is through the provider). */
async function createAccount(tx: Tx, config: SsoConfig, claims: IdClaims): Promise<Candidate | null> {
  const preferred = typeof claims.preferred_username === "string" ? claims.preferred_username : `sso-${claims.sub}`;
  const username = normaliseUsername(preferred).slice(0, 100);
  if (await tx.user.findUnique({ where: { username }, select: { id: true } })) return null;
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 200) : username;
  const email = typeof claims.email === "string" && claims.email_verified !== false ? claims.email.slice(0, 320) : null;
  const user = await tx.user.create({
    data: {
      username,
      fullName: name,
      email,
      nationalId: config.match === "nationalId" && typeof claims[config.claim] === "string" ? String(claims[config.claim]) : null,
      // A random password nobody knows: the account signs in through the provider.
      passwordHash: await hashPassword(randomBytes(32).toString("base64url")),
      mustChangePassword: false,
    },
    select: CANDIDATE,
  });
  await tx.auditEvent.create({
    data: {
      actorId: user.id,
      action: "user.create" satisfies AuditAction,
      entityType: "User",
      entityId: user.id,
      data: { via: "sso", provider: config.issuer, subject: claims.sub },
    },
  });
  return user;
}

/**
 * Finds the account of an identity the provider vouched for: by its link (provider, subject) if it has one;
 * otherwise, the first time, by the configured claim, which must name exactly one account, then active; the
 * link is stored and audited. Every refusal is audited as signIn.failed with its reason; success is audited
 * here unless the app's own code step still has to follow.
 */
export async function resolveSsoSignIn(config: SsoConfig, claims: IdClaims, ip?: string): Promise<SsoOutcome> {
  const db = await getDb();
  const provider = config.issuer;
  return db.$transaction(
    async (tx) => {
      // Sign-ins of one identity queue up (two tabs at the first sign-in): the second finds the first's link.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sso:${provider}|${claims.sub}`}))`;
      const now = new Date();
      const audit = (action: AuditAction, userId: string | null, data: Record<string, string | boolean | null>) =>
        tx.auditEvent.create({
          data: {
            actorId: userId,
            action,
            entityType: "User",
            entityId: userId ?? `sso:${claims.sub}`.slice(0, 200),
            data: { method: "oidc", provider, subject: claims.sub, ip: ip ?? null, ...data },
            at: now,
          },
        });
      const refuse = async (error: SsoError, reason: string, userId: string | null = null): Promise<SsoOutcome> => {
        await audit("signIn.failed", userId, { reason });
        return { result: "refused", error };
      };

      let user: Candidate | null;
      const link = await tx.ssoLink.findUnique({
        where: { provider_subject: { provider, subject: claims.sub } },
        select: { id: true, user: { select: CANDIDATE } },
      });
      if (link) {
        user = link.user;
        if (!user.active) return refuse(SSO_ERRORS.inactive, "inactive", user.id);
        await tx.ssoLink.update({ where: { id: link.id }, data: { lastSignInAt: now } });
      } else {
        const found = await candidatesFor(tx, config, claims);
        if (found.length > 1) return refuse(SSO_ERRORS.ambiguous, "ambiguous");
        const only = found[0];
        if (only) {
          if (!only.active) return refuse(SSO_ERRORS.inactive, "inactive", only.id);
          // An account already linked to another identity at this provider is not taken over by a second one.
          const other = await tx.ssoLink.findFirst({ where: { provider, userId: only.id }, select: { id: true } });
          if (other) return refuse(SSO_ERRORS.unlinked, "linkedToAnotherSubject", only.id);
          user = only;
        } else {
          user = config.createAccounts ? await createAccount(tx, config, claims) : null;
        }
        if (!user) return refuse(SSO_ERRORS.unlinked, "unlinked");
        await tx.ssoLink.create({ data: { provider, subject: claims.sub, userId: user.id, linkedAt: now, lastSignInAt: now } });
        await audit("user.ssoLinked", user.id, { match: config.match });
      }

      const account = { id: user.id, sessionVersion: user.sessionVersion };
      const providerFactor = providerDidSecondFactor(claims, config);
      if (user.mfaEnrolledAt && !providerFactor) return { result: "mfa", user: account };
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
      await audit("signIn.succeeded", user.id, { secondFactor: providerFactor ? "provider" : "none" });
      return { result: "ok", user: account };
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
}

/** The sign-in that completes after the app's code step: audited like the others. */
export async function auditSsoSignInAfterCode(userId: string, provider: string, ip?: string): Promise<void> {
  const db = await getDb();
  const now = new Date();
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { lastLoginAt: now } }),
    db.auditEvent.create({
      data: {
        actorId: userId,
        action: "signIn.succeeded" satisfies AuditAction,
        entityType: "User",
        entityId: userId,
        data: { method: "oidc", provider, ip: ip ?? null, secondFactor: "app" },
        at: now,
      },
    }),
  ]);
}

// ── The ticket between the provider's callback and the app's code step ──
// Encrypted (next-auth's JWE, keyed by NEXTAUTH_SECRET) and valid five minutes: it says the provider vouched
// for this account and carries the ID token for the sign-out, and nothing without the code opens a session.
const TICKET_SECONDS = 300;

export type SsoTicket = { uid: string; sv: number; idToken: string | null; provider: string };

export async function sealTicket(ticket: SsoTicket): Promise<string> {
  const secret = process.env.NEXTAUTH_SECRET ?? "";
  // The JWT type is the session's; a ticket is not a session, hence the cast.
  const token = { purpose: "sso-mfa", ...ticket } as unknown as JWT;
  return encode({ token, secret, maxAge: TICKET_SECONDS });
}

export async function openTicket(sealed: string): Promise<SsoTicket | null> {
  const secret = process.env.NEXTAUTH_SECRET ?? "";
  try {
    const token = await decode({ token: sealed, secret });
    if (!token || token.purpose !== "sso-mfa" || typeof token.uid !== "string" || typeof token.sv !== "number") return null;
    return {
      uid: token.uid,
      sv: token.sv,
      idToken: typeof token.idToken === "string" ? token.idToken : null,
      provider: String(token.provider ?? ""),
    };
  } catch {
    return null;
  }
}

/**
 * The provider's end-session URL (RP-initiated logout) for this ID token, or null when the provider
 * advertises none. Read from its discovery document.
 */
export async function providerLogoutUrl(config: SsoConfig, idToken: string, postLogoutRedirect: string): Promise<string | null> {
  try {
    const response = await fetch(`${config.issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) return null;
    const discovery = (await response.json()) as { end_session_endpoint?: unknown };
    if (typeof discovery.end_session_endpoint !== "string") return null;
    const url = new URL(discovery.end_session_endpoint);
    url.searchParams.set("id_token_hint", idToken);
    url.searchParams.set("post_logout_redirect_uri", postLogoutRedirect);
    url.searchParams.set("client_id", config.clientId);
    return url.toString();
  } catch {
    return null;
  }
}
