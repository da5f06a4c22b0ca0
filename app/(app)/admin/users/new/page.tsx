import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listLinkableCadres, listUnitOptions } from "@/lib/dal/admin";
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
