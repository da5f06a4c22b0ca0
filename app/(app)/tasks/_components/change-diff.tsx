import { getTranslations } from "next-intl/server";
import type { TaskVersion } from "@/lib/dal/tasks/change-requests";
import { getFormatters } from "@/lib/i18n/server";

/** What a change request changes: each altered item as before → after; unchanged ones are left out. */
export async function ChangeDiff({ before, after }: { before: TaskVersion; after: TaskVersion }) {
  const [t, f] = await Promise.all([getTranslations("changeRequests"), getFormatters()]);
  const rows: [string, string, string][] = [];
  if (before.title !== after.title) rows.push([t("title"), before.title, after.title]);
  if (before.endDate !== after.endDate)
    rows.push([t("endDate"), f.date(new Date(before.endDate)), f.date(new Date(after.endDate))]);
  for (const b of before.targets) {
    const a = after.targets.find((x) => x.targetId === b.targetId);
    if (!a) continue;
    if (a.targetValue !== b.targetValue)
      rows.push([
        b.indicator,
        `${f.number(b.targetValue, 4)} ${b.unitOfMeasure}`,
        `${f.number(a.targetValue, 4)} ${a.unitOfMeasure}`,
      ]);
    if (a.deadline !== b.deadline)
      rows.push([t("deadlineOf", { indicator: b.indicator }), f.date(new Date(b.deadline)), f.date(new Date(a.deadline))]);
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
