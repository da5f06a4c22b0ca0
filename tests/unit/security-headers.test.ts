import { afterEach, describe, expect, it, vi } from "vitest";
import { activeMembershipFrom, activeRoleCookie } from "@/lib/auth/cookies";
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
  afterEach(() => vi.unstubAllEnvs());

  it("is HttpOnly and SameSite=Lax, Secure only under https, and lives no longer than a session", () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    vi.stubEnv("SESSION_MAX_HOURS", "");
    const plain = activeRoleCookie("sess1", "m42");
    expect(plain.value).toBe("sess1.m42");
    expect(plain.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false, path: "/", maxAge: 10 * 60 * 60 });
    vi.stubEnv("NEXTAUTH_URL", "https://dotpha.example.gov.vn");
    vi.stubEnv("SESSION_MAX_HOURS", "8");
    expect(activeRoleCookie("sess1", "m42").options).toMatchObject({ secure: true, maxAge: 8 * 60 * 60 });
  });

  it("selects a role only within the session it was chosen in", () => {
    expect(activeMembershipFrom("sess1.m42", "sess1")).toBe("m42");
    expect(activeMembershipFrom("sess1.m42", "sess2")).toBeUndefined();
    expect(activeMembershipFrom("m42", "sess1")).toBeUndefined();
    expect(activeMembershipFrom(undefined, "sess1")).toBeUndefined();
  });
});
