import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { IMPORT_LIMITS } from "@/lib/import/parse";
import { ImportForm } from "./_components/import-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

/** Units, cadres and accounts from a spreadsheet: the template, the upload, the preview and the commit. */
export default async function ImportPage() {
  // Importing writes all three kinds; the data layer checks the other two permissions on every call.
  await requirePagePermission("admin:users");
  await requirePagePermission("admin:units");
  await requirePagePermission("admin:cadres");
  const t = await getTranslations("import");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          // A file to save: a plain link, not a client-side navigation.
          <a href="/api/admin/import-template" className={buttonClass("secondary")} data-testid="import-template" download>
            {t("template")}
          </a>
        }
      />
      <Card>
        <ImportForm maxMb={IMPORT_LIMITS.maxBytes / 1024 / 1024} maxRows={IMPORT_LIMITS.maxRows} />
      </Card>
    </>
  );
}
