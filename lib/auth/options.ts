import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { SignInSchema as CredentialsSchema } from "@/lib/validation/account";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";

/** Error codes the sign-in page translates. */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", locked: "locked", rateLimited: "rateLimited" } as const;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 10 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = CredentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const ip = clientAddress(req.headers ?? {});
        const { result, user } = await authenticate(parsed.data.username, parsed.data.password, ip);
        if (result === "locked") throw new Error(SIGN_IN_ERRORS.locked);
        if (result === "rateLimited") throw new Error(SIGN_IN_ERRORS.rateLimited);
        if (!user) return null;
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
