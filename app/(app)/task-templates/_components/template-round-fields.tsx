import { getTranslations } from "next-intl/server";

/** The field style of the bulk-assignment and decision-import pick forms (plain GET forms, no client script). */
export const pickFieldClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 sm:text-sm";

/**
 * The template and the round a bulk assignment or a decision's task-list import is for, as two selects of a GET
 * form (the first of each when the address names none).
 */
export async function TemplateRoundFields({
  templates,
  rounds,
  template,
  round,
}: {
  templates: { id: string; title: string }[];
  rounds: { id: string; name: string }[];
  template?: string;
  round?: string;
}) {
  const t = await getTranslations("bulkAssign");
  return (
    <>
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
    </>
  );
}
