import "server-only";
import { headers } from "next/headers";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { DomainError } from "@/lib/domain/errors";
import { RATE_LIMITS, retryAfterSeconds, type RateLimitName } from "@/lib/domain/rate-limits";
import type { Role } from "@/lib/domain/roles";
import { clientAddress } from "@/lib/http/trusted-proxy";

/** The address of the client making the current request (undefined outside a request, e.g. a script). */
export async function requestAddress(): Promise<string | undefined> {
  try {
    return clientAddress(await headers());
  } catch {
    return undefined;
  }
}

/** Too many requests: the user reads "errors.rateLimited" with the wait; a route answers 429 with Retry-After. */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfter: number) {
    super("rateLimited", { minutes: Math.max(1, Math.ceil(retryAfter / 60)) });
    this.name = "RateLimitedError";
  }
}

/**
 * A limiter whose counters live in the application's database (model RateLimit), so every instance of the
 * app shares them. Inside a transaction pass its `tx`: on the embedded database the outer client would
 * wait for the transaction to end. Expired rows are swept by `sweepExpired`, not by a timer per instance.
 */
export function limiter(name: RateLimitName, client: Db | Tx): RateLimiterPrisma {
  const { points, duration, blockDuration } = RATE_LIMITS[name];
  return new RateLimiterPrisma({
    storeClient: client,
    tableName: "rateLimit",
    keyPrefix: name,
    points,
    duration,
    blockDuration,
    clearExpiredByTimeout: false,
  });
}

/** Milliseconds the key must still wait (0 when it may go on). A blocked key holds more points than allowed. */
export async function blockedFor(name: RateLimitName, key: string, client: Db | Tx): Promise<number> {
  const res = await limiter(name, client).get(key);
  return res && res.consumedPoints > RATE_LIMITS[name].points ? Math.max(res.msBeforeNext, 1) : 0;
}

let lastSweep = 0;
/** Deletes counters that expired over an hour ago, at most every five minutes (any instance may do it). */
export async function sweepExpired(db: Db, now = Date.now()): Promise<void> {
  if (now - lastSweep < 5 * 60_000) return;
  lastSweep = now;
  await db.rateLimit.deleteMany({ where: { expire: { lt: new Date(now - 60 * 60_000) } } });
}

export type Refusal = {
  action: AuditAction;
  actorId?: string | null;
  actorRole?: Role | null;
  entityType?: string;
  entityId?: string;
  data?: Record<string, string | number | null>;
};

/** Writes the audit row of a refused request: who (if known), what, and why. */
export async function auditRefusal(client: Db | Tx, refusal: Refusal, limit: RateLimitName, address: string | undefined) {
  await client.auditEvent.create({
    data: {
      actorId: refusal.actorId ?? null,
      actorRole: refusal.actorRole ?? null,
      action: refusal.action,
      entityType: refusal.entityType ?? "Request",
      entityId: refusal.entityId ?? `address:${address ?? "unknown"}`,
      data: { limit, ip: address ?? null, ...refusal.data },
    },
  });
}

/**
 * Spends one point of a per-address limit. Over the limit, the refusal is audited and a RateLimitedError
 * thrown, so nothing else of the request runs.
 */
export async function spendOrRefuse(
  name: RateLimitName,
  address: string | undefined,
  refusal: Refusal,
  points = 1,
): Promise<void> {
  const db = await getDb();
  await sweepExpired(db);
  try {
    await limiter(name, db).consume(address ?? "unknown", points);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    await auditRefusal(db, refusal, name, address);
    throw new RateLimitedError(retryAfterSeconds(e.msBeforeNext));
  }
}
