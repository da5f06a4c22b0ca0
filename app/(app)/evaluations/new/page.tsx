import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getCycleOptions } from "@/lib/dal/evaluations/cycles";
import { quarterOf } from "@/lib/domain/quarters";
import { OpenCycleForm } from "../_components/evaluation-forms";

/** The year being closed: this year from October on, otherwise last year. */
function yearToEvaluate() {
  const q = quarterOf(new Date());
  return q.quarter === 4 ? q.year : q.year - 1;
}

export default async function OpenCyclePage() {
  await requirePagePermission("evaluation:manage");
  const [options, t] = await Promise.all([getCycleOptions(), getTranslations("evaluations")]);
  return (
    <>
      <PageHeader title={t("openTitle")} description={t("openIntro")} />
      <Card>
        <OpenCycleForm
          rounds={options.rounds}
          councilUsers={options.councilUsers}
          defaultYear={yearToEvaluate()}
          defaultQuarter={quarterOf(new Date())}
        />
      </Card>
    </>
  );
}
