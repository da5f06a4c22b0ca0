import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
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
            <Table caption={t("registrations")}>
              <thead>
                <tr>
                  <Th>{t("cadre")}</Th>
                  <Th>{t("unit")}</Th>
                  <Th>{t("round")}</Th>
                  <Th className="text-right">{t("proposed")}</Th>
                  <Th>{t("forwardedAt")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {home.registrations.map((r) => (
                  <tr key={r.id} data-testid="awaiting-registration">
                    <Td label={t("cadre")} className="font-medium">
                      <Link href={`/registrations/${r.id}`} className="text-brand-700 underline">
                        {r.cadreName}
                      </Link>
                    </Td>
                    <Td label={t("unit")}>{r.unitName}</Td>
                    <Td label={t("round")} className="whitespace-nowrap">
                      {r.roundName}
                    </Td>
                    <Td label={t("proposed")} className="text-right tabular-nums">
                      {f.number(r.proposedCount)}
                    </Td>
                    <Td label={t("forwardedAt")}>{f.date(r.forwardedAt)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
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
              <Table caption={t("changeRequests")}>
                <thead>
                  <tr>
                    <Th>{t("task")}</Th>
                    <Th>{t("cadre")}</Th>
                    <Th>{t("reason")}</Th>
                    <Th>{t("requestedAt")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {home.changeRequests.map((c) => (
                    <tr key={c.id} data-testid="awaiting-change-request">
                      <Td label={t("task")} className="sm:min-w-56">
                        <Link href={`/tasks/${c.taskId}`} className="text-brand-700 underline">
                          <span className="font-mono text-xs">{c.taskCode}</span> {c.taskTitle}
                        </Link>
                      </Td>
                      <Td label={t("cadre")}>{c.cadreName}</Td>
                      <Td label={t("reason")} className="sm:min-w-56">
                        {c.reason}
                      </Td>
                      <Td label={t("requestedAt")}>{f.date(c.createdAt)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
            {more(home.changeRequests.length, home.changeRequestsTotal)}
          </Card>
        </div>
        <Card title={t("evaluations")}>
          {home.evaluations.length === 0 ? (
            <EmptyState>{t("nothing")}</EmptyState>
          ) : (
            <Table caption={t("evaluations")}>
              <thead>
                <tr>
                  <Th>{t("cadre")}</Th>
                  <Th>{t("year")}</Th>
                  <Th className="text-right">{t("score")}</Th>
                  <Th>{t("proposal")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {home.evaluations.map((e) => (
                  <tr key={e.id} data-testid="awaiting-evaluation">
                    <Td label={t("cadre")} className="font-medium">
                      <Link href={`/evaluations/${e.id}`} className="text-brand-700 underline">
                        {e.cadreName}
                      </Link>
                    </Td>
                    <Td label={t("year")}>{e.quarter ? `Q${e.quarter}/${e.year}` : e.year}</Td>
                    <Td label={t("score")} className="text-right tabular-nums">
                      {f.number(e.aggregateScore)}
                    </Td>
                    <Td label={t("proposal")}>{e.proposedRating ? tr(e.proposedRating) : ""}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          {more(home.evaluations.length, home.evaluationsTotal)}
        </Card>
      </div>
    </>
  );
}
