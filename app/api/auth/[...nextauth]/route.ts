import NextAuth from "next-auth";
import { getTranslations } from "next-intl/server";
import { signInAddressBlocked } from "@/lib/auth/authenticate";
import { clientAddress } from "@/lib/http/trusted-proxy";
import { authOptions, SIGN_IN_ERRORS } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth answers every refused sign-in with 200 or 401; an address over its limit gets a real 429 with
 * Retry-After here, before next-auth reads the password. The body keeps next-auth's JSON shape so the
 * sign-in form shows its translated message.
 */
async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth[0] === "callback" && nextauth[1] === "credentials") {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const username = String(form?.get("username") ?? "");
    const blocked = await signInAddressBlocked(username, clientAddress(request.headers));
    if (blocked) {
      const t = await getTranslations("auth");
      const url = new URL(`/login?error=${SIGN_IN_ERRORS.rateLimited}`, request.url).toString();
      return Response.json(
        { url, message: t("rateLimited") },
        { status: 429, headers: { "Retry-After": String(blocked.retryAfter), "Cache-Control": "no-store" } },
      );
    }
  }
  return handler(request, context);
}

export { handler as GET, POST };
