import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { listUsers } from "@/lib/dal/admin/users";
import { getFormatters } from "@/lib/i18n/server";
import { ListQuerySchema } from "@/lib/validation/common";
import { SearchForm } from "@/components/search-form";
import { readQuery } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("admin:users");
  const query = readQuery(ListQuerySchema, await searchParams);
  const [users, t, tr, tc, f] = await Promise.all([
    listUsers(query),
    getTranslations("admin.users"),
    getTranslations("roles"),
    getTranslations("common"),
    getFormatters(),
  ]);
  const now = new Date();
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={<LinkButton href="/admin/users/new">{t("new")}</LinkButton>}
      />
      <Card>
        <SearchForm q={query.q} placeholder={t("searchPlaceholder")} />
        {users.total === 0 ? (
          <EmptyState>{tc("empty")}</EmptyState>
        ) : (
          <Table caption={t("title")}>
            <thead>
              <tr>
                <Th>{t("username")}</Th>
                <Th>{t("fullName")}</Th>
                <Th>{t("roles")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("lastLogin")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {users.items.map((u) => (
                <tr key={u.id} data-testid="user-row" className={u.active ? "" : "text-slate-400"}>
                  <Td label={t("username")} className="font-mono text-xs">
                    <Link href={`/admin/users/${u.id}`} className="text-slate-900 hover:text-brand-700 hover:underline">
                      {u.username}
                    </Link>
                  </Td>
                  <Td label={t("fullName")} className="sm:min-w-48">
                    {u.fullName}
                  </Td>
                  <Td label={t("roles")} className="sm:min-w-56">
                    <ul className="space-y-0.5">
                      {u.memberships.map((m) => (
                        <li key={m.id} className="text-xs">
                          {tr(m.role)} · <span className="text-slate-600">{m.unitName}</span>
                        </li>
                      ))}
                    </ul>
                  </Td>
                  <Td label={t("status")}>
                    <span className="flex flex-wrap gap-1">
                      {u.active ? <Badge tone="success">{tc("active")}</Badge> : <Badge>{tc("inactive")}</Badge>}
                      {u.lockedUntil && u.lockedUntil > now && (
                        <Badge tone="danger">{t("locked", { time: f.dateTime(u.lockedUntil) })}</Badge>
                      )}
                      {u.mustChangePassword && <Badge tone="warning">{t("mustChange")}</Badge>}
                    </span>
                  </Td>
                  <Td label={t("lastLogin")} className="whitespace-nowrap">
                    {u.lastLoginAt ? f.dateTime(u.lastLoginAt) : t("never")}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination
          page={users.page}
          pageCount={users.pageCount}
          total={users.total}
          basePath="/admin/users"
          params={{ q: query.q }}
        />
      </Card>
    </>
  );
}
