"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ImportFlow } from "@/app/(app)/_components/import-flow";
import { maxLengthOf } from "@/lib/validation/limits";
import { DecisionImportSchema } from "@/lib/validation/decision-import";
import { DecisionFields } from "../../_components/decision-fields";
import { commitDecisionImportAction, previewDecisionImportAction } from "../actions";
import type { DecisionImportView } from "./view";

/**
 * A decision's task list on the one import flow: the decision's fields above the file, a line naming what will
 * be assigned above the rows. Changing the decision asks for a new preview; the commit goes to the batch's page.
 */
export function DecisionImportForm({
  templateId,
  templateVersion,
  roundId,
  supervisors,
  maxMb,
}: {
  templateId: string;
  templateVersion: number;
  roundId: string;
  supervisors: { id: string; fullName: string; unitName: string }[];
  maxMb: number;
}) {
  const t = useTranslations("decisionImport");
  const tb = useTranslations("bulkAssign");
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(new Date(iso), { day: "2-digit", month: "2-digit", year: "numeric" });

  return (
    <ImportFlow<DecisionImportView>
      name="decision-import"
      words={{
        commit: t("commit"),
        commitDisabled: t("commitDisabled"),
        committing: (rows) => t("committing", { rows }),
        rowsRegion: t("rowsRegion"),
        outcome: (outcome) => t(`outcomes.${outcome}`),
      }}
      previewAction={previewDecisionImportAction}
      commitAction={commitDecisionImportAction}
      fileHint={t("templateHintSize", { mb: maxMb })}
      resultTestId="decision-import-result"
      columns={{ sheet: false, key: t("cadreCode"), label: tb("cadre") }}
      fields={(errorOf) => (
        <>
          <input type="hidden" name="templateId" value={templateId} />
          <input type="hidden" name="templateVersion" value={templateVersion} />
          <input type="hidden" name="roundId" value={roundId} />
          <DecisionFields
            idPrefix="di"
            supervisors={supervisors}
            numberMaxLength={maxLengthOf(DecisionImportSchema, "decisionNumber")}
            errorOf={errorOf}
          />
        </>
      )}
      summary={(view) => (
        <>
          {view.total > 0 && !view.alreadyAssigned && (
            <p className="text-sm text-slate-800" data-testid="decision-import-summary">
              {t("decisionLine", {
                count: format.number(view.counts.create + view.counts.unchanged),
                title: view.templateTitle,
                number: view.decisionNumber,
                date: day(view.decisionDate),
              })}{" "}
              {view.counts.refused > 0 && (
                <strong className="text-red-800">{t("refusedCount", { count: format.number(view.counts.refused) })}</strong>
              )}
            </p>
          )}
          {view.alreadyAssigned && (
            <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="decision-import-already">
              {t("alreadyAssigned", { number: view.decisionNumber, date: day(view.decisionDate) })}
            </p>
          )}
        </>
      )}
    />
  );
}
