import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { requirePagePermission } from "@/lib/auth/session";
import { listDashboardTasks } from "@/lib/dal/read-models/dashboard";
import { getStandingCommitteeHome } from "@/lib/dal/read-models/home";
import { Inbox } from "@/components/inbox";
import { getMyInbox } from "@/lib/dal/read-models/inbox";
import { listQuarterReports } from "@/lib/dal/reports/quarter-lists";
import { dueQuarter } from "@/lib/domain/quarters";
import { getFormatters } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home.standing"))("title") };
}

/** The request's time, read once. */
function currentQuarterDue() {
  return dueQuarter(new Date());
}

export default async function StandingCommitteeHomePage() {
  await requirePagePermission("registration:decide");
  const [home, inbox, atRisk, late, t, tr, th, f] = await Promise.all([
    getStandingCommitteeHome(),
    getMyInbox(),
    // What needs the committee's eye besides decisions: the tasks furthest behind, and late reports.
    listDashboardTasks({ health: ["BEHIND", "AT_RISK"], page: 1 }),
    listQuarterReports({ ...currentQuarterDue(), status: "LATE", page: 1 }),
    getTranslations("home.standing"),
    getTranslations("ratings"),
    getTranslations("health.states"),
    getFormatters(),
  ]);
  const more = (shown: number, total: number) =>
    total > shown ? <p className="mt-2 text-sm text-slate-600">{t("more", { count: total - shown })}</p> : null;
  return (
    <>
      <PageHeader title={t("title")} actions={<LinkButton href="/tasks/new">{t("assignDirectly")}</LinkButton>} />
      <Inbox items={inbox} />
      <div className="mb-6 grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Stat label={t("registrations")} value={f.number(home.registrationsTotal)} />
        <Stat label={t("changeRequests")} value={f.number(home.changeRequestsTotal)} />
        <Stat label={t("evaluations")} value={f.number(home.evaluationsTotal)} />
      </div>
      <div className="space-y-6">
        <Card title={t("registrations")}>
          {home.registrations.length === 0 ? (
            <EmptyState>{t("nothing")}</EmptyState>
          ) : (
            <DataTable
              caption={t("registrations")}
              columns={[
                { id: "cadre", header: t("cadre"), className: "font-medium", phone: "title" },
                { id: "unit", header: t("unit") },
                { id: "round", header: t("round"), className: "whitespace-nowrap" },
                { id: "proposed", header: t("proposed"), align: "right", phone: "figure" },
                { id: "forwardedAt", header: t("forwardedAt"), phone: "status" },
              ]}
              rows={home.registrations.map((r) => ({
                id: r.id,
                testId: "awaiting-registration",
                cells: {
                  cadre: (
                    <Link href={`/registrations/${r.id}`} className="text-brand-700 underline">
                      {r.cadreName}
                    </Link>
                  ),
                  unit: r.unitName,
                  round: r.roundName,
                  proposed: f.number(r.proposedCount),
                  forwardedAt: f.date(r.forwardedAt),
                },
              }))}
            />
          )}
          {more(home.registrations.length, home.registrationsTotal)}
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <Card
            title={t("atRisk")}
            actions={
              <Link href="/dashboard" className="text-sm text-brand-700 underline">
                {t("atRiskAll", { count: atRisk.total })}
              </Link>
            }
          >
            {atRisk.items.length === 0 ? (
              <EmptyState>{t("nothing")}</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {atRisk.items.slice(0, 6).map((task) => (
                  <li key={task.id} className="py-2" data-testid="task-at-risk">
                    <Link href={`/tasks/${task.id}`} className="font-medium text-brand-700 underline">
                      {task.code} · {task.title}
                    </Link>
                    <div className="text-xs text-slate-600">
                      {task.cadreName} · {th(task.health)} · {f.percent(task.progress)}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card
            title={t("lateReports")}
            actions={
              <Link href="/reports?status=LATE" className="text-sm text-brand-700 underline">
                {t("lateAll", { count: late.total })}
              </Link>
            }
          >
            {late.items.length === 0 ? (
              <EmptyState>{t("nothing")}</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {late.items.slice(0, 6).map((r) => (
                  <li key={r.taskId} className="py-2" data-testid="late-report">
                    <Link href={`/tasks/${r.taskId}`} className="font-medium text-brand-700 underline">
                      {r.code} · {r.title}
                    </Link>
                    <div className="text-xs text-slate-600">
                      {r.cadreName} · {r.unitName}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div id="change-requests" className="scroll-mt-4">
          <Card title={t("changeRequests")}>
            {home.changeRequests.length === 0 ? (
              <EmptyState>{t("nothing")}</EmptyState>
            ) : (
              <DataTable
                caption={t("changeRequests")}
                columns={[
                  { id: "task", header: t("task"), className: "sm:min-w-56", phone: "title" },
                  { id: "cadre", header: t("cadre") },
                  { id: "reason", header: t("reason"), className: "sm:min-w-56" },
                  { id: "requestedAt", header: t("requestedAt"), phone: "figure" },
                ]}
                rows={home.changeRequests.map((c) => ({
                  id: c.id,
                  testId: "awaiting-change-request",
                  cells: {
                    task: (
                      <Link href={`/tasks/${c.taskId}`} className="text-brand-700 underline">
                        <span className="font-mono text-xs">{c.taskCode}</span> {c.taskTitle}
                      </Link>
                    ),
                    cadre: c.cadreName,
                    reason: c.reason,
                    requestedAt: f.date(c.createdAt),
                  },
                }))}
              />
            )}
            {more(home.changeRequests.length, home.changeRequestsTotal)}
          </Card>
        </div>
        <Card title={t("evaluations")}>
          {home.evaluations.length === 0 ? (
            <EmptyState>{t("nothing")}</EmptyState>
          ) : (
            <DataTable
              caption={t("evaluations")}
              columns={[
                { id: "cadre", header: t("cadre"), className: "font-medium", phone: "title" },
                { id: "year", header: t("year") },
                { id: "score", header: t("score"), align: "right", phone: "figure" },
                { id: "proposal", header: t("proposal"), phone: "status" },
              ]}
              rows={home.evaluations.map((e) => ({
                id: e.id,
                testId: "awaiting-evaluation",
                cells: {
                  cadre: (
                    <Link href={`/evaluations/${e.id}`} className="text-brand-700 underline">
                      {e.cadreName}
                    </Link>
                  ),
                  year: e.quarter ? `Q${e.quarter}/${e.year}` : e.year,
                  score: f.number(e.aggregateScore),
                  proposal: e.proposedRating ? tr(e.proposedRating) : "",
                },
              }))}
            />
          )}
          {more(home.evaluations.length, home.evaluationsTotal)}
        </Card>
      </div>
    </>
  );
}
