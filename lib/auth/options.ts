import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { SignInSchema as CredentialsSchema } from "@/lib/validation/account";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { isMfaEnrolled, verifySecondFactor } from "./mfa";

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
  session: { strategy: "jwt", maxAge: 10 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, req) {
        const parsed = CredentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const ip = clientAddress(req.headers ?? {});
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
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid;
      session.sv = token.sv;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.uid) return;
      const db = await getDb();
      await db.auditEvent.create({
        data: { actorId: token.uid, action: "user.signOut" satisfies AuditAction, entityType: "User", entityId: token.uid },
      });
    },
  },
};
