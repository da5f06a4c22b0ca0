import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * Task codes run per round; the round's row is locked while the next number is taken so two assignments at
 * the same moment never draw the same code. Returns how many tasks the round has.
 */
export async function lockTaskSequence(tx: Tx, roundId: string): Promise<number> {
  await tx.$executeRaw`SELECT id FROM "Round" WHERE id = ${roundId} FOR UPDATE`;
  return tx.task.count({ where: { roundId } });
}
