import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import proxy from "@/proxy";

const forged = { "x-forwarded-host": "evil.example", "x-forwarded-for": "6.6.6.6", "x-forwarded-proto": "https" };

function overridden(response: Response): string[] {
  return (response.headers.get("x-middleware-override-headers") ?? "").split(",").map((h) => h.trim());
}

afterEach(() => vi.unstubAllEnvs());

describe("the proxy", () => {
  it("drops a client's X-Forwarded-* headers when no proxy is trusted", async () => {
    vi.stubEnv("TRUSTED_PROXY", "");
    const response = await proxy(new NextRequest("http://localhost/login", { headers: forged }));
    const passed = overridden(response);
    expect(passed).toContain("content-security-policy");
    for (const name of Object.keys(forged)) expect(passed).not.toContain(name);
  });

  it("passes the client's address and scheme on when TRUSTED_PROXY says a proxy writes them, never a forwarded host", async () => {
    vi.stubEnv("TRUSTED_PROXY", "1");
    const response = await proxy(new NextRequest("http://localhost/login", { headers: forged }));
    expect(response.headers.get("x-middleware-request-x-forwarded-for")).toBe("6.6.6.6");
    expect(response.headers.get("x-middleware-request-x-forwarded-proto")).toBe("https");
    expect(overridden(response)).not.toContain("x-forwarded-host");
  });

  it("gives each response a CSP whose nonce the request carries to Next, and HSTS only over https", async () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    const plain = await proxy(new NextRequest("http://localhost/login"));
    const csp = plain.headers.get("content-security-policy")!;
    expect(csp).toMatch(/'nonce-[^']+'/);
    expect(plain.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(plain.headers.get("strict-transport-security")).toBeNull();

    vi.stubEnv("NEXTAUTH_URL", "https://dotpha.example.gov.vn");
    const secure = await proxy(new NextRequest("https://dotpha.example.gov.vn/login"));
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(secure.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    expect(secure.headers.get("content-security-policy")).not.toBe(csp);
  });

  it("sends an anonymous visitor of a signed-in page to sign-in, with the same headers", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", "test-secret");
    const response = await proxy(new NextRequest("http://localhost/my-work?tab=2"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost/login?callbackUrl=%2Fmy-work%3Ftab%3D2");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
