import { readIdentity } from "@/lib/auth/identity";
import { sessionIdToken } from "@/lib/auth/session-store";
import { providerLogoutUrl } from "@/lib/auth/sso";
import { ssoConfig } from "@/lib/auth/sso-config";

/**
 * Where the provider's sign-out is, for this browser's session (RP-initiated logout): the sign-out button asks
 * first, then signs out of the app (which ends the session row and audits it), then goes there. A session
 * opened by password, or a provider without end_session_endpoint, answers url null. The answer is same-origin
 * JSON, readable by no other site.
 */
export async function GET(request: Request) {
  const noStore = { "Cache-Control": "no-store" };
  const config = ssoConfig();
  const identity = await readIdentity();
  if (!config || !identity?.sessionId) return Response.json({ url: null }, { headers: noStore });
  const idToken = await sessionIdToken(identity.sessionId, identity.userId);
  if (!idToken) return Response.json({ url: null }, { headers: noStore });
  const base = process.env.NEXTAUTH_URL ?? new URL(request.url).origin;
  const url = await providerLogoutUrl(config, idToken, `${base.replace(/\/+$/, "")}/login?signedOut=1`);
  return Response.json({ url }, { headers: noStore });
}
