import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { SignInSchema as CredentialsSchema } from "@/lib/validation/account";
import { clientAddress } from "@/lib/http/trusted-proxy";
import { servedOverHttps } from "@/lib/http/security-headers";
import { authenticate } from "./authenticate";
import { isMfaEnrolled, verifySecondFactor } from "./mfa";
import { sessionLimits } from "./session-limits";
import { revokeSession, startSession } from "./session-store";

/** Error codes the sign-in page translates. */
export const SIGN_IN_ERRORS = {
  invalid: "CredentialsSignin",
  locked: "locked",
  rateLimited: "rateLimited",
  // The second factor (lib/auth/mfa.ts): the form shows its code field on mfaRequired.
  mfaRequired: "mfaRequired",
  mfaInvalid: "mfaInvalid",
  mfaLocked: "mfaLocked",
} as const;

export const authOptions: NextAuthOptions = {
  // The cookie lives no longer than the absolute lifetime; the server also enforces it, with the idle
  // timeout and sign-out, through the Session row the token names.
  session: { strategy: "jwt", maxAge: Math.floor(sessionLimits().maxMs / 1000) },
  // "__Secure-"/"__Host-" cookie names and the Secure flag whenever the app is served over https.
  useSecureCookies: servedOverHttps(),
  pages: { signIn: "/login", error: "/login" },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, req) {
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
          const second = await verifySecondFactor(user.id, code, ip);
          if (second.result === "locked") throw new Error(SIGN_IN_ERRORS.mfaLocked);
          if (second.result !== "ok") throw new Error(SIGN_IN_ERRORS.mfaInvalid);
        }
        // ── end second factor ──
        return { id: user.id, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
        token.sid = await startSession(user.id);
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
