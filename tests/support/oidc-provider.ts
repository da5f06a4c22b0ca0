/**
 * A real OpenID provider for the single sign-on tests (the `oidc-provider` package, certified by the OpenID
 * Foundation): discovery, JWKS, authorization code with PKCE, signed ID tokens, RP-initiated logout. Accounts are
 * static; each may carry its own claims, `amr`/`acr`, and a deliberate fault in its ID token (signed with the
 * provider's real key, or with another key) so the tests see the app's client refuse it.
 *
 * Its login page is deliberately minimal: a username, no password (it is a test double for the province's
 * identity provider, not a place to test passwords).
 */
import { createServer, type Server } from "node:http";
import { generateKeyPairSync, randomUUID } from "node:crypto";
import { decodeJwt, importJWK, SignJWT, type JWK } from "jose";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

export type TestAccount = {
  /** Claims of the ID token besides sub: preferred_username, email, national_id, name… */
  claims?: Record<string, unknown>;
  /** Authentication methods reported in the ID token (e.g. ["pwd", "mfa"]). */
  amr?: string[];
  acr?: string;
  /** A fault put into this account's ID token after the provider issued it. */
  fault?: "audience" | "expired" | "signature";
};

export type TestProviderOptions = {
  port: number;
  clientId: string;
  clientSecret: string;
  /** The app's base URL: its callback and post-logout addresses are registered from it. */
  appUrl: string;
  /** Keyed by login name, which is also the subject (sub). */
  accounts: Record<string, TestAccount>;
};

export type TestProvider = { issuer: string; close: () => Promise<void> };

const page = (title: string, body: string) => `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>${title}</title></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function readForm(ctx: KoaContextWithOIDC): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const issuer = `http://localhost:${options.port}`;
  const kid = "test-key-1";
  const signing = {
    ...(generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }) as JWK),
    kid,
    alg: "RS256",
    use: "sig",
  };
  const stranger = {
    ...(generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }) as JWK),
    kid,
    alg: "RS256",
  };
  const accounts = options.accounts;
  const app = options.appUrl.replace(/\/+$/, "");

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [`${app}/api/auth/callback/oidc`],
        post_logout_redirect_uris: [`${app}/login?signedOut=1`],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [signing] },
    cookies: { keys: [randomUUID()] },
    claims: {
      // How the user authenticated, in every ID token (as a province's provider would send it): the app
      // accepts the provider's second factor by these.
      openid: ["sub", "acr", "amr", "auth_time"],
      profile: ["name", "preferred_username"],
      email: ["email", "email_verified"],
      national_id: ["national_id"],
    },
    scopes: ["openid", "profile", "email", "national_id"],
    acrValues: ["urn:test:loa:1", "urn:test:loa:2"],
    // Profile claims go into the ID token itself (the app reads only the ID token).
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    async findAccount(_ctx, sub) {
      const account = accounts[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...account.claims }) };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx: KoaContextWithOIDC, form: string) {
          ctx.body = page(
            "Đăng xuất khỏi hệ thống định danh",
            `${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">Đăng xuất</button>`,
          );
        },
      },
    },
    renderError(ctx, out) {
      ctx.type = "html";
      ctx.body = page("Lỗi", `<pre>${escapeHtml(JSON.stringify(out))}</pre>`);
    },
  });

  // The login and consent steps: the user types a login name; consent to the requested scopes is implied.
  provider.use(async (ctx, next) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(ctx.path);
    if (!match) return next();
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (ctx.method === "GET") {
      ctx.type = "html";
      ctx.body = page(
        "Hệ thống định danh (thử nghiệm)",
        `<form method="post" action="/interaction/${details.uid}">
          <label for="login">Tên đăng nhập</label> <input id="login" name="login" autocomplete="off" autofocus>
          <button type="submit">Đăng nhập</button></form>`,
      );
      return;
    }
    const form = await readForm(ctx);
    const login = (form.get("login") ?? "").trim();
    const account = accounts[login];
    if (!account) {
      ctx.status = 400;
      ctx.type = "html";
      ctx.body = page("Hệ thống định danh (thử nghiệm)", "<p>Không có tài khoản này.</p>");
      return;
    }
    const clientId = String(details.params.client_id);
    const grant = new provider.Grant({ accountId: login, clientId });
    grant.addOIDCScope(String(details.params.scope ?? "openid"));
    const grantId = await grant.save();
    const redirect = await provider.interactionResult(ctx.req, ctx.res, {
      login: { accountId: login, amr: account.amr, acr: account.acr },
      consent: { grantId },
    });
    ctx.redirect(redirect);
  });

  // The faults: the ID token the token endpoint answers with is rewritten and signed again.
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path !== "/token" || ctx.status !== 200) return;
    const body = ctx.body as { id_token?: string } | undefined;
    if (!body?.id_token) return;
    const claims = decodeJwt(body.id_token);
    const fault = accounts[String(claims.sub)]?.fault;
    if (!fault) return;
    const now = Math.floor(Date.now() / 1000);
    const changed = {
      ...claims,
      ...(fault === "audience" ? { aud: "another-application" } : {}),
      ...(fault === "expired" ? { iat: now - 1200, exp: now - 600 } : {}),
    };
    const key = await importJWK(fault === "signature" ? stranger : signing, "RS256");
    const idToken = await new SignJWT(changed).setProtectedHeader({ alg: "RS256", kid, typ: "JWT" }).sign(key);
    ctx.body = { ...body, id_token: idToken };
  });

  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => resolve());
  });
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
