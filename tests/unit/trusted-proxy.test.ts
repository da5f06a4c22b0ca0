import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxy } from "@/lib/http/trusted-proxy";

const xff = (value: string) => new Headers({ "x-forwarded-for": value });

describe("the trusted-proxy setting", () => {
  it("trusts no proxy when TRUSTED_PROXY is unset, empty, 0 or false", () => {
    for (const value of [undefined, "", "0", "false", " FALSE "]) expect(parseTrustedProxy(value)).toEqual({ kind: "none" });
  });

  it("reads 1 or true as one proxy hop and a number as that many", () => {
    expect(parseTrustedProxy("1")).toEqual({ kind: "hops", hops: 1 });
    expect(parseTrustedProxy("true")).toEqual({ kind: "hops", hops: 1 });
    expect(parseTrustedProxy("2")).toEqual({ kind: "hops", hops: 2 });
  });

  it("reads a comma-separated list as the proxies' own addresses", () => {
    expect(parseTrustedProxy("10.0.0.1, 10.0.0.2")).toEqual({ kind: "addresses", addresses: new Set(["10.0.0.1", "10.0.0.2"]) });
  });
});

describe("the client address", () => {
  it("without a trusted proxy is the connection's address Next wrote last, never an address the client claims first", () => {
    expect(clientAddress(xff("6.6.6.6, 203.0.113.9"), { kind: "none" })).toBe("203.0.113.9");
  });

  it("behind one trusted proxy is the address that proxy appended", () => {
    expect(clientAddress(xff("6.6.6.6, 203.0.113.9"), { kind: "hops", hops: 1 })).toBe("203.0.113.9");
  });

  it("behind two trusted proxies is the address the outer one appended", () => {
    expect(clientAddress(xff("6.6.6.6, 203.0.113.9, 10.0.0.1"), { kind: "hops", hops: 2 })).toBe("203.0.113.9");
  });

  it("with a list of proxies is the right-most address that is not one of them", () => {
    const trust = parseTrustedProxy("10.0.0.1,10.0.0.2");
    expect(clientAddress(xff("6.6.6.6, 203.0.113.9, 10.0.0.2, 10.0.0.1"), trust)).toBe("203.0.113.9");
  });

  it("reads node-style header records as well as Headers", () => {
    expect(clientAddress({ "x-forwarded-for": "198.51.100.7" }, { kind: "none" })).toBe("198.51.100.7");
    expect(clientAddress({ "x-forwarded-for": ["6.6.6.6", "198.51.100.7"] }, { kind: "hops", hops: 1 })).toBe("198.51.100.7");
  });

  it("is unknown when no address was forwarded", () => {
    expect(clientAddress(new Headers(), { kind: "hops", hops: 1 })).toBeUndefined();
  });
});
