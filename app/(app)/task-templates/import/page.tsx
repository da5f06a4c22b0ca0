import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button, buttonClass, LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listBulkSupervisorOptions } from "@/lib/dal/decisions/bulk";
import { listAssignmentRounds } from "@/lib/dal/decisions/options";
import { listTemplateOptions } from "@/lib/dal/decisions/templates";
import { IMPORT_LIMITS } from "@/lib/import/parse";
import { BulkAssignQuerySchema, readQuery } from "@/lib/validation/query";
import { TemplateRoundPick } from "../_components/template-round-fields";
import { DecisionImportForm } from "./_components/decision-import-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("decisionImport"))("title") };
}

/** A decision's task list from a spreadsheet: pick the template and round, download, fill, preview, assign. */
export default async function DecisionImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("task:assign");
  const query = readQuery(BulkAssignQuerySchema, await searchParams);
  const t = await getTranslations("decisionImport");
  const [templates, rounds, supervisors] = await Promise.all([
    listTemplateOptions(),
    listAssignmentRounds(),
    listBulkSupervisorOptions(),
  ]);
  const template = templates.find((x) => x.id === query.template);
  const round = rounds.find((r) => r.id === query.round);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <LinkButton href="/task-templates/assign" variant="secondary">
            {t("back")}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        <Card title={t("pick")}>
          <TemplateRoundPick
            templates={templates}
            rounds={rounds}
            template={query.template}
            round={query.round}
            className="grid gap-4 sm:grid-cols-3"
            testId="decision-import-pick"
          >
            <div className="flex items-end">
              <Button type="submit" variant="secondary">
                {t("show")}
              </Button>
            </div>
          </TemplateRoundPick>
        </Card>
        {template && round && (
          <Card title={t("upload")}>
            <div className="mb-4 flex flex-wrap items-center gap-3">
              {/* A file to save: a plain link, not a client-side navigation. */}
              <a
                href={`/api/task-templates/import-template?template=${encodeURIComponent(template.id)}`}
                className={buttonClass("secondary")}
                data-testid="decision-import-template"
                download
              >
                {t("template")}
              </a>
              <p className="text-sm text-slate-600">{t("templateHint", { title: template.title })}</p>
            </div>
            <DecisionImportForm
              // Another template or round is another form.
              key={`${template.id}:${template.version}:${round.id}`}
              templateId={template.id}
              templateVersion={template.version}
              roundId={round.id}
              supervisors={supervisors}
              maxMb={IMPORT_LIMITS.maxBytes / 1024 / 1024}
            />
          </Card>
        )}
      </div>
    </>
  );
}
