import { getTranslations } from "next-intl/server";
import type { TimelineEvent } from "@/lib/dal/_shared/audit";
import { getFormatters } from "@/lib/i18n/server";
import { Card } from "./ui/card";

/** Who did what, when and why: an item's history from the audit trail. */
export async function Timeline({ events }: { events: TimelineEvent[] }) {
  const [tl, tr, f] = await Promise.all([getTranslations("timeline"), getTranslations("roles"), getFormatters()]);
  return (
    <Card title={tl("title")}>
      {events.length === 0 ? (
        <p className="text-sm text-slate-500">{tl("none")}</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-slate-200 pl-4" data-testid="timeline">
          {events.map((e) => (
            <li key={e.id} className="text-sm" data-testid="timeline-event">
              <div className="font-medium text-slate-900">
                {tl.has(`actions.${e.action}`) ? tl(`actions.${e.action}`) : tl("actions.other")}
              </div>
              <div className="text-xs text-slate-600">
                {f.dateTime(e.at)}
                {e.actorName && ` · ${e.actorName}`}
                {e.actorRole && ` · ${tr(e.actorRole)}`}
              </div>
              {e.reason && <p className="mt-1 text-slate-700">{tl("reason", { reason: e.reason })}</p>}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
