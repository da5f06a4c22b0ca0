import type { Db } from "@/lib/db/client";
import { discardFiles } from "@/lib/storage";

// No "server-only" here: the scheduled job (scripts/reminders.ts) runs this outside Next.

/** How long a staged evidence file waits for a save to link it (PENDING_UPLOAD_TTL_HOURS, default 24). */
export function pendingUploadTtlHours(): number {
  const n = Number(process.env.PENDING_UPLOAD_TTL_HOURS);
  return Number.isInteger(n) && n >= 1 && n <= 24 * 30 ? n : 24;
}

/**
 * Removes evidence files uploaded to the staging area and never linked to a report by a save (the cadre left
 * the form) once older than the TTL: the row first, in one statement that re-checks it is still unlinked, so
 * a save linking it at the same moment wins; then the bytes. Idempotent; returns how many were removed.
 */
export async function cleanupPendingUploads(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - pendingUploadTtlHours() * 3_600_000);
  const removed = await db.$queryRaw<{ storageKey: string }[]>`
    DELETE FROM "Attachment"
    WHERE "pendingSince" IS NOT NULL AND "pendingSince" < ${cutoff} AND "reportId" IS NULL
    RETURNING "storageKey"`;
  await discardFiles(removed.map((r) => r.storageKey));
  return removed.length;
}
