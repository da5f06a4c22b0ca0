import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { listEvaluationCycles } from "@/lib/dal/evaluations/cycles";
import { listMyEvaluations } from "@/lib/dal/evaluations/record";
import { getFormatters } from "@/lib/i18n/server";
import { hasPermission } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluations"))("title") };
}

/** Year-end evaluations: the committees' cycles; a cadre's own record of years and ratings. */
export default async function EvaluationsPage() {
  const user = await requireUser();
  const role = user.active?.role;
  const [t, tr, ts, f] = await Promise.all([
    getTranslations("evaluations"),
    getTranslations("ratings"),
    getTranslations("status.evaluation"),
    getFormatters(),
  ]);
  if (hasPermission(role, "evaluation:self") && user.cadreId) {
    const mine = await listMyEvaluations();
    return (
      <>
        <PageHeader
          title={t("myTitle")}
          actions={
            <LinkButton href={`/cadres/${user.cadreId}/record`} variant="secondary">
              {t("record")}
            </LinkButton>
          }
        />
        <Card>
          {mine.length === 0 ? (
            <EmptyState>{t("none")}</EmptyState>
          ) : (
            <Table caption={t("myTitle")}>
              <thead>
                <tr>
                  <Th>{t("cycle")}</Th>
                  <Th>{t("status")}</Th>
                  <Th>{t("finalRating")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {mine.map((e) => (
                  <tr key={e.id} data-testid="my-evaluation">
                    <Td label={t("cycle")}>
                      <Link href={`/evaluations/${e.id}`} className="font-medium text-brand-700 underline">
                        {e.kind === "QUARTER"
                          ? t("quarterN", { quarter: e.quarter, year: e.year })
                          : e.kind === "TERM"
                            ? t("termOf", { year: e.year })
                            : t("yearN", { year: e.year })}{" "}
                        · {e.roundName}
                      </Link>
                    </Td>
                    <Td label={t("status")}>
                      <StatusBadge entity="evaluation" status={e.status} />
                    </Td>
                    <Td label={t("finalRating")}>{e.finalRating ? tr(e.finalRating) : ""}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </>
    );
  }
  if (!hasPermission(role, "evaluation:manage") && !hasPermission(role, "evaluation:decide")) forbidden();
  const cycles = await listEvaluationCycles();
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          hasPermission(role, "evaluation:manage") ? <LinkButton href="/evaluations/new">{t("openTitle")}</LinkButton> : undefined
        }
      />
      <Card>
        {cycles.length === 0 ? (
          <EmptyState>{t("noCycles")}</EmptyState>
        ) : (
          <Table caption={t("title")}>
            <thead>
              <tr>
                <Th>{t("cycle")}</Th>
                <Th className="text-right">{t("cadres")}</Th>
                <Th>{t("progress")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {cycles.map((c) => (
                <tr key={c.id} data-testid="cycle-row">
                  <Td label={t("cycle")}>
                    <Link href={`/evaluations/cycles/${c.id}`} className="font-medium text-brand-700 underline">
                      {c.kind === "QUARTER"
                        ? t("quarterN", { quarter: c.quarter, year: c.year })
                        : c.kind === "TERM"
                          ? t("termOf", { year: c.year })
                          : t("yearN", { year: c.year })}{" "}
                      · {c.roundName}
                    </Link>
                    {(c.dueDate || !c.councilRequired) && (
                      <div className="text-xs text-slate-600">
                        {[
                          c.dueDate ? t("dueShown", { date: f.date(c.dueDate) }) : null,
                          c.councilRequired ? null : t("noCouncil"),
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </div>
                    )}
                  </Td>
                  <Td label={t("cadres")} className="text-right tabular-nums">
                    {f.number(c.total)}
                  </Td>
                  <Td label={t("progress")} className="text-sm">
                    {Object.entries(c.counts)
                      .map(([status, n]) => `${ts(status)}: ${f.number(n)}`)
                      .join(" · ")}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
