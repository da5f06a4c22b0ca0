import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig, Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { getDb } from "@/lib/db/client";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { SignInSchema as CredentialsSchema, SsoCodeSchema } from "@/lib/validation/account";
import { clientAddress } from "@/lib/http/trusted-proxy";
import { servedOverHttps } from "@/lib/http/security-headers";
import { authenticate } from "./authenticate";
import { isMfaEnrolled, verifySecondFactor } from "./mfa";
import { sessionLimits } from "./session-limits";
import { revokeSession, startSession } from "./session-store";
import { auditSsoSignInAfterCode, openTicket, resolveSsoSignIn, sealTicket, type IdClaims } from "./sso";
import { localPasswordsEnabled, SSO_PROVIDER_ID, ssoConfig, type SsoConfig } from "./sso-config";

/** Error codes the sign-in page translates. */
export const SIGN_IN_ERRORS = {
  invalid: "CredentialsSignin",
  locked: "locked",
  rateLimited: "rateLimited",
  // The second factor (lib/auth/mfa.ts): the form shows its code field on mfaRequired.
  mfaRequired: "mfaRequired",
  mfaInvalid: "mfaInvalid",
  mfaLocked: "mfaLocked",
  // LOCAL_PASSWORDS=off: only single sign-on opens a session.
  localDisabled: "localDisabled",
  // The code step after a single sign-on came too late (its ticket lasts five minutes) or with a bad ticket.
  ssoMfaExpired: "ssoMfaExpired",
} as const;

/** next-auth's id of the credentials provider that completes a single sign-on with the app's own code. */
export const SSO_CODE_PROVIDER_ID = "sso-code";

/** The address of the request being handled, inside next-auth's callbacks (which are not given the request). */
async function requestAddress(): Promise<string | undefined> {
  try {
    return clientAddress(await headers());
  } catch {
    return undefined;
  }
}

/** The second factor for an account that has one: shared by the password and the single sign-on's code step. */
async function requireCode(userId: string, code: string, ip: string | undefined) {
  const second = await verifySecondFactor(userId, code, ip);
  if (second.result === "locked") throw new Error(SIGN_IN_ERRORS.mfaLocked);
  if (second.result !== "ok") throw new Error(SIGN_IN_ERRORS.mfaInvalid);
}

/**
 * The OpenID provider (decision 086) through next-auth's OAuth support and openid-client 5, which checks the ID
 * token's signature (the provider's published keys), issuer, audience, expiry and nonce; PKCE and state too.
 */
function oidcProvider(config: SsoConfig): OAuthConfig<IdClaims> {
  const scope = [
    "openid",
    "profile",
    config.match === "email" ? "email" : null,
    config.match === "nationalId" ? config.claim : null,
  ]
    .filter(Boolean)
    .join(" ");
  return {
    id: SSO_PROVIDER_ID,
    name: config.label.vi,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    client: config.clientSecret ? undefined : { token_endpoint_auth_method: "none" },
    authorization: { params: { scope } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    // The account is found (and linked) in the signIn callback below; here the identity is only the subject.
    profile: (claims) => ({ id: claims.sub, sessionVersion: -1 }),
  };
}

function providers(): Provider[] {
  const list: Provider[] = [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, req) {
        // Refused on the server too, not only hidden on the page.
        if (!localPasswordsEnabled()) throw new Error(SIGN_IN_ERRORS.localDisabled);
        const parsed = CredentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const ip = req.headers ? clientAddress(req.headers) : undefined;
        const { result, user } = await authenticate(parsed.data.username, parsed.data.password, ip);
        if (result === "locked") throw new Error(SIGN_IN_ERRORS.locked);
        if (result === "rateLimited") throw new Error(SIGN_IN_ERRORS.rateLimited);
        if (!user) return null;
        // ── Second factor (MFA) ── an enrolled account answers mfaRequired until a code comes with the password.
        const code = typeof credentials?.code === "string" ? credentials.code.slice(0, 64) : "";
        if (await isMfaEnrolled(user.id)) {
          if (!code.trim()) throw new Error(SIGN_IN_ERRORS.mfaRequired);
          await requireCode(user.id, code, ip);
        }
        // ── end second factor ──
        return { id: user.id, sessionVersion: user.sessionVersion };
      },
    }),
  ];
  const config = ssoConfig();
  if (!config) return list;
  list.push(
    oidcProvider(config),
    // The code step of a single sign-on whose provider did no second factor, for an account that has the app's.
    CredentialsProvider({
      id: SSO_CODE_PROVIDER_ID,
      name: SSO_CODE_PROVIDER_ID,
      credentials: { ticket: { type: "text" }, code: { type: "text" } },
      async authorize(credentials, req) {
        const parsed = SsoCodeSchema.safeParse(credentials);
        if (!parsed.success) throw new Error(SIGN_IN_ERRORS.mfaInvalid);
        const ticket = await openTicket(parsed.data.ticket);
        if (!ticket) throw new Error(SIGN_IN_ERRORS.ssoMfaExpired);
        const db = await getDb();
        const user = await db.user.findUnique({ where: { id: ticket.uid }, select: { active: true, sessionVersion: true } });
        // Deactivated, or password/session reset, since the provider vouched: start again.
        if (!user?.active || user.sessionVersion !== ticket.sv) throw new Error(SIGN_IN_ERRORS.ssoMfaExpired);
        const ip = req.headers ? clientAddress(req.headers) : undefined;
        await requireCode(ticket.uid, parsed.data.code, ip);
        await auditSsoSignInAfterCode(ticket.uid, ticket.provider, ip);
        return { id: ticket.uid, sessionVersion: ticket.sv, ssoIdToken: ticket.idToken };
      },
    }),
  );
  return list;
}

export const authOptions: NextAuthOptions = {
  // The cookie lives no longer than the absolute lifetime; the server also enforces it, with the idle
  // timeout and sign-out, through the Session row the token names.
  session: { strategy: "jwt", maxAge: Math.floor(sessionLimits().maxMs / 1000) },
  // "__Secure-"/"__Host-" cookie names and the Secure flag whenever the app is served over https.
  useSecureCookies: servedOverHttps(),
  pages: { signIn: "/login", error: "/login" },
  secret: process.env.NEXTAUTH_SECRET,
  providers: providers(),
  callbacks: {
    /**
     * A single sign-on is let in only for the one active account its identity is linked to (or, the first
     * time, matched by the configured claim, then linked); an account with the app's second factor still
     * gives its code unless the provider did one. Refusals come back to the sign-in page as ?error=<code>.
     */
    async signIn({ user, account, profile }) {
      if (account?.provider !== SSO_PROVIDER_ID) return true;
      const config = ssoConfig();
      if (!config || !profile?.sub) throw new Error("ssoFailed");
      const outcome = await resolveSsoSignIn(config, profile as IdClaims, await requestAddress());
      if (outcome.result === "refused") throw new Error(outcome.error);
      const idToken = typeof account.id_token === "string" ? account.id_token : null;
      if (outcome.result === "mfa") {
        const ticket = await sealTicket({
          uid: outcome.user.id,
          sv: outcome.user.sessionVersion,
          idToken,
          provider: config.issuer,
        });
        const base = process.env.NEXTAUTH_URL ?? "";
        return `${base}/login?ssoTicket=${encodeURIComponent(ticket)}`;
      }
      // next-auth hands this same object to the jwt callback: from here on it is the app's account.
      Object.assign(user, { id: outcome.user.id, sessionVersion: outcome.user.sessionVersion, ssoIdToken: idToken });
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
        token.sid = await startSession(user.id, new Date(), user.ssoIdToken ?? null);
      }
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid;
      session.sv = token.sv;
      session.sid = token.sid;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.uid) return;
      // Only this browser's session ends: a token captured before sign-out is refused after it.
      if (token.sid) await revokeSession(token.sid);
      const db = await getDb();
      await db.auditEvent.create({
        data: { actorId: token.uid, action: "user.signOut" satisfies AuditAction, entityType: "User", entityId: token.uid },
      });
    },
  },
};
