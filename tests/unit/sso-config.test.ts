import { describe, expect, it } from "vitest";
import { localPasswordsEnabled, providerDidSecondFactor, ssoConfig } from "@/lib/auth/sso-config";

describe("single sign-on settings", () => {
  it("single sign-on is off until an issuer and a client id are both set", () => {
    expect(ssoConfig({})).toBeNull();
    expect(ssoConfig({ OIDC_ISSUER: "https://id.example.vn" })).toBeNull();
    expect(ssoConfig({ OIDC_CLIENT_ID: "app" })).toBeNull();
  });

  it("defaults match by username on preferred_username, create no account, and label the button in Vietnamese for both languages", () => {
    const config = ssoConfig({
      OIDC_ISSUER: "https://id.example.vn/realms/tinh/",
      OIDC_CLIENT_ID: "app",
      OIDC_LABEL_VI: "VNeID",
    });
    expect(config).toEqual({
      issuer: "https://id.example.vn/realms/tinh",
      clientId: "app",
      clientSecret: "",
      match: "username",
      claim: "preferred_username",
      label: { vi: "VNeID", en: "VNeID" },
      createAccounts: false,
      mfaAcr: [],
    });
  });

  it("each match has its own default claim, which the deployment may rename", () => {
    const base = { OIDC_ISSUER: "https://id", OIDC_CLIENT_ID: "app" };
    expect(ssoConfig({ ...base, OIDC_MATCH: "email" })?.claim).toBe("email");
    expect(ssoConfig({ ...base, OIDC_MATCH: "nationalId" })?.claim).toBe("national_id");
    expect(ssoConfig({ ...base, OIDC_MATCH: "nationalId", OIDC_MATCH_CLAIM: "so_cccd" })?.claim).toBe("so_cccd");
  });

  it("an unknown match is a configuration error said at start, not a silent fallback", () => {
    expect(() => ssoConfig({ OIDC_ISSUER: "https://id", OIDC_CLIENT_ID: "app", OIDC_MATCH: "phone" })).toThrow(/OIDC_MATCH/);
  });

  it("creating accounts and the accepted acr values are read from their settings", () => {
    const config = ssoConfig({
      OIDC_ISSUER: "https://id",
      OIDC_CLIENT_ID: "app",
      OIDC_CREATE_ACCOUNTS: "on",
      OIDC_MFA_ACR: " urn:loa:3 , urn:loa:4 ,",
    });
    expect(config?.createAccounts).toBe(true);
    expect(config?.mfaAcr).toEqual(["urn:loa:3", "urn:loa:4"]);
  });

  it("local passwords stay on unless LOCAL_PASSWORDS says off", () => {
    expect(localPasswordsEnabled({})).toBe(true);
    expect(localPasswordsEnabled({ LOCAL_PASSWORDS: "on" })).toBe(true);
    expect(localPasswordsEnabled({ LOCAL_PASSWORDS: "off" })).toBe(false);
    expect(localPasswordsEnabled({ LOCAL_PASSWORDS: "0" })).toBe(false);
  });
});

describe("the provider's second factor", () => {
  const none = { mfaAcr: [] };
  it("amr mfa, otp or hwk counts; a password alone does not", () => {
    expect(providerDidSecondFactor({ amr: ["pwd", "mfa"] }, none)).toBe(true);
    expect(providerDidSecondFactor({ amr: ["otp"] }, none)).toBe(true);
    expect(providerDidSecondFactor({ amr: ["hwk"] }, none)).toBe(true);
    expect(providerDidSecondFactor({ amr: ["pwd"] }, none)).toBe(false);
    expect(providerDidSecondFactor({}, none)).toBe(false);
    expect(providerDidSecondFactor({ amr: "mfa" }, none)).toBe(false);
  });

  it("an acr counts only when the deployment lists it", () => {
    expect(providerDidSecondFactor({ acr: "urn:loa:3" }, { mfaAcr: ["urn:loa:3"] })).toBe(true);
    expect(providerDidSecondFactor({ acr: "urn:loa:2" }, { mfaAcr: ["urn:loa:3"] })).toBe(false);
    expect(providerDidSecondFactor({ acr: "urn:loa:3" }, none)).toBe(false);
  });
});
