/**
 * The deployment's single sign-on settings (decision 086), read from the environment. No framework or
 * database here, so the sign-in page, next-auth's options and the tests read one definition.
 */

/** next-auth's id of the OpenID provider: the callback is /api/auth/callback/oidc. */
export const SSO_PROVIDER_ID = "oidc";

/** The environment, or any set of variables a test gives. */
type Env = Record<string, string | undefined>;

export type SsoMatch = "username" | "email" | "nationalId";

export type SsoConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Which account field the first sign-in matches, and the ID-token claim compared with it. */
  match: SsoMatch;
  claim: string;
  label: { vi: string; en: string };
  /** An identity that matches no account creates one (off by default: accounts are linked, never created). */
  createAccounts: boolean;
  /** `acr` values the app accepts as a second factor done at the provider (besides amr mfa/otp/hwk). */
  mfaAcr: string[];
};

const DEFAULT_CLAIM: Record<SsoMatch, string> = {
  username: "preferred_username",
  email: "email",
  nationalId: "national_id",
};

const on = (value: string | undefined) => /^(1|on|true|yes)$/i.test(value?.trim() ?? "");
const off = (value: string | undefined) => /^(0|off|false|no)$/i.test(value?.trim() ?? "");

/** The provider's settings, or null when single sign-on is not configured (issuer and client id unset). */
export function ssoConfig(env: Env = process.env): SsoConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!issuer || !clientId) return null;
  const rawMatch = env.OIDC_MATCH?.trim() || "username";
  if (!(rawMatch in DEFAULT_CLAIM)) {
    throw new Error(`OIDC_MATCH must be one of username, email, nationalId (got "${rawMatch}")`);
  }
  const match = rawMatch as SsoMatch;
  const vi = env.OIDC_LABEL_VI?.trim() || "định danh";
  return {
    issuer: issuer.replace(/\/+$/, ""),
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET ?? "",
    match,
    claim: env.OIDC_MATCH_CLAIM?.trim() || DEFAULT_CLAIM[match],
    label: { vi, en: env.OIDC_LABEL_EN?.trim() || vi },
    createAccounts: on(env.OIDC_CREATE_ACCOUNTS),
    mfaAcr: (env.OIDC_MFA_ACR ?? "")
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean),
  };
}

/** LOCAL_PASSWORDS=off: the password form is hidden and the server refuses password sign-in. */
export function localPasswordsEnabled(env: Env = process.env): boolean {
  return !off(env.LOCAL_PASSWORDS);
}

/** Authentication methods (RFC 8176) that show the provider asked for a second factor. */
const SECOND_FACTOR_AMR = ["mfa", "otp", "hwk"];

/**
 * Whether the provider's own second factor stands in for the app's: its ID token says so by `amr`
 * (mfa, otp or hwk) or by an `acr` the deployment lists in OIDC_MFA_ACR.
 */
export function providerDidSecondFactor(claims: { amr?: unknown; acr?: unknown }, config: Pick<SsoConfig, "mfaAcr">): boolean {
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === "string") : [];
  if (amr.some((m) => SECOND_FACTOR_AMR.includes(m.toLowerCase()))) return true;
  return typeof claims.acr === "string" && config.mfaAcr.includes(claims.acr);
}
