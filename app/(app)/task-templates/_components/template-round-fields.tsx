import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/data-table";

/** The field style of the bulk-assignment and decision-import pick forms (plain GET forms, no client script). */
export const pickFieldClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 sm:text-sm";

/**
 * The template and the round a bulk assignment or a decision's task-list import is for: two selects of a GET
 * form (the first of each when the address names none), followed by the page's own fields and button; or, when
 * there is no template or no round to choose, the sentence saying so.
 */
export async function TemplateRoundPick({
  templates,
  rounds,
  template,
  round,
  className,
  testId,
  children,
}: {
  templates: { id: string; title: string }[];
  rounds: { id: string; name: string }[];
  template?: string;
  round?: string;
  className: string;
  testId: string;
  children: ReactNode;
}) {
  const t = await getTranslations("bulkAssign");
  if (templates.length === 0) return <EmptyState>{t("noTemplates")}</EmptyState>;
  if (rounds.length === 0) return <EmptyState>{t("noRounds")}</EmptyState>;
  return (
    <form method="get" className={className} data-testid={testId}>
      <label className="block text-sm font-medium text-slate-800">
        {t("template")}
        <select name="template" defaultValue={template ?? templates[0]?.id} className={pickFieldClass}>
          {templates.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium text-slate-800">
        {t("round")}
        <select name="round" defaultValue={round ?? rounds[0]?.id} className={pickFieldClass}>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      {children}
    </form>
  );
}
