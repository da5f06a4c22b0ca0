import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getUnit, listUnitOptions } from "@/lib/dal/admin/units";
import { orNotFound } from "@/lib/page-helpers";
import { setUnitActiveAction } from "../../actions";
import { ActiveToggle } from "../../_components/active-toggle";
import { UnitForm } from "../../_components/unit-form";

export default async function EditUnitPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("admin:units");
  const { id } = await params;
  const [unit, units, t, tc] = await Promise.all([
    orNotFound(getUnit(id)),
    listUnitOptions(),
    getTranslations("admin.units"),
    getTranslations("common"),
  ]);
  return (
    <>
      <PageHeader title={t("editTitle")} description={unit.name} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <UnitForm unit={unit} units={units} />
        </Card>
        <Card title={unit.active ? tc("active") : tc("inactive")}>
          <ActiveToggle action={setUnitActiveAction} id={unit.id} version={unit.version} active={unit.active} />
        </Card>
      </div>
    </>
  );
}
