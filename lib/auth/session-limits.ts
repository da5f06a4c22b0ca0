const MINUTE = 60_000;

export type SessionLimits = { idleMs: number; maxMs: number };

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : fallback;
}

/** SESSION_IDLE_MINUTES (default 30) and SESSION_MAX_HOURS (default 10), read at each call. */
export function sessionLimits(env: Record<string, string | undefined> = process.env): SessionLimits {
  return {
    idleMs: positive(env.SESSION_IDLE_MINUTES, 30) * MINUTE,
    maxMs: positive(env.SESSION_MAX_HOURS, 10) * 60 * MINUTE,
  };
}
