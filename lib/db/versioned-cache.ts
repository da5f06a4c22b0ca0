import { vietnamDayString } from "@/lib/domain/quarters";

/**
 * The dashboard's figures cached by what they are computed from (decision 072): the round's data version and
 * the version every round shares (both bumped by the triggers of migration dashboard_data_version) and the day
 * in Vietnam (a task's status moves with the days). The versions are read from the database on every request,
 * one primary-key read, so every instance serves the same figures and none serves figures a write has made
 * stale; only the work of computing them is kept, in each instance's memory.
 */
export type DashboardCacheScope = { roundId: string; unitPath: string; field?: string | null };
export type DataVersions = { round: bigint | number | string; all: bigint | number | string };

/** Where the figures stand: the scope they are about. */
export function scopeKey(s: DashboardCacheScope): string {
  return JSON.stringify([s.roundId, s.unitPath, s.field ?? null]);
}

/** When the figures were true: the data's versions and the day in Vietnam. */
export function versionKey(v: DataVersions, now: Date): string {
  return `${String(v.round)}/${String(v.all)}/${vietnamDayString(now)}`;
}

/**
 * A cache holding, per scope, the value for the latest version asked for; computing a value once however many
 * ask for it at the same time (the first computes, the others wait for it). Bounded: the scope used least
 * recently goes first.
 */
export class VersionedCache<T> {
  private entries = new Map<string, { version: string; value: Promise<T> }>();

  constructor(private readonly maxScopes = 500) {}

  get(scope: string, version: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(scope);
    if (hit && hit.version === version) {
      // Most recently used last, so that the first key is the one to drop.
      this.entries.delete(scope);
      this.entries.set(scope, hit);
      return hit.value;
    }
    const value = compute();
    const entry = { version, value };
    this.entries.delete(scope);
    this.entries.set(scope, entry);
    // A failed computation is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.get(scope) === entry) this.entries.delete(scope);
    });
    while (this.entries.size > this.maxScopes) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  get size() {
    return this.entries.size;
  }

  clear() {
    this.entries.clear();
  }
}
