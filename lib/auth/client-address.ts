type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's address as the proxy in front of the app reports it (the first `X-Forwarded-For` entry, or
 * `X-Real-IP`). Rate limits and the lockout are keyed by it; without one every client shares the key
 * "unknown", which fails closed (limits still hold) rather than open.
 */
export function clientAddress(headers: HeaderSource): string | undefined {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || header(headers, "x-real-ip")?.trim();
  return address ? address.slice(0, 64) : undefined;
}
