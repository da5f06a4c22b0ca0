/**
 * Drives a whole single sign-on the way a browser would, through next-auth's own request handler with the app's
 * options (so openid-client validates the ID token exactly as in production) and the test provider over HTTP.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { AuthOptions } from "next-auth";

type Handler = <Body = unknown>(params: {
  req: never;
  options: AuthOptions;
}) => Promise<{
  redirect?: string;
  body?: Body;
  cookies?: { name: string; value: string }[];
}>;

// next-auth does not export its core (the framework-free handler its Next route wraps); it is loaded by path.
const { AuthHandler } = createRequire(import.meta.url)(path.join(process.cwd(), "node_modules/next-auth/core/index.js")) as {
  AuthHandler: Handler;
};

type Jar = Map<string, string>;

const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

function keep(jar: Jar, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    const name = pair!.slice(0, at).trim();
    const value = pair!.slice(at + 1).trim();
    if (value) jar.set(name, value);
    else jar.delete(name);
  }
}

function keepAuth(jar: Jar, cookies: { name: string; value: string }[] | undefined) {
  for (const c of cookies ?? []) {
    if (c.value) jar.set(c.name, c.value);
    else jar.delete(c.name);
  }
}

export type SsoResult = {
  /** Where next-auth sends the browser at the end (the app, or /api/auth/error?error=…, or the code step). */
  redirect: string;
  /** The app's session cookie, when a session was opened. */
  sessionToken: string | undefined;
};

/** One sign-in of `login` at the provider, from the app's button to the app's callback. */
export async function signInThroughProvider(options: AuthOptions, appUrl: string, login: string): Promise<SsoResult> {
  const app: Jar = new Map();
  const op: Jar = new Map();
  const req = (extra: Record<string, unknown>) =>
    ({ origin: appUrl, headers: {}, query: {}, body: {}, cookies: Object.fromEntries(app), ...extra }) as never;

  const csrf = await AuthHandler<{ csrfToken: string }>({ req: req({ action: "csrf", method: "GET" }), options });
  keepAuth(app, csrf.cookies);
  const start = await AuthHandler({
    req: req({
      action: "signin",
      providerId: "oidc",
      method: "POST",
      body: { csrfToken: csrf.body!.csrfToken, callbackUrl: `${appUrl}/` },
      cookies: Object.fromEntries(app),
    }),
    options,
  });
  keepAuth(app, start.cookies);
  if (!start.redirect) throw new Error("no redirect to the provider");

  // At the provider: authorize → login page → (form) → back to authorize → the app's callback with a code.
  let url = new URL(start.redirect);
  for (let hop = 0; hop < 10; hop++) {
    if (url.pathname === "/api/auth/callback/oidc") break;
    const isLogin = /^\/interaction\//.test(url.pathname);
    const response = await fetch(url, {
      method: isLogin ? "POST" : "GET",
      redirect: "manual",
      headers: {
        cookie: cookieHeader(op),
        ...(isLogin ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: isLogin ? new URLSearchParams({ login }).toString() : undefined,
    });
    keep(op, response);
    const location = response.headers.get("location");
    if (!location) throw new Error(`the provider answered ${response.status} at ${url.pathname}: ${await response.text()}`);
    url = new URL(location, url);
  }

  const callback = await AuthHandler({
    req: req({
      action: "callback",
      providerId: "oidc",
      method: "GET",
      query: Object.fromEntries(url.searchParams),
      cookies: Object.fromEntries(app),
    }),
    options,
  });
  keepAuth(app, callback.cookies);
  return { redirect: callback.redirect ?? "", sessionToken: app.get("next-auth.session-token") };
}
