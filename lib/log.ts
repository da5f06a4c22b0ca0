import { randomUUID } from "node:crypto";
import pino, { type Logger } from "pino";

/**
 * Every path under which a secret may travel in a log record, at the top level and one or two levels down
 * (pino's redaction has no recursive wildcard, and a deeper search on every line would cost every request).
 * A secret logged deeper than that is a bug in the caller; the names cover what the app handles: passwords,
 * TOTP secrets and codes, session and CSRF tokens, cookies and Authorization headers.
 */
const SECRET_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "token",
  "accessToken",
  "refreshToken",
  "secret",
  "totpSecret",
  "otp",
  "totpCode",
  "recoveryCode",
  "cookie",
  "cookies",
  "set-cookie",
  "authorization",
  "Authorization",
  "DATABASE_URL",
  "NEXTAUTH_SECRET",
];

export const REDACTED_PATHS = SECRET_KEYS.flatMap((key) => {
  const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const dot = k.startsWith("[") ? k : `.${k}`;
  return [k, `*${dot}`, `*.*${dot}`];
});

/** Builds a logger; the app uses `log` below, tests pass their own destination to read what was written. */
export function createLogger(destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL || (process.env.NODE_ENV === "test" ? "silent" : "info"),
      base: { service: "dot-pha" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
}

export const log: Logger = createLogger();

const CORRELATION_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The request's correlation id: the caller's `X-Request-Id` when it looks like one (a load balancer sets it,
 * so its log lines and ours join up), otherwise a new one. Anything else a client sends is ignored, so a log
 * line can never be forged or bloated through the header.
 */
export function correlationId(headers?: { get(name: string): string | null } | null): string {
  const given = headers?.get("x-request-id")?.trim();
  return given && CORRELATION_ID.test(given) ? given : randomUUID();
}

/** A child logger whose every line carries the correlation id. */
export function requestLogger(id: string, bindings: Record<string, unknown> = {}): Logger {
  return log.child({ reqId: id, ...bindings });
}
