import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader, Stat } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getAdminOverview } from "@/lib/dal/admin/overview";
import { getFormatters } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home.admin"))("title") };
}

export default async function AdminHomePage() {
  await requirePagePermission("admin:users");
  const [overview, t, tn, f] = await Promise.all([
    getAdminOverview(),
    getTranslations("home.admin"),
    getTranslations("nav"),
    getFormatters(),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          <>
            <LinkButton href="/admin/units" variant="secondary">
              {tn("units")}
            </LinkButton>
            <LinkButton href="/admin/cadres" variant="secondary">
              {tn("cadres")}
            </LinkButton>
            <LinkButton href="/admin/import" variant="secondary">
              {tn("import")}
            </LinkButton>
            <LinkButton href="/admin/users">{tn("users")}</LinkButton>
          </>
        }
      />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="admin-overview">
        <Stat label={t("units")} value={f.number(overview.units)} href="/admin/units" />
        <Stat label={t("cadres")} value={f.number(overview.cadres)} href="/admin/cadres" />
        <Stat label={t("users")} value={f.number(overview.users)} href="/admin/users" />
        <Stat label={t("locked")} value={f.number(overview.lockedUsers)} href="/admin/users" />
      </div>
    </>
  );
}
