import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { listAssigningBodies } from "@/lib/dal/registrations/rounds";
import { vietnamYear } from "@/lib/domain/quarters";
import { RoundForm } from "./round-form";

export default async function NewRoundPage() {
  await requirePagePermission("round:manage");
  const [bodies, t] = await Promise.all([listAssigningBodies(), getTranslations("rounds")]);
  return (
    <>
      <PageHeader title={t("new")} />
      <Card>
        <RoundForm bodies={bodies} defaultYear={vietnamYear(new Date()) + 1} />
      </Card>
    </>
  );
}
