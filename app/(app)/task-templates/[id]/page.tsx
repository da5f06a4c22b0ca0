import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getTaskTemplate } from "@/lib/dal/decisions/templates";
import { orNotFound } from "@/lib/page-helpers";
import { TemplateForm } from "../_components/template-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("templates"))("edit") };
}

export default async function EditTaskTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("template:manage");
  const { id } = await params;
  const [template, t] = await Promise.all([orNotFound(getTaskTemplate(id)), getTranslations("templates")]);
  return (
    <>
      <PageHeader title={t("edit")} description={template.title} />
      <Card>
        <TemplateForm
          id={template.id}
          version={template.version}
          defaultValues={{
            title: template.title,
            field: template.field,
            breakthroughKind: template.breakthroughKind,
            objectives: template.objectives,
            plan: template.plan,
            expectedProduct: template.expectedProduct,
            targets: template.targets.map((x) => ({
              indicator: x.indicator,
              unitOfMeasure: x.unitOfMeasure,
              direction: x.direction,
              baseline: x.baseline ?? "",
              targetValue: x.targetValue,
              deadlineMonths: String(x.deadlineMonths),
            })),
            milestones: template.milestones.map((m) => ({ description: m.description, offsetMonths: String(m.offsetMonths) })),
          }}
        />
      </Card>
    </>
  );
}
