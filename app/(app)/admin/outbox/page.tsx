import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { requirePagePermission } from "@/lib/auth/session";
import { listOutbox } from "@/lib/dal/read-models/outbox";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { OutboxQuerySchema, readQuery } from "@/lib/validation/query";

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
  const { page, size, show } = readQuery(OutboxQuerySchema, await searchParams);
  const [mail, t, f] = await Promise.all([orNotFound(listOutbox(page, size, show)), getTranslations("outbox"), getFormatters()]);
  const tone = { PENDING: "warning", SENT: "success", FAILED: "warning", DEAD: "danger" } as const;
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${active ? "bg-brand-600 text-white" : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`;
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <p className="mb-4 text-sm text-slate-600" data-testid="outbox">
        {process.env.SMTP_URL ? t("smtpOn") : t("smtpOff")}
      </p>
      <nav aria-label={t("filters.label")} className="mb-4 flex flex-wrap gap-2" data-testid="outbox-filters">
        <Link href="/admin/outbox" className={tab(!show)} aria-current={!show ? "page" : undefined}>
          {t("filters.all")}
        </Link>
        <Link
          href="/admin/outbox?show=dead"
          className={tab(show === "dead")}
          aria-current={show === "dead" ? "page" : undefined}
          data-testid="outbox-dead"
        >
          {t("filters.dead", { count: mail.deadCount })}
        </Link>
      </nav>
      {show === "dead" && <p className="mb-4 text-sm text-slate-600">{t("deadIntro")}</p>}
      <Card>
        {mail.total === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <DataTable
            caption={t("title")}
            columns={[
              { id: "createdAt", header: t("createdAt"), className: "whitespace-nowrap", phone: "figure" },
              { id: "to", header: t("to") },
              { id: "message", header: t("message"), className: "sm:min-w-80", phone: "title" },
              { id: "status", header: t("status"), phone: "status" },
            ]}
            rows={mail.items.map((m) => ({
              id: m.id,
              testId: "outbox-row",
              cells: {
                createdAt: f.dateTime(m.createdAt),
                to: m.to,
                message: (
                  <>
                    <div className="font-medium">{m.subject}</div>
                    <p className="whitespace-pre-line text-xs text-slate-600">{m.body}</p>
                    {m.error && <p className="text-xs text-red-700">{m.error}</p>}
                    {m.attempts > 0 && m.status !== "SENT" && (
                      <p className="text-xs text-slate-600">
                        {t("attempts", { count: m.attempts })}
                        {m.status === "FAILED" &&
                          m.nextAttemptAt &&
                          ` · ${t("nextAttempt", { time: f.dateTime(m.nextAttemptAt) })}`}
                      </p>
                    )}
                  </>
                ),
                status: <Badge tone={tone[m.status]}>{t(`states.${m.status}`)}</Badge>,
              },
            }))}
          />
        )}
        <Pagination page={mail.page} pageCount={mail.pageCount} total={mail.total} size={mail.size} />
      </Card>
    </>
  );
}
