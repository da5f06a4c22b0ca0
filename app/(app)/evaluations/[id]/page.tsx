import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RatingConditions, TaskFactBadge } from "@/components/rating-conditions";
import { StatusBadge } from "@/components/status-badge";
import { Timeline } from "@/components/timeline";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/session";
import { getPeriodsBeside } from "@/lib/dal/evaluations/record";
import { getEvaluation } from "@/lib/dal/evaluations/scoring";
import { STEP_MOVES } from "@/lib/dal/evaluations/cycles";
import { toDateInputValue } from "@/lib/i18n/format";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import {
  CouncilScoreForm,
  DecideEvaluationForm,
  FinaliseForm,
  MoveEvaluationForm,
  ReopenForm,
  SelfAssessmentForm,
} from "../_components/evaluation-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluations"))("title") };
}

function today() {
  return toDateInputValue(new Date());
}

/**
 * One cadre's year-end evaluation, for each role its part: the cadre assesses themself; each council member
 * scores (seeing the others only after submitting); the organisation committee finalises the proposal; the
 * standing committee decides the rating, and only it reopens a decided one.
 */
export default async function EvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const [e, beside] = await orNotFound(Promise.all([getEvaluation(id), getPeriodsBeside(id)]));
  const [t, tr, trs, ts, f] = await Promise.all([
    getTranslations("evaluations"),
    getTranslations("ratings"),
    getTranslations("ruleSets"),
    getTranslations("status.evaluation"),
    getFormatters(),
  ]);
  const explained = e.proposal ?? e.preview;
  const showFacts = e.tasks.some((task) => task.fact !== null);
  const can = (a: string) => e.actions.includes(a);
  const quarterly = e.cycle.kind === "QUARTER";
  const title =
    e.cycle.kind === "QUARTER"
      ? t("detailTitleQuarter", { name: e.cadre.fullName, year: e.cycle.year, quarter: e.cycle.quarter })
      : e.cycle.kind === "TERM"
        ? t("detailTitleTerm", { name: e.cadre.fullName, year: e.cycle.year })
        : t("detailTitle", { name: e.cadre.fullName, year: e.cycle.year });
  const moves = e.actions.filter((a) => (STEP_MOVES as readonly string[]).includes(a));
  return (
    <>
      <PageHeader
        title={title}
        description={`${e.cadre.positionTitle} · ${e.cadre.unitName} · ${e.cycle.roundName}`}
        actions={
          <Link href={`/cadres/${e.cadre.id}/record`} className="text-sm text-brand-700 underline">
            {t("record")}
          </Link>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-2" data-testid="evaluation-status">
        <StatusBadge entity="evaluation" status={e.status} />
        {e.locked && <Badge tone="neutral">{t("locked")}</Badge>}
        {!e.cycle.councilRequired && <Badge tone="neutral">{t("noCouncil")}</Badge>}
        {e.cycle.dueDate && e.status === "SELF_ASSESSMENT" && (
          <span className="text-sm text-slate-700">{t("dueShown", { date: f.date(e.cycle.dueDate) })}</span>
        )}
      </div>
      {e.finalRating && (
        <div
          className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-950"
          data-testid="final-rating"
        >
          <p className="text-base font-semibold">{tr(e.finalRating)}</p>
          <p>
            {t("decisionRef", { number: e.decisionNumber ?? "", date: e.decisionDate ? f.date(e.decisionDate) : "" })}
            {e.decidedByName && ` · ${e.decidedByName}`}
          </p>
          {e.overrideReason && <p className="mt-1">{t("overrideShown", { reason: e.overrideReason })}</p>}
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {can("submitSelfAssessment") || can("submitForProposal") ? (
            <Card title={t("selfTitle")}>
              <SelfAssessmentForm evaluationId={e.id} version={e.version} tasks={e.tasks} quarterly={quarterly} />
            </Card>
          ) : (
            <Card title={t("tasks")}>
              <DataTable
                caption={t("tasks")}
                columns={[
                  { id: "task", header: t("task"), className: "min-w-48 sm:min-w-56" },
                  { id: "progress", header: t("progress"), align: "right", className: "whitespace-nowrap" },
                  ...(showFacts ? [{ id: "facts", header: trs("facts") }] : []),
                  { id: "self", header: t("selfColumn"), className: "min-w-56 text-sm" },
                  ...(e.cycle.councilRequired ? [{ id: "councilMean", header: t("councilMean"), align: "right" as const }] : []),
                ]}
                rows={e.tasks.map((task) => ({
                  id: task.id,
                  testId: "evaluation-task",
                  cells: {
                    task: (
                      <Link href={`/tasks/${task.id}`} className="text-brand-700 underline">
                        {task.code} · {task.title}
                      </Link>
                    ),
                    progress: task.progress !== null ? f.percent(task.progress) : "",
                    facts: task.fact ? <TaskFactBadge fact={task.fact} /> : "",
                    self: task.self ? (
                      <>
                        {tr(task.self.level)} · {f.number(task.self.score, 2)}
                        {task.self.achieved ? (
                          <dl className="mt-1 space-y-1 text-xs text-slate-700" data-testid="quarter-assessment">
                            <div>
                              <dt className="font-medium">{t("achieved")}</dt>
                              <dd>{task.self.achieved}</dd>
                            </div>
                            {task.self.objectiveCauses && (
                              <div>
                                <dt className="font-medium">{t("objectiveCauses")}</dt>
                                <dd>{task.self.objectiveCauses}</dd>
                              </div>
                            )}
                            {task.self.subjectiveCauses && (
                              <div>
                                <dt className="font-medium">{t("subjectiveCauses")}</dt>
                                <dd>{task.self.subjectiveCauses}</dd>
                              </div>
                            )}
                          </dl>
                        ) : (
                          <p className="text-xs text-slate-600">{task.self.justification}</p>
                        )}
                      </>
                    ) : (
                      ""
                    ),
                    councilMean: task.councilMean !== null ? f.number(task.councilMean, 2) : "",
                  },
                }))}
              />
              <p className="mt-2 text-xs text-slate-600">{t("progressMeasured")}</p>
              {e.selfRating && (
                <p className="mt-3 text-sm">
                  {t("selfRatingShown", { rating: tr(e.selfRating) })} {e.selfSummary && `— ${e.selfSummary}`}
                </p>
              )}
            </Card>
          )}
          {can("score") && e.mine && (
            <Card title={t("scoreTitle")}>
              <CouncilScoreForm evaluationId={e.id} tasks={e.tasks} criteria={e.cycle.criteria} scores={e.mine.scores} />
            </Card>
          )}
          {e.others && e.cycle.councilRequired && (
            <Card title={t("councilScores")}>
              <DataTable
                caption={t("councilScores")}
                columns={[
                  { id: "member", header: t("member"), className: "whitespace-nowrap" },
                  ...e.tasks.map((task) => ({ id: task.id, header: task.code, align: "right" as const })),
                ]}
                rows={e.others.map((m) => ({
                  id: m.name,
                  testId: "council-member-scores",
                  cells: {
                    member: (
                      <>
                        {m.name} {!m.submitted && <Badge tone="warning">{t("notSubmitted")}</Badge>}
                      </>
                    ),
                    ...Object.fromEntries(
                      e.tasks.map((task) => [task.id, m.byTask[task.id] != null ? f.number(m.byTask[task.id]!, 2) : "–"]),
                    ),
                  },
                }))}
              />
            </Card>
          )}
          {e.mine?.submitted && !e.others && <p className="text-sm text-slate-600">{t("submittedWait")}</p>}
          {e.mine && !e.mine.submitted && (
            <p className="text-sm text-slate-600" data-testid="independence">
              {t("independence")}
            </p>
          )}
        </div>
        <div className="min-w-0 space-y-6">
          {!e.cycle.councilRequired && e.ruleSet && (e.status === "PROPOSED" || e.status === "DECIDED") ? (
            <Card title={t("ruleProposalTitle")}>
              <div className="space-y-1 text-sm" data-testid="proposal">
                <p>{t("ruleSetShown", { name: t(`ruleSets.${e.ruleSet}`), version: e.ruleSetVersion ?? 1 })}</p>
                <p>{e.aggregateScore ? t("selfMeanShown", { score: f.number(e.aggregateScore, 2) }) : t("noScore")}</p>
                {e.proposedRating ? (
                  <p className="font-semibold">{tr(e.proposedRating)}</p>
                ) : (
                  e.status === "PROPOSED" && <p className="text-slate-700">{t("noProposal")}</p>
                )}
              </div>
              {explained && (
                <div className="mt-3 border-t border-slate-200 pt-3">
                  <h3 className="mb-2 text-sm font-semibold">{trs("title")}</h3>
                  <RatingConditions proposal={explained} preview={!e.proposal} />
                </div>
              )}
              {e.proposedRating && !e.proposal && <p className="mt-2 text-xs text-slate-600">{trs("legacy")}</p>}
            </Card>
          ) : (
            (e.aggregateScore || e.proposedRating || explained) && (
              <Card title={t("proposalTitle")}>
                <div className="space-y-1 text-sm" data-testid="proposal">
                  {e.aggregateScore && <p>{t("aggregateShown", { score: f.number(e.aggregateScore, 2) })}</p>}
                  {e.proposedRating && <p className="font-semibold">{tr(e.proposedRating)}</p>}
                  {e.proposalNote && <p className="text-slate-700">{e.proposalNote}</p>}
                </div>
                {explained && (
                  <div className="mt-3 border-t border-slate-200 pt-3">
                    <h3 className="mb-2 text-sm font-semibold">{trs("title")}</h3>
                    <RatingConditions proposal={explained} preview={!e.proposal} />
                  </div>
                )}
                {e.proposedRating && !e.proposal && e.status !== "SELF_ASSESSMENT" && (
                  <p className="mt-2 text-xs text-slate-600">{trs("legacy")}</p>
                )}
              </Card>
            )
          )}
          {beside && (
            <Card title={beside.kind === "QUARTER" ? t("quartersOfYear", { year: e.cycle.year }) : t("yearsOfTerm")}>
              <ul className="divide-y divide-slate-100 text-sm" data-testid="periods-beside">
                {beside.periods.map((p) => {
                  const label =
                    p.kind === "QUARTER" ? t("quarterN", { quarter: p.quarter, year: p.year }) : t("yearN", { year: p.year });
                  return (
                    <li
                      key={`${p.year}-${p.quarter}`}
                      className="flex flex-wrap items-center justify-between gap-2 py-2"
                      data-testid="period-beside"
                    >
                      {p.evaluationId ? (
                        <Link href={`/evaluations/${p.evaluationId}`} className="font-medium text-brand-700 underline">
                          {label}
                        </Link>
                      ) : (
                        <span className="font-medium text-slate-600">{label}</span>
                      )}
                      <span className="text-right">
                        {"status" in p ? (
                          p.finalRating ? (
                            <Badge tone="success">{tr(p.finalRating)}</Badge>
                          ) : (
                            <>
                              <span className="text-slate-700">{ts(p.status)}</span>
                              {p.proposedRating && (
                                <span className="block text-xs text-slate-600">
                                  {t("proposed")}: {tr(p.proposedRating)}
                                </span>
                              )}
                            </>
                          )
                        ) : (
                          <span className="text-slate-500">{t("notOpened")}</span>
                        )}
                      </span>
                    </li>
                  );
                })}
                <li
                  className="flex flex-wrap items-center justify-between gap-2 py-2 font-semibold"
                  data-testid="period-beside-self"
                >
                  <span>{e.cycle.kind === "TERM" ? t("termOf", { year: e.cycle.year }) : t("yearRating")}</span>
                  <span>
                    {e.finalRating
                      ? tr(e.finalRating)
                      : e.proposedRating
                        ? `${t("proposed")}: ${tr(e.proposedRating)}`
                        : ts(e.status)}
                  </span>
                </li>
              </ul>
            </Card>
          )}
          {can("finaliseProposal") && (
            <Card title={t("finaliseTitle")}>
              <FinaliseForm evaluationId={e.id} version={e.version} />
            </Card>
          )}
          {can("decide") && (
            <Card title={t("decideTitle")}>
              <DecideEvaluationForm evaluationId={e.id} version={e.version} proposedRating={e.proposedRating} today={today()} />
            </Card>
          )}
          {moves.length > 0 && (
            <Card title={t("moveTitle")}>
              <MoveEvaluationForm evaluationId={e.id} version={e.version} moves={moves} />
            </Card>
          )}
          {can("reopen") && (
            <Card title={t("reopenTitle")}>
              <ReopenForm evaluationId={e.id} version={e.version} />
            </Card>
          )}
          <Timeline events={e.timeline} />
        </div>
      </div>
    </>
  );
}
