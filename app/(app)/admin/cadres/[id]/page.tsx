import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getCadre } from "@/lib/dal/admin/cadres";
import { listUnitOptions } from "@/lib/dal/admin/units";
import { orNotFound } from "@/lib/page-helpers";
import { setCadreActiveAction } from "../../actions";
import { ActiveToggle } from "../../_components/active-toggle";
import { CadreForm } from "../../_components/cadre-form";

export default async function EditCadrePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("admin:cadres");
  const { id } = await params;
  const [cadre, units, t, tc] = await Promise.all([
    orNotFound(getCadre(id)),
    listUnitOptions(),
    getTranslations("admin.cadres"),
    getTranslations("common"),
  ]);
  return (
    <>
      <PageHeader title={t("editTitle")} description={`${cadre.fullName} · ${cadre.positionTitle}`} />
      {cadre.writable ? (
        <div className="grid gap-6 lg:grid-cols-3">
          <Card className="lg:col-span-2">
            <CadreForm cadre={cadre} units={units} />
          </Card>
          <Card title={cadre.active ? tc("active") : tc("inactive")}>
            <ActiveToggle action={setCadreActiveAction} id={cadre.id} version={cadre.version} active={cadre.active} />
          </Card>
        </div>
      ) : (
        <Card>
          <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="cadre-read-only">
            {t("readOnly", { body: cadre.managedByName })}
          </p>
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            <dt className="text-slate-600">{t("unit")}</dt>
            <dd>{cadre.unitName}</dd>
            <dt className="text-slate-600">{t("managedBy")}</dt>
            <dd>{cadre.managedByName}</dd>
          </dl>
        </Card>
      )}
    </>
  );
}
