import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable, EmptyState, KeepTableParams } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/search-form";
import { requirePagePermission } from "@/lib/auth/session";
import { hasPermission } from "@/lib/permissions";
import { listTaskTemplates } from "@/lib/dal/decisions/templates";
import { getFormatters } from "@/lib/i18n/server";
import { TASK_FIELDS } from "@/lib/validation/registration";
import { readQuery, TemplateListQuerySchema } from "@/lib/validation/query";
import { ArchiveTemplateButton } from "./_components/archive-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("templates"))("title") };
}

export default async function TaskTemplatesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("template:manage");
  const query = readQuery(TemplateListQuerySchema, await searchParams);
  const [templates, t, tf, f] = await Promise.all([
    listTaskTemplates(query),
    getTranslations("templates"),
    getTranslations("fields"),
    getFormatters(),
  ]);
  const selectClass = "rounded-md border border-slate-300 bg-white px-2 py-2 text-base sm:text-sm";
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <div className="flex flex-wrap gap-2">
            <LinkButton href="/task-templates/new">{t("new")}</LinkButton>
            {hasPermission(actor.role, "task:assign") && (
              <LinkButton href="/task-templates/assign" variant="secondary">
                {t("assign")}
              </LinkButton>
            )}
          </div>
        }
      />
      <Card>
        <SearchForm q={query.q} placeholder={t("search")}>
          <label>
            <span className="sr-only">{t("colField")}</span>
            <select name="field" defaultValue={query.field ?? ""} className={selectClass}>
              <option value="">{t("allFields")}</option>
              {TASK_FIELDS.map((x) => (
                <option key={x} value={x}>
                  {tf(x)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="sr-only">{t("showArchived")}</span>
            <select name="archived" defaultValue={query.archived ?? ""} className={selectClass}>
              <option value="">{t("showActive")}</option>
              <option value="yes">{t("showArchived")}</option>
            </select>
          </label>
          <KeepTableParams sort={query.sort} dir={query.dir} size={query.size} />
        </SearchForm>
        {templates.total === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <DataTable
            caption={t("title")}
            sort={templates.sort}
            testId="template-table"
            columns={[
              { id: "title", sortKey: "title", header: t("colTitle"), phone: "title", className: "sm:min-w-64" },
              { id: "field", sortKey: "field", header: t("colField") },
              { id: "targets", header: t("colTargets"), phone: "figure" },
              { id: "used", header: t("colUsed"), align: "right" },
              { id: "updated", sortKey: "updated", header: t("colUpdated"), firstDir: "desc", className: "whitespace-nowrap" },
              { id: "actions", header: t("colActions"), srOnlyHeader: true },
            ]}
            rows={templates.items.map((x) => ({
              id: x.id,
              testId: "template-row",
              cells: {
                title: (
                  <>
                    <Link href={`/task-templates/${x.id}`} className="text-brand-700 underline">
                      {x.title}
                    </Link>
                    {x.archived && (
                      <span className="ml-2">
                        <Badge>{t("showArchived")}</Badge>
                      </span>
                    )}
                  </>
                ),
                field: tf(x.field),
                targets: t("targetCount", { count: x.targets.length }),
                used: f.number(x.usedCount),
                updated: f.date(x.updatedAt),
                actions: <ArchiveTemplateButton id={x.id} version={x.version} archived={x.archived} title={x.title} />,
              },
            }))}
          />
        )}
        <Pagination page={templates.page} pageCount={templates.pageCount} total={templates.total} size={templates.size} />
      </Card>
    </>
  );
}
