"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SelectField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { RULE_SET_IDS, type RuleSetId } from "@/lib/domain/rating-rules";
import { setRoundRuleSetAction } from "../actions";

/** The round's rating rules, changeable by its organisation committee until an evaluation is decided. */
export function RuleSetForm({ id, version, ruleSet }: { id: string; version: number; ruleSet: RuleSetId }) {
  const t = useTranslations("rounds");
  const trs = useTranslations("ruleSets");
  const [state, action] = useActionState(setRoundRuleSetAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-end" data-testid="rule-set-form">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="sm:min-w-80">
        <SelectField
          name="ratingRuleSet"
          label={t("ruleSet")}
          state={state}
          required
          defaultValue={ruleSet}
          options={RULE_SET_IDS.map((r) => ({ value: r, label: trs(r) }))}
        />
      </div>
      <SubmitButton variant="secondary">{t("ruleSetSave")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
