import { getTranslations } from "next-intl/server";
import type { TaskVersion } from "@/lib/dal/tasks/change-requests";
import { getFormatters } from "@/lib/i18n/server";

/**
 * A version as stored: requests recorded before every field was kept (and the demo's history) hold only the
 * fields they change, so each may be missing.
 */
type StoredVersion = {
  title?: string;
  endDate?: string;
  targets?: Partial<TaskVersion["targets"][number]>[];
};

/**
 * What a change request changes: each altered item as before → after ("300 lò → 270 lò"); unchanged ones and
 * ones a stored version does not hold are left out. A target's unit comes from the version, else from the
 * task's target as it is now, so a value never reads "undefined".
 */
export async function ChangeDiff({
  before: rawBefore,
  after: rawAfter,
  units = {},
}: {
  before: TaskVersion;
  after: TaskVersion;
  /** Each target's unit of measure now, by target id. */
  units?: Record<string, string>;
}) {
  const [t, f] = await Promise.all([getTranslations("changeRequests"), getFormatters()]);
  const before = rawBefore as StoredVersion;
  const after = rawAfter as StoredVersion;
  const rows: [string, string, string][] = [];
  const changed = (x: string | undefined, y: string | undefined): [string, string] | null =>
    x !== undefined && y !== undefined && x !== y ? [x, y] : null;
  const title = changed(before.title, after.title);
  if (title) rows.push([t("title"), ...title]);
  const end = changed(before.endDate, after.endDate);
  if (end) rows.push([t("endDate"), f.date(new Date(end[0])), f.date(new Date(end[1]))]);
  for (const b of before.targets ?? []) {
    const a = after.targets?.find((x) => x.targetId === b.targetId);
    if (!a || !b.targetId) continue;
    const indicator = b.indicator ?? a.indicator ?? "";
    const unit = b.unitOfMeasure ?? a.unitOfMeasure ?? units[b.targetId] ?? "";
    const value = changed(b.targetValue, a.targetValue);
    if (value) {
      const withUnit = (v: string) => [f.number(v, 4), unit].filter(Boolean).join(" ");
      rows.push([indicator, withUnit(value[0]), withUnit(value[1])]);
    }
    const deadline = changed(b.deadline, a.deadline);
    if (deadline) rows.push([t("deadlineOf", { indicator }), f.date(new Date(deadline[0])), f.date(new Date(deadline[1]))]);
  }
  return (
    <dl className="mt-2 space-y-1" data-testid="change-diff">
      {rows.map(([label, from, to]) => (
        <div key={label}>
          <dt className="text-slate-600">{label}</dt>
          <dd>
            <span className="text-slate-500 line-through">{from}</span> → <strong>{to}</strong>
          </dd>
        </div>
      ))}
    </dl>
  );
}
