import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getRoundCadre } from "@/lib/dal/registrations/rounds";
import { addVietnamDays } from "@/lib/domain/quarters";
import { toDateInputValue } from "@/lib/i18n/format";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { ExtensionForm } from "./extension-form";
import { CadreQuerySchema, readQuery } from "@/lib/validation/query";

/** A week after the later of today and the cadre's current deadline. */
function suggestedUntil(deadline: Date): string {
  return toDateInputValue(addVietnamDays(new Date(Math.max(Date.now(), deadline.getTime())), 7));
}

/** The organisation committee reopens registration for one cadre of its round. */
export default async function ExtensionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("round:manage");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { cadreId } = readQuery(CadreQuerySchema, query);
  const [data, t, f] = await Promise.all([
    orNotFound(getRoundCadre(id, cadreId ?? "")),
    getTranslations("rounds.extension"),
    getFormatters(),
  ]);
  return (
    <>
      <PageHeader
        title={t("pageTitle")}
        description={`${data.cadre.fullName} · ${data.cadre.positionTitle} · ${data.round.name}`}
      />
      <Card>
        <p className="mb-4 text-sm text-slate-700">{t("current", { date: f.date(data.deadline) })}</p>
        <ExtensionForm roundId={data.round.id} cadreId={data.cadre.id} defaultUntil={suggestedUntil(data.deadline)} />
      </Card>
    </>
  );
}
