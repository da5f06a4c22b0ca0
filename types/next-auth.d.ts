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
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    sv: number;
    sid: string;
  }
}
