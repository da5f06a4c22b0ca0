import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    uid: string;
    /** The user's session version when they signed in; a newer one in the database ends this session. */
    sv: number;
    /** The server-side session (the Session row) this browser holds. */
    sid: string;
  }
  interface User {
    sessionVersion: number;
    /** A single sign-on's ID token, kept on the Session row for the provider's sign-out. */
    ssoIdToken?: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    sv: number;
    sid: string;
  }
}
