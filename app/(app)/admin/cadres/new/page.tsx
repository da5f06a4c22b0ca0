import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listUnitOptions } from "@/lib/dal/admin/units";
import { CadreForm } from "../../_components/cadre-form";

export default async function NewCadrePage() {
  await requirePagePermission("admin:cadres");
  const [units, t] = await Promise.all([listUnitOptions(), getTranslations("admin.cadres")]);
  return (
    <>
      <PageHeader title={t("new")} />
      <Card>
        <CadreForm units={units} />
      </Card>
    </>
  );
}
