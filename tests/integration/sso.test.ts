import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The provider and the app's settings must be there before next-auth's options are read.
const APP_URL = "http://localhost:3561";
const PORT = 3563;
vi.hoisted(() => {
  process.env.NEXTAUTH_URL = "http://localhost:3561";
  process.env.NEXTAUTH_SECRET ??= "sso-integration-test-secret-0123456789";
  process.env.OIDC_ISSUER = "http://localhost:3563";
  process.env.OIDC_CLIENT_ID = "dotpha";
  process.env.OIDC_CLIENT_SECRET = "a-long-enough-client-secret-for-tests";
  process.env.OIDC_MATCH = "username";
  process.env.OIDC_LABEL_VI = "Cổng định danh tỉnh";
});

import { decode } from "next-auth/jwt";
import { authOptions, SIGN_IN_ERRORS, SSO_CODE_PROVIDER_ID } from "@/lib/auth/options";
import { providerLogoutUrl, resolveSsoSignIn } from "@/lib/auth/sso";
import { ssoConfig, type SsoConfig } from "@/lib/auth/sso-config";
import { getDb } from "@/lib/db/client";
import { newTotpSecret, totpCode } from "@/lib/domain/mfa";
import { createProvince, createUser, TEST_PASSWORD } from "@/tests/factories";
import { signInThroughProvider } from "@/tests/support/oidc-flow";
import { startTestProvider, type TestAccount, type TestProvider } from "@/tests/support/oidc-provider";

// Changed by the tests as they go (the provider reads this object on every sign-in).
const accounts: Record<string, TestAccount> = {};
let provider: TestProvider;
const config = () => ssoConfig() as SsoConfig;

beforeAll(async () => {
  provider = await startTestProvider({
    port: PORT,
    clientId: "dotpha",
    clientSecret: "a-long-enough-client-secret-for-tests",
    appUrl: APP_URL,
    accounts,
  });
});
afterAll(async () => provider?.close());

const signIn = (login: string) => signInThroughProvider(authOptions, APP_URL, login);
const errorOf = (redirect: string) => new URL(redirect).searchParams.get("error");

async function sessionUser(sessionToken: string | undefined) {
  if (!sessionToken) return null;
  const token = await decode({ token: sessionToken, secret: process.env.NEXTAUTH_SECRET! });
  return token ? { uid: token.uid, sid: token.sid } : null;
}

async function auditOf(userId: string) {
  const db = await getDb();
  const rows = await db.auditEvent.findMany({ where: { entityId: userId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  return rows.map((r) => ({ action: r.action, data: r.data as Record<string, unknown> }));
}

/** A user of the province with one role; the provider has an identity whose preferred_username is `claimed`. */
async function userAndIdentity(username: string, identity: TestAccount & { claimed?: string } = {}) {
  const { province } = await createProvince();
  const user = await createUser({ username, roles: [{ role: "CADRE", unitId: province.id }] });
  const login = `sub-${username}`;
  accounts[login] = { ...identity, claims: { preferred_username: identity.claimed ?? username, ...identity.claims } };
  return { user, login };
}

type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;

/** The credentials provider of the code step that follows a single sign-on (next-auth keeps its id in options). */
function codeStepAuthorize(): Authorize {
  const step = authOptions.providers.find((p) => (p as { options?: { id?: string } }).options?.id === SSO_CODE_PROVIDER_ID);
  return (step as unknown as { options: { authorize: Authorize } }).options.authorize;
}

async function enrolMfa(userId: string) {
  const secret = newTotpSecret();
  const db = await getDb();
  await db.user.update({ where: { id: userId }, data: { mfaSecret: secret, mfaEnrolledAt: new Date() } });
  return secret;
}

describe("single sign-on through a real OpenID provider", () => {
  it("links the one account the configured claim names, audits the link, and opens a session for that account", async () => {
    const { user, login } = await userAndIdentity("linh.sso");
    await createUser({ username: "someone.else", roles: [] });
    const result = await signIn(login);
    expect(result.redirect).toBe(`${APP_URL}/`);
    expect(await sessionUser(result.sessionToken)).toMatchObject({ uid: user.id });

    const db = await getDb();
    const link = await db.ssoLink.findFirstOrThrow({ where: { userId: user.id } });
    expect(link).toMatchObject({ provider: provider.issuer, subject: login });
    const actions = await auditOf(user.id);
    expect(actions.map((a) => a.action)).toEqual(["user.ssoLinked", "signIn.succeeded"]);
    expect(actions[1]!.data).toMatchObject({ method: "oidc", subject: login, secondFactor: "none" });
    // The session keeps the ID token for the provider's sign-out.
    const { sid } = (await sessionUser(result.sessionToken))!;
    const session = await db.session.findUniqueOrThrow({ where: { id: sid } });
    expect(session.ssoIdToken).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it("a later sign-in finds the account by its link, even when the claim has changed since", async () => {
    const { user, login } = await userAndIdentity("binh.sso");
    await signIn(login);
    accounts[login]!.claims = { preferred_username: "renamed.at.the.provider" };
    const again = await signIn(login);
    expect(await sessionUser(again.sessionToken)).toMatchObject({ uid: user.id });
    const db = await getDb();
    expect(await db.ssoLink.count({ where: { userId: user.id } })).toBe(1);
    expect((await auditOf(user.id)).filter((a) => a.action === "user.ssoLinked")).toHaveLength(1);
  });

  it("an identity that matches no account is refused, audited, and no account is created", async () => {
    accounts["sub-stranger"] = { claims: { preferred_username: "khong.co.tai.khoan" } };
    const db = await getDb();
    const usersBefore = await db.user.count();
    const result = await signIn("sub-stranger");
    expect(errorOf(result.redirect)).toBe("ssoUnlinked");
    expect(result.sessionToken).toBeUndefined();
    expect(await db.user.count()).toBe(usersBefore);
    expect(await db.ssoLink.count({ where: { subject: "sub-stranger" } })).toBe(0);
    const refused = await auditOf("sso:sub-stranger");
    expect(refused).toEqual([{ action: "signIn.failed", data: expect.objectContaining({ reason: "unlinked", method: "oidc" }) }]);
  });

  it("an ID token issued for another application (wrong audience) is refused and links nothing", async () => {
    const { user, login } = await userAndIdentity("aud.sso", { fault: "audience" });
    const result = await signIn(login);
    expect(errorOf(result.redirect)).toBe("OAuthCallback");
    expect(result.sessionToken).toBeUndefined();
    expect(await (await getDb()).ssoLink.count({ where: { userId: user.id } })).toBe(0);
  });

  it("an expired ID token is refused", async () => {
    const { user, login } = await userAndIdentity("expired.sso", { fault: "expired" });
    const result = await signIn(login);
    expect(errorOf(result.redirect)).toBe("OAuthCallback");
    expect(result.sessionToken).toBeUndefined();
    expect(await (await getDb()).ssoLink.count({ where: { userId: user.id } })).toBe(0);
  });

  it("an ID token signed with a key the provider does not publish is refused", async () => {
    const { login } = await userAndIdentity("forged.sso", { fault: "signature" });
    const result = await signIn(login);
    expect(errorOf(result.redirect)).toBe("OAuthCallback");
    expect(result.sessionToken).toBeUndefined();
  });

  it("a deactivated account is refused, whether it is matched for the first time or already linked", async () => {
    const db = await getDb();
    const first = await userAndIdentity("inactive.sso");
    await db.user.update({ where: { id: first.user.id }, data: { active: false } });
    expect(errorOf((await signIn(first.login)).redirect)).toBe("ssoInactive");
    expect(await db.ssoLink.count({ where: { userId: first.user.id } })).toBe(0);

    const linked = await userAndIdentity("later.inactive.sso");
    expect((await signIn(linked.login)).sessionToken).toBeDefined();
    await db.user.update({ where: { id: linked.user.id }, data: { active: false } });
    const refused = await signIn(linked.login);
    expect(errorOf(refused.redirect)).toBe("ssoInactive");
    expect(refused.sessionToken).toBeUndefined();
    expect((await auditOf(linked.user.id)).at(-1)).toMatchObject({ action: "signIn.failed", data: { reason: "inactive" } });
  });

  it("the provider's second factor (amr mfa) is accepted in place of the app's own code", async () => {
    const { user, login } = await userAndIdentity("mfa.at.provider", { amr: ["pwd", "mfa"] });
    await enrolMfa(user.id);
    const result = await signIn(login);
    expect(result.redirect).toBe(`${APP_URL}/`);
    expect(await sessionUser(result.sessionToken)).toMatchObject({ uid: user.id });
    expect((await auditOf(user.id)).at(-1)).toMatchObject({ action: "signIn.succeeded", data: { secondFactor: "provider" } });
  });

  it("an acr the deployment lists counts as the provider's second factor too, and one it does not list does not", async () => {
    process.env.OIDC_MFA_ACR = "urn:test:loa:2";
    try {
      const strong = await userAndIdentity("acr.strong", { acr: "urn:test:loa:2" });
      await enrolMfa(strong.user.id);
      expect(await sessionUser((await signIn(strong.login)).sessionToken)).toMatchObject({ uid: strong.user.id });

      const weak = await userAndIdentity("acr.weak", { acr: "urn:test:loa:1" });
      await enrolMfa(weak.user.id);
      const result = await signIn(weak.login);
      expect(result.sessionToken).toBeUndefined();
      expect(new URL(result.redirect).searchParams.get("ssoTicket")).toBeTruthy();
    } finally {
      delete process.env.OIDC_MFA_ACR;
    }
  });

  it("without the provider's second factor, an account with the app's own must still give its code", async () => {
    const { user, login } = await userAndIdentity("mfa.at.app", { amr: ["pwd"] });
    const secret = await enrolMfa(user.id);
    const result = await signIn(login);
    expect(result.sessionToken).toBeUndefined();
    const redirect = new URL(result.redirect);
    expect(redirect.pathname).toBe("/login");
    const ticket = redirect.searchParams.get("ssoTicket")!;
    expect(ticket).toBeTruthy();
    expect((await auditOf(user.id)).map((a) => a.action)).not.toContain("signIn.succeeded");

    const authorize = codeStepAuthorize();
    await expect(authorize({ ticket, code: "000000" }, { headers: {} })).rejects.toThrow(SIGN_IN_ERRORS.mfaInvalid);
    await expect(authorize({ ticket: "not-a-ticket", code: await totpCode(secret) }, { headers: {} })).rejects.toThrow(
      SIGN_IN_ERRORS.ssoMfaExpired,
    );
    const signedIn = await authorize({ ticket, code: await totpCode(secret) }, { headers: {} });
    expect(signedIn).toMatchObject({ id: user.id, ssoIdToken: expect.stringMatching(/^ey/) });
    expect((await auditOf(user.id)).at(-1)).toMatchObject({ action: "signIn.succeeded", data: { secondFactor: "app" } });
  });

  it("the code step refuses a ticket once the account has been deactivated", async () => {
    const { user, login } = await userAndIdentity("mfa.then.off");
    const secret = await enrolMfa(user.id);
    const ticket = new URL((await signIn(login)).redirect).searchParams.get("ssoTicket")!;
    await (await getDb()).user.update({ where: { id: user.id }, data: { active: false, sessionVersion: { increment: 1 } } });
    await expect(codeStepAuthorize()({ ticket, code: await totpCode(secret) }, { headers: {} })).rejects.toThrow(
      SIGN_IN_ERRORS.ssoMfaExpired,
    );
  });

  it("signing out of a provider session goes to the provider's end-session endpoint with the ID token and the way back", async () => {
    const { login } = await userAndIdentity("logout.sso");
    const { sessionToken } = await signIn(login);
    const { sid } = (await sessionUser(sessionToken))!;
    const idToken = (await (await getDb()).session.findUniqueOrThrow({ where: { id: sid } })).ssoIdToken!;
    const url = new URL((await providerLogoutUrl(config(), idToken, `${APP_URL}/login?signedOut=1`))!);
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(url.searchParams.get("id_token_hint")).toBe(idToken);
    expect(url.searchParams.get("post_logout_redirect_uri")).toBe(`${APP_URL}/login?signedOut=1`);
    // The provider accepts it (an unknown hint or an unregistered way back would be its error page).
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`${provider.issuer}/session/end/confirm`);
  });
});

describe("matching the first sign-in by e-mail or national ID number", () => {
  const claims = (sub: string, extra: Record<string, unknown>) => ({ sub, ...extra });

  it("by e-mail: one verified address links its account; an address two accounts share is refused as ambiguous", async () => {
    const cfg = { ...config(), match: "email" as const, claim: "email" };
    const db = await getDb();
    const one = await createUser({ username: "mail.one", roles: [] });
    await db.user.update({ where: { id: one.id }, data: { email: "Mot@SoNoiVu.gov.vn" } });
    const outcome = await resolveSsoSignIn(cfg, claims("mail-1", { email: "mot@sonoivu.gov.vn", email_verified: true }));
    expect(outcome).toMatchObject({ result: "ok", user: { id: one.id } });

    const unverified = await resolveSsoSignIn(cfg, claims("mail-2", { email: "mot@sonoivu.gov.vn", email_verified: false }));
    expect(unverified).toEqual({ result: "refused", error: "ssoUnlinked" });

    for (const username of ["shared.a", "shared.b"]) {
      const u = await createUser({ username, roles: [] });
      await db.user.update({ where: { id: u.id }, data: { email: "chung@sonoivu.gov.vn" } });
    }
    const shared = await resolveSsoSignIn(cfg, claims("mail-3", { email: "chung@sonoivu.gov.vn", email_verified: true }));
    expect(shared).toEqual({ result: "refused", error: "ssoAmbiguous" });
  });

  it("by national ID number: the account holding that number is linked; an account already linked to another identity is not taken over", async () => {
    const cfg = { ...config(), match: "nationalId" as const, claim: "national_id" };
    const db = await getDb();
    const user = await createUser({ username: "cccd.owner", roles: [] });
    await db.user.update({ where: { id: user.id }, data: { nationalId: "001099012345" } });
    expect(await resolveSsoSignIn(cfg, claims("id-1", { national_id: "001099012345" }))).toMatchObject({
      result: "ok",
      user: { id: user.id },
    });
    expect(await resolveSsoSignIn(cfg, claims("id-2", { national_id: "001099012345" }))).toEqual({
      result: "refused",
      error: "ssoUnlinked",
    });
  });

  it("with OIDC_CREATE_ACCOUNTS on, an unmatched identity gets a new account without roles, audited", async () => {
    const cfg = { ...config(), createAccounts: true };
    const outcome = await resolveSsoSignIn(cfg, claims("new-1", { preferred_username: "moi.den", name: "Nguyễn Văn Mới" }));
    expect(outcome.result).toBe("ok");
    const db = await getDb();
    const created = await db.user.findUniqueOrThrow({ where: { username: "moi.den" }, include: { memberships: true } });
    expect(created).toMatchObject({ fullName: "Nguyễn Văn Mới", mustChangePassword: false, memberships: [] });
    expect((await auditOf(created.id)).map((a) => a.action).sort()).toEqual([
      "signIn.succeeded",
      "user.create",
      "user.ssoLinked",
    ]);
  });
});

describe("two first sign-ins of one identity at once", () => {
  it("both open a session for the same account, and the identity is linked once", async () => {
    const user = await createUser({ username: "two.tabs", roles: [] });
    const outcomes = await Promise.all(
      [1, 2, 3].map(() => resolveSsoSignIn(config(), { sub: "tabs-1", preferred_username: "two.tabs" })),
    );
    expect(outcomes).toEqual([1, 2, 3].map(() => ({ result: "ok", user: { id: user.id, sessionVersion: 0 } })));
    const db = await getDb();
    expect(await db.ssoLink.count({ where: { subject: "tabs-1" } })).toBe(1);
    expect((await auditOf(user.id)).filter((a) => a.action === "user.ssoLinked")).toHaveLength(1);
  });
});

describe("local passwords turned off", () => {
  it("LOCAL_PASSWORDS=off refuses a right password on the server", async () => {
    const { province } = await createProvince();
    await createUser({ username: "pw.off", roles: [{ role: "CADRE", unitId: province.id }] });
    type Authorize = (c: Record<string, string>, r: { headers: object }) => Promise<unknown>;
    const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
    process.env.LOCAL_PASSWORDS = "off";
    try {
      await expect(authorize({ username: "pw.off", password: TEST_PASSWORD }, { headers: {} })).rejects.toThrow(
        SIGN_IN_ERRORS.localDisabled,
      );
    } finally {
      delete process.env.LOCAL_PASSWORDS;
    }
    expect(await authorize({ username: "pw.off", password: TEST_PASSWORD }, { headers: {} })).toMatchObject({
      id: expect.any(String),
    });
  });
});
