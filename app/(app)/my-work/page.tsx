import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
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
            <Table caption={t("registrations")}>
              <thead>
                <tr>
                  <Th>{t("round")}</Th>
                  <Th>{t("proposed")}</Th>
                  <Th>{t("deadline")}</Th>
                  <Th>{t("submittedAt")}</Th>
                  <Th />
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {home.registrations.map((r) => (
                  <tr key={r.id} data-testid="my-registration">
                    <Td label={t("round")} className="font-medium">
                      {r.roundName}
                    </Td>
                    <Td label={t("proposed")} className="tabular-nums">
                      {f.number(r.proposedCount)}
                    </Td>
                    <Td label={t("deadline")}>{f.date(r.deadline)}</Td>
                    <Td label={t("submittedAt")}>{f.date(r.submittedAt)}</Td>
                    <Td>
                      <StatusBadge entity="registration" status={r.status} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <Card title={t("tasks")}>
          {home.tasks.length === 0 ? (
            <EmptyState>{t("noTasks")}</EmptyState>
          ) : (
            <Table caption={t("tasks")}>
              <thead>
                <tr>
                  <Th>{t("code")}</Th>
                  <Th>{t("task")}</Th>
                  <Th>{t("round")}</Th>
                  <Th>{t("endDate")}</Th>
                  <Th>{t("lastReport")}</Th>
                  <Th />
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {home.tasks.map((task) => (
                  <tr key={task.id} data-testid="my-task">
                    <Td label={t("code")} className="whitespace-nowrap font-mono text-xs">
                      {task.code}
                    </Td>
                    <Td label={t("task")} className="sm:min-w-64">
                      <Link href={`/tasks/${task.id}`} className="font-medium text-brand-700 underline">
                        {task.title}
                      </Link>
                    </Td>
                    <Td label={t("round")} className="whitespace-nowrap">
                      {task.roundName}
                    </Td>
                    <Td label={t("endDate")}>{f.date(task.endDate)}</Td>
                    <Td label={t("lastReport")} className="whitespace-nowrap">
                      {task.lastReport ? (
                        <span className="flex flex-wrap items-center gap-1">
                          {t("quarter", { quarter: task.lastReport.quarter, year: task.lastReport.year })}
                          <StatusBadge entity="report" status={task.lastReport.status} />
                          {task.lastReport.isLate && <Badge tone="danger">{t("late")}</Badge>}
                        </span>
                      ) : (
                        <span className="text-slate-500">{t("noReport")}</span>
                      )}
                    </Td>
                    <Td>
                      <StatusBadge entity="task" status={task.status} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
