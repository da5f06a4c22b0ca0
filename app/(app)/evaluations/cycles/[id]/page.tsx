import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { getCycle, listMissingFromCycle } from "@/lib/dal/evaluations/cycles";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { hasPermission } from "@/lib/permissions";
import { AddToCycleForm } from "../../_components/evaluation-forms";

export default async function CyclePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const cycle = await orNotFound(getCycle(id));
  // Only the committee that opened the cycle adds to it; the standing committee sees the cycle without this.
  const missing =
    cycle.open && hasPermission(user.active?.role, "evaluation:manage") && user.active?.unitId === cycle.assigningBodyId
      ? await listMissingFromCycle(cycle.id)
      : null;
  const [t, tr, te, f] = await Promise.all([
    getTranslations("evaluations"),
    getTranslations("ratings"),
    getTranslations("exports"),
    getFormatters(),
  ]);
  return (
    <>
      <PageHeader
        title={`${
          cycle.kind === "QUARTER"
            ? t("quarterN", { quarter: cycle.quarter, year: cycle.year })
            : cycle.kind === "TERM"
              ? t("termOf", { year: cycle.year })
              : t("yearN", { year: cycle.year })
        } · ${cycle.roundName}`}
        description={[
          cycle.councilRequired
            ? `${t("council")}: ${cycle.members.join(", ")} · ${cycle.criteria.map((c) => `${c.name} ${f.percent(c.weight)}`).join(", ")}`
            : t("noCouncil"),
          cycle.dueDate ? t("dueShown", { date: f.date(cycle.dueDate) }) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          <>
            {hasPermission(user.active?.role, "export:download") && (
              <a href={`/api/exports/ratings/${cycle.id}`} download className={buttonClass("secondary")}>
                {te("ratingSummary", { year: cycle.year })}
              </a>
            )}
            {hasPermission(user.active?.role, "evaluation:manage") && cycle.kind === "YEAR" && (
              <LinkButton href={`/evaluations/carry-over?roundId=${cycle.roundId}&year=${cycle.year}`} variant="secondary">
                {t("carryTitle")}
              </LinkButton>
            )}
          </>
        }
      />
      <Card>
        <Table caption={t("cadres")}>
          <thead>
            <tr>
              <Th>{t("cadre")}</Th>
              <Th>{t("status")}</Th>
              <Th className="text-right">{t("scoredBy")}</Th>
              <Th className="text-right">{t("aggregate")}</Th>
              <Th>{t("proposed")}</Th>
              <Th>{t("finalRating")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {cycle.evaluations.map((e) => (
              <tr key={e.id} data-testid="cycle-evaluation">
                <Td label={t("cadre")}>
                  <Link href={`/evaluations/${e.id}`} className="font-medium text-brand-700 underline">
                    {e.cadreName}
                  </Link>
                  <div className="text-xs text-slate-600">{e.unitName}</div>
                </Td>
                <Td label={t("status")}>
                  <StatusBadge entity="evaluation" status={e.status} />
                </Td>
                <Td label={t("scoredBy")} className="text-right tabular-nums">
                  {f.number(e.scoredBy)}
                </Td>
                <Td label={t("aggregate")} className="text-right tabular-nums">
                  {e.aggregateScore ? f.number(e.aggregateScore, 2) : ""}
                </Td>
                <Td label={t("proposed")}>{e.proposedRating ? tr(e.proposedRating) : ""}</Td>
                <Td label={t("finalRating")}>{e.finalRating ? tr(e.finalRating) : ""}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      {missing && (
        <Card title={t("missingTitle")} className="mt-6">
          <p className="mb-3 text-sm text-slate-600">{t("missingIntro")}</p>
          {missing.total === 0 ? (
            <p className="text-sm text-slate-700" data-testid="missing-none">
              {t("missingNone")}
            </p>
          ) : (
            <>
              <Table caption={t("missingTitle")}>
                <thead>
                  <tr>
                    <Th>{t("task")}</Th>
                    <Th>{t("cadre")}</Th>
                    <Th>{t("missingReason")}</Th>
                    <Th>
                      <span className="sr-only">{t("addTask")}</span>
                    </Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {missing.items.map((task) => (
                    <tr key={task.id} data-testid="missing-task">
                      <Td label={t("task")}>
                        <Link href={`/tasks/${task.id}`} className="text-brand-700 underline">
                          {task.code} · {task.title}
                        </Link>
                      </Td>
                      <Td label={t("cadre")}>
                        {task.cadreName}
                        <div className="text-xs text-slate-600">{task.unitName}</div>
                      </Td>
                      <Td label={t("missingReason")} className="text-sm">
                        {task.evaluation ? t("missingNotAssessed") : t("missingNoEvaluation")}
                      </Td>
                      <Td label="">
                        <AddToCycleForm
                          cycleId={cycle.id}
                          taskId={task.id}
                          label={task.evaluation ? t("addTask") : t("addCadre")}
                        />
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              {missing.total > missing.items.length && (
                <p className="mt-2 text-sm text-slate-600">
                  {t("missingMore", { shown: missing.items.length, total: missing.total })}
                </p>
              )}
            </>
          )}
        </Card>
      )}
    </>
  );
}
