import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UnitPicker } from "@/components/forms/unit-picker";
import { Button, LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { requirePagePermission } from "@/lib/auth/session";
import { getBulkAssignment, listBulkCandidates, listBulkSupervisorOptions, listBulkUnitOptions } from "@/lib/dal/decisions/bulk";
import { listAssignmentRounds } from "@/lib/dal/decisions/options";
import { listCadreGroups, listTemplateOptions } from "@/lib/dal/decisions/templates";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { BulkAssignQuerySchema, readQuery } from "@/lib/validation/query";
import { pickFieldClass, TemplateRoundPick } from "../_components/template-round-fields";
import { BulkGrid } from "../_components/bulk-grid";
import { toUnitList } from "@/lib/units/unit-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bulkAssign"))("title") };
}

export default async function BulkAssignPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("task:assign");
  const query = readQuery(BulkAssignQuerySchema, await searchParams);
  const [t, ti] = await Promise.all([getTranslations("bulkAssign"), getTranslations("decisionImport")]);
  if (query.done) return <Done id={query.done} />;

  const [templates, rounds, groups, units, supervisors] = await Promise.all([
    listTemplateOptions(),
    listAssignmentRounds(),
    listCadreGroups(),
    listBulkUnitOptions(),
    listBulkSupervisorOptions(),
  ]);
  const template = templates.find((x) => x.id === query.template);
  const round = rounds.find((r) => r.id === query.round);
  const picking = query.unit || query.position || query.group;
  const candidates =
    template && round && picking
      ? await orNotFound(listBulkCandidates({ unitId: query.unit, position: query.position, groupId: query.group }))
      : null;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <LinkButton href="/task-templates/import" variant="secondary" data-testid="decision-import-link">
            {ti("link")}
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
            className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
            testId="bulk-pick"
          >
            <UnitPicker
              name="unit"
              label={t("unit")}
              units={toUnitList(units)}
              defaultValue={query.unit}
              allLabel
              labelClassName="block text-sm font-medium text-slate-800"
              className="w-full"
            />
            <label className="block text-sm font-medium text-slate-800">
              {t("position")}
              <input name="position" type="text" defaultValue={query.position ?? ""} maxLength={100} className={pickFieldClass} />
            </label>
            <label className="block text-sm font-medium text-slate-800">
              {t("group")}
              <select name="group" defaultValue={query.group ?? ""} className={pickFieldClass}>
                <option value="">{t("noGroup")}</option>
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name} ({g.size})
                  </option>
                ))}
              </select>
            </label>
            <div className="flex items-end">
              <Button type="submit" variant="secondary">
                {t("show")}
              </Button>
            </div>
          </TemplateRoundPick>
        </Card>
        {template && round && (
          <Card title={template.title}>
            <p className="mb-4 text-sm text-slate-600">{t("periodNote")}</p>
            {!candidates ? (
              <EmptyState>{t("pickFirst")}</EmptyState>
            ) : candidates.length === 0 ? (
              <EmptyState>{t("noCadres")}</EmptyState>
            ) : (
              <BulkGrid
                // A new pick is a new grid, with its own idempotency key.
                key={`${template.id}:${template.version}:${round.id}:${candidates.map((c) => c.id).join(",")}`}
                templateId={template.id}
                templateVersion={template.version}
                roundId={round.id}
                targets={template.targets}
                cadres={candidates}
                supervisors={supervisors}
              />
            )}
          </Card>
        )}
      </div>
    </>
  );
}

/** What a batch assigned: its decision and each cadre's new task. */
async function Done({ id }: { id: string }) {
  const [batch, t, f] = await Promise.all([orNotFound(getBulkAssignment(id)), getTranslations("bulkAssign"), getFormatters()]);
  return (
    <>
      <PageHeader
        title={t("doneTitle", { count: batch.tasks.length, number: batch.decisionNumber, date: f.date(batch.decisionDate) })}
        description={batch.templateTitle}
        actions={<LinkButton href="/task-templates/assign">{t("again")}</LinkButton>}
      />
      <Card>
        <DataTable
          caption={batch.templateTitle}
          testId="bulk-done"
          columns={[
            { id: "code", header: t("code"), phone: "title", className: "whitespace-nowrap" },
            { id: "cadre", header: t("cadre"), phone: "figure" },
            { id: "unit", header: t("unit") },
          ]}
          rows={batch.tasks.map((x) => ({
            id: x.id,
            testId: "bulk-done-row",
            cells: {
              code: (
                <Link href={`/tasks/${x.id}`} className="font-mono text-brand-700 underline">
                  {x.code}
                </Link>
              ),
              cadre: x.cadreName,
              unit: x.unitName,
            },
          }))}
        />
      </Card>
    </>
  );
}
