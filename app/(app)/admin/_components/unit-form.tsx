"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxField, FormMessage, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { LinkButton } from "@/components/ui/button";
import { initialActionState } from "@/lib/actions/state";
import type { UnitOption, UnitRow } from "@/lib/dal/admin/units";
import { UNIT_KINDS } from "@/lib/validation/kinds";
import { createUnitAction, updateUnitAction } from "../actions";
import { UnitField } from "@/components/forms/unit-picker";
import { UnitSchema } from "@/lib/validation/admin";
import { toUnitList } from "@/lib/units/unit-list";

export function UnitForm({ unit, units }: { unit?: UnitRow; units: UnitOption[] }) {
  const t = useTranslations("admin.units");
  const tk = useTranslations("unitKinds");
  const tc = useTranslations("common");
  const [state, action] = useActionState(unit ? updateUnitAction : createUnitAction, initialActionState);
  // A unit cannot become its own parent; the server also refuses moving it under its own subtree.
  const parents = units.filter((u) => u.id !== unit?.id);
  // The root of the tree, or of the admin's scope, has no parent to choose among.
  const canChooseParent = !unit || parents.some((u) => u.id === unit.parentId);
  return (
    <form action={action} className="max-w-2xl space-y-4">
      <FormMessage state={state} />
      {unit && (
        <>
          <input type="hidden" name="id" value={unit.id} />
          <input type="hidden" name="version" value={unit.version} />
        </>
      )}
      <TextField schema={UnitSchema} name="name" label={t("name")} state={state} defaultValue={unit?.name} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField schema={UnitSchema} name="code" label={t("code")} state={state} defaultValue={unit?.code} required />
        <SelectField
          name="kind"
          label={t("kind")}
          state={state}
          defaultValue={unit?.kind}
          placeholder=""
          required
          options={UNIT_KINDS.map((k) => ({ value: k, label: tk(k) }))}
        />
      </div>
      {canChooseParent && (
        <UnitField
          name="parentId"
          label={t("parent")}
          state={state}
          defaultValue={unit?.parentId}
          required
          units={toUnitList(parents)}
        />
      )}
      <CheckboxField name="isAssigningBody" label={t("isAssigningBody")} state={state} defaultChecked={unit?.isAssigningBody} />
      <div className="flex gap-2">
        <SubmitButton pendingLabel={tc("saving")}>{tc("save")}</SubmitButton>
        <LinkButton href="/admin/units" variant="secondary">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
