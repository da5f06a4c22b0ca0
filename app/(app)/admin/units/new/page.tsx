import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listUnitOptions } from "@/lib/dal/admin/units";
import { UnitForm } from "../../_components/unit-form";

export default async function NewUnitPage() {
  await requirePagePermission("admin:units");
  const [units, t] = await Promise.all([listUnitOptions(), getTranslations("admin.units")]);
  return (
    <>
      <PageHeader title={t("new")} />
      <Card>
        <UnitForm units={units} />
      </Card>
    </>
  );
}
