import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { requirePagePermission } from "@/lib/auth/session";
import { getCadreHome } from "@/lib/dal/read-models/home";
import { Inbox } from "@/components/inbox";
import { getMyInbox } from "@/lib/dal/read-models/inbox";
import { getFormatters } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home.cadre"))("title") };
}

export default async function MyWorkPage() {
  await requirePagePermission("task:own");
  // Reminders come from the scheduled job (npm run reminders); the inbox counts what is due or late live.
  const [home, inbox, t, f] = await Promise.all([getCadreHome(), getMyInbox(), getTranslations("home.cadre"), getFormatters()]);
  if (!home.cadre) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState>{t("noCadre")}</EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t("title")}
        description={`${home.cadre.fullName} · ${home.cadre.positionTitle} · ${home.cadre.unitName}`}
      />
      <Inbox items={inbox} />
      <div className="space-y-6">
        <Card title={t("registrations")}>
          {home.registrations.length === 0 ? (
            <EmptyState>{t("noRegistrations")}</EmptyState>
          ) : (
            <DataTable
              caption={t("registrations")}
              columns={[
                { id: "round", header: t("round"), className: "font-medium", phone: "title" },
                { id: "proposed", header: t("proposed"), align: "right", phone: "figure" },
                { id: "deadline", header: t("deadline") },
                { id: "submittedAt", header: t("submittedAt") },
                { id: "status", header: t("status"), phone: "status" },
              ]}
              rows={home.registrations.map((r) => ({
                id: r.id,
                testId: "my-registration",
                cells: {
                  round: <span>{r.roundName}</span>,
                  proposed: f.number(r.proposedCount),
                  deadline: f.date(r.deadline),
                  submittedAt: f.date(r.submittedAt),
                  status: <StatusBadge entity="registration" status={r.status} />,
                },
              }))}
            />
          )}
        </Card>
        <Card title={t("tasks")}>
          {home.tasks.length === 0 ? (
            <EmptyState>{t("noTasks")}</EmptyState>
          ) : (
            <DataTable
              caption={t("tasks")}
              columns={[
                { id: "code", header: t("code"), className: "whitespace-nowrap font-mono text-xs" },
                { id: "task", header: t("task"), className: "sm:min-w-64", phone: "title" },
                { id: "round", header: t("round"), className: "whitespace-nowrap" },
                { id: "endDate", header: t("endDate"), phone: "figure" },
                { id: "lastReport", header: t("lastReport"), className: "whitespace-nowrap" },
                { id: "status", header: t("status"), phone: "status" },
              ]}
              rows={home.tasks.map((task) => ({
                id: task.id,
                testId: "my-task",
                cells: {
                  code: task.code,
                  task: (
                    <Link href={`/tasks/${task.id}`} className="font-medium text-brand-700 underline">
                      {task.title}
                    </Link>
                  ),
                  round: task.roundName,
                  endDate: f.date(task.endDate),
                  lastReport: task.lastReport ? (
                    <span className="flex flex-wrap items-center gap-1">
                      {t("quarter", { quarter: task.lastReport.quarter, year: task.lastReport.year })}
                      <StatusBadge entity="report" status={task.lastReport.status} />
                      {task.lastReport.isLate && <Badge tone="danger">{t("late")}</Badge>}
                    </span>
                  ) : (
                    <span className="text-slate-500">{t("noReport")}</span>
                  ),
                  status: <StatusBadge entity="task" status={task.status} />,
                },
              }))}
            />
          )}
        </Card>
      </div>
    </>
  );
}
