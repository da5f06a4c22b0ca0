import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { getRoundProgress } from "@/lib/dal/registrations/rounds";
import { allowedActions, roundLifecycle } from "@/lib/domain/lifecycle";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { RoundStatusForm } from "./round-status-form";
import { RuleSetForm } from "./rule-set-form";

export default async function RoundPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("round:manage");
  const { id } = await params;
  const [progress, t, tp, trs, f] = await Promise.all([
    orNotFound(getRoundProgress(id)),
    getTranslations("rounds"),
    getTranslations("periodKinds"),
    getTranslations("ruleSets"),
    getFormatters(),
  ]);
  const { round } = progress;
  const cadres = progress.units.flatMap((u) => u.cadres);
  const submitted = cadres.filter((c) => c.status && c.status !== "DRAFT" && c.status !== "WITHDRAWN").length;
  const late = cadres.filter((c) => c.isLate).length;
  const actions = allowedActions(roundLifecycle, round.status, actor.role);
  return (
    <>
      <PageHeader
        title={round.name}
        description={`${round.assigningBodyName} · ${tp(round.periodKind)} ${t("period", { start: round.startYear, end: round.endYear })} · ${t("deadline")}: ${f.date(round.registrationDeadline)}`}
        actions={<RoundStatusForm id={round.id} version={round.version} actions={actions} />}
      />
      <div className="mb-6">
        <StatusBadge entity="round" status={round.status} />
      </div>
      <div className="mb-6" data-testid="round-rule-set">
        {round.ruleSetLocked ? (
          <p className="text-sm">
            <span className="font-medium">{t("ruleSet")}:</span> {trs(round.ratingRuleSet)}
            <span className="block text-xs text-slate-600">{t("ruleSetLocked")}</span>
          </p>
        ) : (
          <RuleSetForm id={round.id} version={round.version} ruleSet={round.ratingRuleSet} />
        )}
      </div>
      <div className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="round-progress-stats">
        <Stat label={t("cadre")} value={f.number(cadres.length)} />
        <Stat label={t("registrations")} value={f.number(submitted)} />
        <Stat label={t("notRegistered")} value={f.number(cadres.length - submitted)} />
        <Stat label={t("late")} value={f.number(late)} />
      </div>
      <div className="space-y-6">
        {progress.units.map((unit) => (
          <Card key={unit.unitId} title={unit.unitName}>
            <Table caption={unit.unitName}>
              <thead>
                <tr>
                  <Th>{t("cadre")}</Th>
                  <Th>{t("status")}</Th>
                  {progress.canExtend && <Th>{t("extension.title")}</Th>}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {unit.cadres.map((c) => (
                  <tr key={c.id} data-testid="round-cadre">
                    <Td label={t("cadre")} className="sm:min-w-64">
                      {c.registrationId ? (
                        <Link href={`/registrations/${c.registrationId}`} className="font-medium hover:underline">
                          {c.fullName}
                        </Link>
                      ) : (
                        <span className="font-medium">{c.fullName}</span>
                      )}
                      <div className="text-xs text-slate-600">{c.positionTitle}</div>
                    </Td>
                    <Td label={t("status")}>
                      <span className="flex flex-wrap gap-1">
                        {c.status ? <StatusBadge entity="registration" status={c.status} /> : <Badge>{t("notRegistered")}</Badge>}
                        {c.isLate && <Badge tone="danger">{t("late")}</Badge>}
                        {c.extensionUntil && <Badge tone="info">{t("extendedUntil", { date: f.date(c.extensionUntil) })}</Badge>}
                      </span>
                    </Td>
                    {progress.canExtend && (
                      <Td label={t("extension.title")}>
                        {(!c.status || c.status === "DRAFT" || c.status === "RETURNED") && (
                          <Link href={`/rounds/${round.id}/extend?cadreId=${c.id}`} className="text-sm text-brand-700 underline">
                            {t("extension.action")}
                          </Link>
                        )}
                      </Td>
                    )}
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>
        ))}
      </div>
    </>
  );
}
