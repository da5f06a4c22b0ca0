import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/session";

export default async function NoRolePage() {
  await requireUser();
  const t = await getTranslations("noRole");
  return (
    <>
      <PageHeader title={t("title")} />
      <EmptyState>{t("body")}</EmptyState>
    </>
  );
}
