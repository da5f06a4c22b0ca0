import { describe, expect, it } from "vitest";
import { activeMembershipFrom } from "@/lib/auth/cookies";
import { contentSecurityPolicy, createNonce, servedOverHttps } from "@/lib/http/security-headers";

describe("the content security policy", () => {
  it("allows scripts only with the response's nonce, and no plugins, base changes, framing or foreign form targets", () => {
    const csp = contentSecurityPolicy("abc123", { https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("upgrades insecure requests only when served over https", () => {
    expect(contentSecurityPolicy("n", { https: true })).toContain("upgrade-insecure-requests");
  });

  it("draws a fresh nonce each time", () => {
    expect(createNonce()).not.toBe(createNonce());
    expect(createNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("knows the app is served over https from NEXTAUTH_URL", () => {
    expect(servedOverHttps({ NEXTAUTH_URL: "https://dotpha.example.gov.vn" })).toBe(true);
    expect(servedOverHttps({ NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(servedOverHttps({})).toBe(false);
  });
});

describe("the active-role cookie", () => {
  it("selects a role only within the session it was chosen in", () => {
    expect(activeMembershipFrom("sess1.m42", "sess1")).toBe("m42");
    expect(activeMembershipFrom("sess1.m42", "sess2")).toBeUndefined();
    expect(activeMembershipFrom("m42", "sess1")).toBeUndefined();
    expect(activeMembershipFrom(undefined, "sess1")).toBeUndefined();
  });
});
