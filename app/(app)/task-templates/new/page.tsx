import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { TemplateForm } from "../_components/template-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("templates"))("new") };
}

export default async function NewTaskTemplatePage() {
  await requirePagePermission("template:manage");
  const t = await getTranslations("templates");
  return (
    <>
      <PageHeader title={t("new")} description={t("intro")} />
      <Card>
        <TemplateForm
          defaultValues={{
            title: "",
            field: "" as never,
            breakthroughKind: "" as never,
            objectives: "",
            plan: "",
            expectedProduct: "",
            targets: [
              { indicator: "", unitOfMeasure: "", direction: "INCREASE", baseline: "", targetValue: "", deadlineMonths: "12" },
            ],
            milestones: [],
          }}
        />
      </Card>
    </>
  );
}
