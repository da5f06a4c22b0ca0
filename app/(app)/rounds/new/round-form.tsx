"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { UnitField } from "@/components/forms/unit-picker";
import { LinkButton } from "@/components/ui/button";
import { initialActionState } from "@/lib/actions/state";
import { RULE_SET_IDS } from "@/lib/domain/rating-rules";
import { CADRE_GROUPS } from "@/lib/validation/kinds";
import { createRoundAction } from "../actions";
import { CreateRoundSchema } from "@/lib/validation/registration";
import { toUnitList } from "@/lib/units/unit-list";

export function RoundForm({
  bodies,
  defaultYear,
}: {
  bodies: { id: string; name: string; parentId: string | null }[];
  defaultYear: number;
}) {
  const t = useTranslations("rounds");
  const tp = useTranslations("periodKinds");
  const tg = useTranslations("cadreGroups");
  const tc = useTranslations("common");
  const trs = useTranslations("ruleSets");
  const [state, action] = useActionState(createRoundAction, initialActionState);
  const chosenGroups = state.values?.cadreGroups;
  const isChosen = (g: string) =>
    chosenGroups === undefined ? true : Array.isArray(chosenGroups) ? chosenGroups.includes(g) : chosenGroups === g;
  const groupErrors = state.fieldErrors?.cadreGroups;
  return (
    <form action={action} className="max-w-2xl space-y-4">
      <FormMessage state={state} />
      <TextField
        schema={CreateRoundSchema}
        name="name"
        label={t("name")}
        state={state}
        required
        defaultValue={`Đăng ký việc đột phá, đổi mới năm ${defaultYear}`}
      />
      <UnitField
        name="assigningBodyId"
        label={t("assigningBody")}
        state={state}
        required
        units={toUnitList(bodies)}
        defaultValue={bodies[0]?.id}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          name="periodKind"
          label={t("periodKind")}
          state={state}
          required
          defaultValue="YEAR"
          options={(["YEAR", "TERM"] as const).map((k) => ({ value: k, label: tp(k) }))}
        />
        <TextField
          schema={CreateRoundSchema}
          name="startYear"
          type="number"
          label={t("startYear")}
          state={state}
          required
          defaultValue={String(defaultYear)}
        />
        <TextField
          schema={CreateRoundSchema}
          name="endYear"
          type="number"
          label={t("endYear")}
          state={state}
          defaultValue={String(defaultYear)}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          schema={CreateRoundSchema}
          name="registrationDeadline"
          type="date"
          label={t("deadline")}
          state={state}
          required
        />
        <TextField
          schema={CreateRoundSchema}
          name="minTasksPerCadre"
          type="number"
          label={t("minTasks")}
          state={state}
          required
          defaultValue="1"
        />
        <TextField
          schema={CreateRoundSchema}
          name="maxTasksPerCadre"
          type="number"
          label={t("maxTasks")}
          state={state}
          required
          defaultValue="5"
        />
      </div>
      <SelectField
        name="ratingRuleSet"
        label={t("ruleSet")}
        hint={t("ruleSetHint")}
        state={state}
        required
        defaultValue="QD366_2025"
        options={RULE_SET_IDS.map((r) => ({ value: r, label: trs(r) }))}
      />
      <fieldset aria-describedby={groupErrors ? "cadreGroups-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("groups")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {CADRE_GROUPS.map((g) => (
            <label key={`${g}:${isChosen(g)}`} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="cadreGroups" value={g} defaultChecked={isChosen(g)} className="h-4 w-4" />
              {tg(g)}
            </label>
          ))}
        </div>
        {groupErrors && (
          <p id="cadreGroups-error" className="mt-1 text-sm text-red-700">
            {groupErrors.join(" ")}
          </p>
        )}
      </fieldset>
      <div className="flex gap-2">
        <SubmitButton pendingLabel={tc("saving")}>{tc("create")}</SubmitButton>
        <LinkButton href="/rounds" variant="secondary">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
