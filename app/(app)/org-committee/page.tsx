import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { requirePagePermission } from "@/lib/auth/session";
import { getOrgCommitteeHome } from "@/lib/dal/read-models/home";
import { Inbox } from "@/components/inbox";
import { getMyInbox } from "@/lib/dal/read-models/inbox";
import { getFormatters } from "@/lib/i18n/server";
import { readQuery, RoundQuerySchema } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home.org"))("title") };
}

const REGISTRATION_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "FORWARDED", "DECIDED", "WITHDRAWN"] as const;
const TASK_STATUSES = ["ASSIGNED", "COMPLETED", "UNFINISHED", "CARRIED_OVER", "CANCELLED"] as const;

export default async function OrgCommitteeHomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("round:manage");
  const { round: roundId } = readQuery(RoundQuerySchema, await searchParams);
  const [home, inbox, t, tc, f] = await Promise.all([
    getOrgCommitteeHome(roundId),
    getMyInbox(),
    getTranslations("home.org"),
    getTranslations("common"),
    getFormatters(),
  ]);
  if (!home.round) {
    return (
      <>
        <PageHeader title={t("title")} />
        <Inbox items={inbox} />
        <EmptyState>{t("noRound")}</EmptyState>
      </>
    );
  }
  const round = home.round;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={
          <>
            <span className="font-semibold text-slate-800">{round.name}</span> · {t("body", { name: round.assigningBodyName })} ·{" "}
            {t("deadline", { date: f.date(round.registrationDeadline) })}
          </>
        }
        actions={
          <FilterForm
            path="/org-committee"
            active={false}
            submitLabel={tc("view")}
            fields={[
              {
                kind: "select",
                name: "round",
                label: t("chooseRound"),
                value: round.id,
                wide: true,
                options: home.rounds.map((r) => ({ value: r.id, label: `${r.name} · ${r.assigningBodyName}` })),
              },
            ]}
          />
        }
      />
      <Inbox items={inbox} />
      <div className="mb-6 flex items-center gap-2">
        <StatusBadge entity="round" status={round.status as "OPEN"} />
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="round-stats">
        <Stat label={t("cadresConcerned")} value={f.number(round.cadresConcerned)} />
        <Stat label={t("registered")} value={f.number(home.registered)} />
        <Stat label={t("notRegistered")} value={f.number(home.notRegistered)} />
        <Stat label={t("late")} value={f.number(home.late)} />
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card title={t("byStatus")}>
          <ul className="divide-y divide-slate-100">
            {REGISTRATION_STATUSES.map((s) => (
              <li key={s} className="flex items-center justify-between py-2">
                <StatusBadge entity="registration" status={s} />
                <span className="font-semibold tabular-nums">{f.number(home.registrationsByStatus[s] ?? 0)}</span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t("tasksByStatus")}>
          <ul className="divide-y divide-slate-100">
            {TASK_STATUSES.map((s) => (
              <li key={s} className="flex items-center justify-between py-2">
                <StatusBadge entity="task" status={s} />
                <span className="font-semibold tabular-nums">{f.number(home.tasksByStatus[s] ?? 0)}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
      <Card title={t("byUnit")} className="mt-6">
        {home.byUnit.length === 0 ? (
          <EmptyState>{tc("empty")}</EmptyState>
        ) : (
          <DataTable
            caption={t("byUnit")}
            columns={[
              { id: "unit", header: t("unit"), phone: "title" },
              { id: "cadres", header: t("cadres"), align: "right" },
              { id: "registered", header: t("registered"), align: "right", phone: "figure" },
              { id: "tasks", header: t("tasks"), align: "right" },
            ]}
            rows={home.byUnit.map((u) => ({
              id: u.unitId,
              testId: "unit-row",
              cells: {
                unit: u.unitName,
                cadres: f.number(u.cadres),
                registered: f.number(u.registered),
                tasks: f.number(u.tasks),
              },
            }))}
          />
        )}
      </Card>
    </>
  );
}
