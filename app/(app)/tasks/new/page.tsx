import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AssignTaskForm } from "@/app/(app)/_components/assign-task-form";
import { blankAssignmentDraft, blankTaskDraft } from "@/app/(app)/_components/task-draft";
import { SearchForm } from "@/components/search-form";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, EmptyState, KeepTableParams } from "@/components/ui/data-table";
import { requirePagePermission } from "@/lib/auth/session";
import {
  getAssignableCadre,
  listAssignableCadres,
  listAssignmentRounds,
  listCooperatingUnitOptions,
  listSupervisorOptions,
} from "@/lib/dal/decisions/options";
import { orNotFound } from "@/lib/page-helpers";
import { ListQuerySchema } from "@/lib/validation/common";
import { CadreQuerySchema, readQuery } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assignTask"))("directTitle") };
}

/**
 * Direct assignment, in two steps so each fits a phone: pick the cadre (search, paged), then write the task
 * with the supervisors who may follow a cadre of that unit.
 */
export default async function AssignTaskDirectlyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("task:assign");
  const params = await searchParams;
  const { cadreId } = readQuery(CadreQuerySchema, params);
  const t = await getTranslations("assignTask");
  if (cadreId) {
    const cadre = await orNotFound(getAssignableCadre(cadreId));
    const [rounds, supervisors, units] = await Promise.all([
      listAssignmentRounds(),
      listSupervisorOptions(cadre.unitId),
      listCooperatingUnitOptions(),
    ]);
    const [latest] = rounds;
    return (
      <>
        <PageHeader
          title={t("directTitle")}
          description={`${cadre.fullName} · ${cadre.positionTitle} · ${cadre.unitName}`}
          actions={
            <LinkButton href="/tasks/new" variant="secondary">
              {t("otherCadre")}
            </LinkButton>
          }
        />
        <Card>
          {!latest ? (
            <EmptyState>{t("noRounds")}</EmptyState>
          ) : (
            <AssignTaskForm
              target={{ kind: "direct", cadreId: cadre.id, rounds }}
              supervisors={supervisors}
              units={units}
              backHref="/standing-committee"
              defaultValues={{
                roundId: latest.id,
                reason: "",
                assignment: blankAssignmentDraft(),
                task: blankTaskDraft(latest),
              }}
            />
          )}
        </Card>
      </>
    );
  }

  const query = readQuery(ListQuerySchema, params);
  const cadres = await listAssignableCadres(query);
  return (
    <>
      <PageHeader title={t("directTitle")} description={t("pickCadre")} />
      <Card>
        <SearchForm q={query.q} placeholder={t("searchPlaceholder")}>
          <KeepTableParams sort={query.sort} dir={query.dir} size={query.size} />
        </SearchForm>
        {cadres.total === 0 ? (
          <EmptyState>{t("noCadres")}</EmptyState>
        ) : (
          <DataTable
            caption={t("pickCadre")}
            sort={cadres.sort}
            columns={[
              { id: "cadre", sortKey: "name", header: t("cadre"), className: "font-medium", phone: "title" },
              { id: "position", sortKey: "position", header: t("position") },
              { id: "unit", sortKey: "unit", header: t("unit"), phone: "figure" },
            ]}
            rows={cadres.items.map((c) => ({
              id: c.id,
              testId: "assignable-cadre",
              cells: {
                cadre: (
                  <Link href={`/tasks/new?cadreId=${c.id}`} className="text-brand-700 underline">
                    {c.fullName}
                  </Link>
                ),
                position: c.positionTitle,
                unit: c.unitName,
              },
            }))}
          />
        )}
        <Pagination page={cadres.page} pageCount={cadres.pageCount} total={cadres.total} size={cadres.size} />
      </Card>
    </>
  );
}
