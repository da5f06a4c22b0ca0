import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { listOutbox } from "@/lib/dal/read-models/outbox";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { PageQuerySchema, readQuery } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

/** The e-mail the application wrote: sent through SMTP when configured, otherwise kept here to read. */
export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("admin:outbox");
  const { page } = readQuery(PageQuerySchema, await searchParams);
  const [mail, t, f] = await Promise.all([orNotFound(listOutbox(page)), getTranslations("outbox"), getFormatters()]);
  const tone = { PENDING: "warning", SENT: "success", FAILED: "danger" } as const;
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <p className="mb-4 text-sm text-slate-600" data-testid="outbox">
        {process.env.SMTP_URL ? t("smtpOn") : t("smtpOff")}
      </p>
      <Card>
        {mail.total === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <Table caption={t("title")}>
            <thead>
              <tr>
                <Th>{t("createdAt")}</Th>
                <Th>{t("to")}</Th>
                <Th>{t("message")}</Th>
                <Th>{t("status")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {mail.items.map((m) => (
                <tr key={m.id} data-testid="outbox-row">
                  <Td label={t("createdAt")} className="whitespace-nowrap">
                    {f.dateTime(m.createdAt)}
                  </Td>
                  <Td label={t("to")}>{m.to}</Td>
                  <Td label={t("message")} className="sm:min-w-80">
                    <div className="font-medium">{m.subject}</div>
                    <p className="whitespace-pre-line text-xs text-slate-600">{m.body}</p>
                    {m.error && <p className="text-xs text-red-700">{m.error}</p>}
                  </Td>
                  <Td label={t("status")}>
                    <Badge tone={tone[m.status]}>{t(`states.${m.status}`)}</Badge>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={mail.page} pageCount={mail.pageCount} total={mail.total} size={mail.size} />
      </Card>
    </>
  );
}
