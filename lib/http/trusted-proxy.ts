/**
 * Which forwarded headers the app may believe. A client can send any X-Forwarded-* header it likes, so they
 * are trusted only when `TRUSTED_PROXY` says a reverse proxy in front of the app writes them:
 * - unset, "", "0" or "false": no proxy; proxy.ts drops the client's forwarded headers and Next fills them in
 *   afresh from the connection (its address, the Host header, http or https);
 * - a whole number N ("1", or "true" for 1): N proxies in front; the client is the address the outermost of
 *   them appended, N entries from the right of X-Forwarded-For;
 * - a comma-separated list of the proxies' own addresses: the client is the right-most address that is not
 *   one of them.
 * Either way the app must be reachable only through those proxies.
 */
export type TrustedProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "addresses"; addresses: Set<string> };

export function parseTrustedProxy(value: string | undefined): TrustedProxy {
  const text = value?.trim().toLowerCase() ?? "";
  if (text === "" || text === "0" || text === "false" || text === "no") return { kind: "none" };
  if (text === "true" || text === "yes") return { kind: "hops", hops: 1 };
  if (/^\d+$/.test(text)) return { kind: "hops", hops: Math.min(Number(text), 32) };
  const addresses = text
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  return { kind: "addresses", addresses: new Set(addresses) };
}

export function trustedProxy(env: Record<string, string | undefined> = process.env): TrustedProxy {
  return parseTrustedProxy(env.TRUSTED_PROXY);
}

/** The headers that name the host: dropped from every request, trusted proxy or not (see proxy.ts). */
export const FORWARDED_HOST_HEADERS = ["x-forwarded-host", "forwarded"] as const;

/** The headers a proxy writes; dropped from a request when no proxy is trusted. */
export const FORWARDED_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "forwarded",
  "x-real-ip",
] as const;

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === "function") {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(",") : value;
}

function forwardedFor(headers: HeaderSource): string[] {
  return (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean)
    .slice(-64);
}

/**
 * The client's address. With no trusted proxy, X-Forwarded-For holds only what Next wrote from the
 * connection (proxy.ts removed the client's own), so its right-most entry is the peer.
 */
export function clientAddress(headers: HeaderSource, trust: TrustedProxy = trustedProxy()): string | undefined {
  const chain = forwardedFor(headers);
  if (chain.length === 0) return undefined;
  switch (trust.kind) {
    case "none":
      return chain[chain.length - 1];
    case "hops":
      return chain[Math.max(0, chain.length - trust.hops)];
    case "addresses": {
      for (let i = chain.length - 1; i >= 0; i--) if (!trust.addresses.has(chain[i]!)) return chain[i];
      return chain[0];
    }
  }
}
