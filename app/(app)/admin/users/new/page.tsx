import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listLinkableCadres } from "@/lib/dal/admin/cadres";
import { listUnitOptions } from "@/lib/dal/admin/units";
import { CreateUserForm } from "../../_components/user-forms";

export default async function NewUserPage() {
  await requirePagePermission("admin:users");
  const [units, cadres, t] = await Promise.all([listUnitOptions(), listLinkableCadres(), getTranslations("admin.users")]);
  return (
    <>
      <PageHeader title={t("new")} />
      <Card>
        <CreateUserForm units={units} cadres={cadres} />
      </Card>
    </>
  );
}
