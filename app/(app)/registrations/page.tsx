import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Button, LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/session";
import { listMyOpenRounds } from "@/lib/dal/registrations/registration";
import { ALL_ROUNDS, listRegistrationsForReview, listReviewRounds } from "@/lib/dal/registrations/review";
import { getFormatters } from "@/lib/i18n/server";
import { hasPermission } from "@/lib/permissions";
import { ReviewFilterSchema, TASK_FIELDS } from "@/lib/validation/registration";
import { FilterForm } from "@/components/ui/filter-form";
import { startRegistrationAction } from "./actions";
import { readQuery } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registrations"))("title") };
}

export default async function RegistrationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const role = user.active?.role;
  if (hasPermission(role, "registration:own")) return <CadreRegistrations />;
  if (role && (hasPermission(role, "registration:review") || hasPermission(role, "registration:decide"))) {
    return <ReviewList filter={readQuery(ReviewFilterSchema, await searchParams)} />;
  }
  forbidden();
}

async function CadreRegistrations() {
  const [rounds, t, f] = await Promise.all([listMyOpenRounds(), getTranslations("registrations"), getFormatters()]);
  return (
    <>
      <PageHeader title={t("title")} />
      <Card title={t("openRounds")}>
        {rounds.length === 0 ? (
          <EmptyState>{t("noOpenRounds")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {rounds.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="open-round">
                <div>
                  <div className="font-medium">{r.name}</div>
                  <div className="text-sm text-slate-600">
                    {r.assigningBodyName} · {t("deadline", { date: f.date(r.effectiveDeadline) })} ·{" "}
                    {t("bounds", { min: r.minTasksPerCadre, max: r.maxTasksPerCadre })}
                  </div>
                  {r.registration && (
                    <div className="mt-1 flex items-center gap-2 text-sm">
                      <StatusBadge entity="registration" status={r.registration.status} />
                      {t("taskCount", { count: r.registration.taskCount })}
                    </div>
                  )}
                </div>
                <form action={startRegistrationAction}>
                  <input type="hidden" name="roundId" value={r.id} />
                  <Button type="submit" variant={r.registration ? "secondary" : "primary"}>
                    {r.registration ? t("continue") : t("start")}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}

async function ReviewList({ filter }: { filter: ReturnType<typeof ReviewFilterSchema.parse> }) {
  const [page, rounds, t, tf, ts, tcomp, f, tsearch] = await Promise.all([
    listRegistrationsForReview(filter),
    listReviewRounds(),
    getTranslations("registrations"),
    getTranslations("fields"),
    getTranslations("status.registration"),
    getTranslations("compiled"),
    getFormatters(),
    getTranslations("search"),
  ]);
  return (
    <>
      <PageHeader
        title={t("reviewTitle")}
        description={t("reviewIntro")}
        actions={
          <LinkButton href="/registrations/compiled" variant="secondary">
            {tcomp("link")}
          </LinkButton>
        }
      />
      <Card>
        <FilterForm
          path="/registrations"
          search={{ q: filter.q, placeholder: tsearch("registrationPlaceholder") }}
          active={!!(filter.q || filter.round || filter.field || filter.status || filter.late || filter.unit)}
          fields={[
            {
              kind: "select",
              name: "round",
              label: t("filterRound"),
              value: page.round ?? ALL_ROUNDS,
              wide: true,
              options: [{ value: ALL_ROUNDS, label: t("allRounds") }, ...rounds.map((r) => ({ value: r.id, label: r.name }))],
            },
            {
              kind: "select",
              name: "field",
              label: t("filterField"),
              value: filter.field,
              all: t("all"),
              options: TASK_FIELDS.map((x) => ({ value: x, label: tf(x) })),
            },
            {
              kind: "select",
              name: "status",
              label: t("filterStatus"),
              value: filter.status,
              all: t("all"),
              options: (["SUBMITTED", "RETURNED", "FORWARDED", "DECIDED"] as const).map((x) => ({ value: x, label: ts(x) })),
            },
            { kind: "check", name: "late", label: t("filterLate"), value: "1", checked: filter.late === "1" },
          ]}
          hidden={{ unit: filter.unit }}
          keep={{ sort: filter.sort, dir: filter.dir, size: filter.size }}
        />
        {page.total === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <DataTable
            caption={t("reviewTitle")}
            sort={page.sort}
            columns={[
              { id: "cadre", sortKey: "cadre", header: t("cadre"), className: "sm:min-w-56", phone: "title" },
              { id: "round", sortKey: "round", header: t("round") },
              { id: "tasks", header: t("tasks"), align: "right" },
              { id: "submittedAt", sortKey: "submittedAt", header: t("submittedAt"), phone: "figure" },
              { id: "status", sortKey: "status", header: t("filterStatus"), phone: "status" },
            ]}
            rows={page.items.map((r) => ({
              id: r.id,
              testId: "review-row",
              cells: {
                cadre: (
                  <>
                    <Link href={`/registrations/${r.id}`} className="font-medium text-brand-700 underline">
                      {r.cadreName}
                    </Link>
                    <div className="text-xs text-slate-600">{r.unitName}</div>
                  </>
                ),
                round: r.roundName,
                tasks: f.number(r.taskCount),
                submittedAt: f.date(r.submittedAt),
                status: (
                  <span className="flex flex-wrap justify-end gap-1 sm:justify-start">
                    <StatusBadge entity="registration" status={r.status} />
                    {r.isLate && <Badge tone="danger">{t("late")}</Badge>}
                  </span>
                ),
              },
            }))}
          />
        )}
        <Pagination page={page.page} pageCount={page.pageCount} total={page.total} size={page.size} />
      </Card>
    </>
  );
}
