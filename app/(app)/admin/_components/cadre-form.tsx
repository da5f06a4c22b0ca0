"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { LinkButton } from "@/components/ui/button";
import { initialActionState } from "@/lib/actions/state";
import type { CadreRow } from "@/lib/dal/admin/cadres";
import type { UnitOption } from "@/lib/dal/admin/units";
import { CADRE_GROUPS } from "@/lib/validation/kinds";
import { createCadreAction, updateCadreAction } from "../actions";
import { UnitField } from "@/components/forms/unit-picker";
import { CadreSchema } from "@/lib/validation/admin";
import { toUnitList } from "@/lib/units/unit-list";

export function CadreForm({ cadre, units }: { cadre?: CadreRow; units: UnitOption[] }) {
  const t = useTranslations("admin.cadres");
  const tg = useTranslations("cadreGroups");
  const tc = useTranslations("common");
  const [state, action] = useActionState(cadre ? updateCadreAction : createCadreAction, initialActionState);
  return (
    <form action={action} className="max-w-2xl space-y-4">
      <FormMessage state={state} />
      {cadre && (
        <>
          <input type="hidden" name="id" value={cadre.id} />
          <input type="hidden" name="version" value={cadre.version} />
        </>
      )}
      <TextField
        schema={CadreSchema}
        name="fullName"
        label={t("fullName")}
        state={state}
        defaultValue={cadre?.fullName}
        required
      />
      <TextField
        schema={CadreSchema}
        name="positionTitle"
        label={t("positionTitle")}
        state={state}
        defaultValue={cadre?.positionTitle}
        required
      />
      <UnitField name="unitId" label={t("unit")} state={state} defaultValue={cadre?.unitId} required units={toUnitList(units)} />
      <SelectField
        name="managedById"
        label={t("managedBy")}
        state={state}
        defaultValue={cadre?.managedById}
        placeholder=""
        required
        options={units.filter((u) => u.isAssigningBody).map((u) => ({ value: u.id, label: u.name }))}
      />
      <SelectField
        name="group"
        label={t("group")}
        state={state}
        defaultValue={cadre?.group}
        placeholder=""
        required
        options={CADRE_GROUPS.map((g) => ({ value: g, label: tg(g) }))}
      />
      <div className="flex gap-2">
        <SubmitButton pendingLabel={tc("saving")}>{tc("save")}</SubmitButton>
        <LinkButton href="/admin/cadres" variant="secondary">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
