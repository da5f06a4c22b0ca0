// Filling the task templates for a cadre and choosing them, and the arithmetic of target values.
import * as D from "@/prisma/seed-data";
import { get, endOfDay, lastDayOf } from "../shared";
import type { CadreInfo, TgInfo } from "../shared";

export function templateTools() {
  // ── Template filling and choice ──
  const placeholders = (c: CadreInfo, year: number) => {
    const cm = c.commune;
    const xa = cm?.name ?? `tỉnh ${D.PROVINCE_NAME}`;
    const village = cm && c.seed.village !== undefined ? get(cm.villages, c.seed.village) : "";
    const thon = cm ? (cm.isWard ? `tổ dân phố ${village}` : `thôn ${village}`) : "";
    return (s: string) => s.replaceAll("{xa}", xa).replaceAll("{thon}", thon).replaceAll("{Y}", String(year));
  };
  const poolFor = (c: CadreInfo) => {
    const pool = D.POOLS[c.seed.pool];
    if (!pool) throw new Error(`seed: unknown pool ${c.seed.pool}`);
    const isWard = c.commune?.isWard ?? false;
    return pool.filter((t) => !t.only || (t.only === "phuong") === isWard);
  };
  const cursors = new Map<string, number>();
  /**
   * The next templates of the cadre's pool (forward for the current and next year, backward for the past),
   * never one the cadre already had; when the pool runs dry, one from two years back may come again.
   */
  const chooseTemplates = (c: CadreInfo, count: number, backward: boolean, year: number): D.TaskTpl[] => {
    const pool = poolFor(c);
    const key = `${c.seed.pool}:${c.commune?.id ?? ""}:${backward ? "b" : "f"}`;
    const out: D.TaskTpl[] = [];
    let cursor = cursors.get(key) ?? 0;
    for (let step = 0; out.length < count && step < pool.length * 2; step++, cursor++) {
      const idx = backward ? pool.length - 1 - (cursor % pool.length) : cursor % pool.length;
      const tpl = get(pool, idx);
      if (c.used.has(tpl.title)) continue;
      c.used.set(tpl.title, year);
      out.push(tpl);
    }
    cursors.set(key, cursor);
    for (const tpl of pool) {
      if (out.length >= count) break;
      const usedIn = c.used.get(tpl.title);
      if (out.includes(tpl) || usedIn === year || usedIn === year - 1) continue;
      c.used.set(tpl.title, year);
      out.push(tpl);
    }
    return out;
  };

  const decimalsOf = (t: D.TargetTpl) => {
    const [, uom, baseline, target] = t;
    if (uom === "%") return 1;
    return Number.isInteger(target) && (baseline === null || Number.isInteger(baseline)) ? 0 : 1;
  };
  const round = (v: number, decimals: number) => Number(v.toFixed(decimals));
  const valueAt = (t: TgInfo, f: number) => {
    if (t.direction === "REACH") return f >= 0.95 ? t.target : t.target > 1 ? round(t.target * f, t.decimals) : 0;
    const b = t.baseline ?? 0;
    let v = round(b + (t.target - b) * f, t.decimals);
    if (t.uom === "%") v = Math.min(100, Math.max(0, v));
    return Math.max(0, v);
  };
  const shareOf = (t: TgInfo, v: number) => {
    if (t.direction === "REACH") return t.target === 0 ? 1 : v / t.target;
    const b = t.baseline ?? 0;
    return t.target === b ? 1 : (v - b) / (t.target - b);
  };
  /** A softer value than the assigned one: what the cadre proposed before the committee raised it. */
  const softer = (t: D.TargetTpl) => {
    const [, , baseline, target, direction] = t;
    if (direction === "REACH") return target;
    const b = baseline ?? 0;
    return round(b + (target - b) * 0.8, decimalsOf(t));
  };

  const targetDeadline = (year: number, month = 12) => endOfDay(year, month, lastDayOf(year, month));

  /** The vague proposals that get returned or rejected, in turn across the years. */
  let vague = 0;
  const nextVagueProposal = () => get(D.VAGUE_PROPOSALS, vague++ % D.VAGUE_PROPOSALS.length);

  return { nextVagueProposal, placeholders, chooseTemplates, decimalsOf, round, valueAt, shareOf, softer, targetDeadline };
}
