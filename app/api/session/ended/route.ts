import { NextResponse } from "next/server";
import { clearSessionCookies } from "@/lib/auth/identity";

/**
 * Where a session that the database no longer honours (user deactivated, password changed or reset)
 * is sent: its cookies are cleared and the user signs in again.
 */
export async function GET(request: Request) {
  await clearSessionCookies();
  return NextResponse.redirect(new URL("/login?ended=1", request.url));
}
