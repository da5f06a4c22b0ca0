import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { requirePagePermission } from "@/lib/auth/session";
import { listUsers } from "@/lib/dal/admin/users";
import { getFormatters } from "@/lib/i18n/server";
import { UserListQuerySchema } from "@/lib/validation/common";
import { FilterForm } from "@/components/ui/filter-form";
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
  const query = readQuery(UserListQuerySchema, await searchParams);
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
        <FilterForm
          path="/admin/users"
          search={{ q: query.q, placeholder: t("searchPlaceholder") }}
          fields={[
            {
              kind: "select",
              name: "active",
              label: t("status"),
              value: query.active,
              all: tc("all"),
              options: [
                { value: "yes", label: tc("active") },
                { value: "no", label: tc("inactive") },
              ],
            },
          ]}
          keep={{ sort: query.sort, dir: query.dir, size: query.size }}
        />
        {users.total === 0 ? (
          <EmptyState>{tc("empty")}</EmptyState>
        ) : (
          <DataTable
            caption={t("title")}
            sort={users.sort}
            columns={[
              { id: "username", sortKey: "username", header: t("username"), className: "font-mono text-xs", phone: "title" },
              { id: "fullName", sortKey: "name", header: t("fullName"), className: "sm:min-w-48" },
              { id: "roles", header: t("roles"), className: "sm:min-w-56" },
              { id: "status", header: t("status"), phone: "status" },
              { id: "lastLogin", sortKey: "lastLogin", header: t("lastLogin"), className: "whitespace-nowrap", firstDir: "desc" },
            ]}
            rows={users.items.map((u) => ({
              id: u.id,
              testId: "user-row",
              cells: {
                username: (
                  <>
                    <Link href={`/admin/users/${u.id}`} className="text-brand-700 underline">
                      {u.username}
                    </Link>
                    <div className="font-sans text-xs text-slate-600 sm:hidden">{u.fullName}</div>
                  </>
                ),
                fullName: u.fullName,
                roles: (
                  <ul className="space-y-0.5">
                    {u.memberships.map((m) => (
                      <li key={m.id} className="text-xs">
                        {tr(m.role)} · <span className="text-slate-600">{m.unitName}</span>
                      </li>
                    ))}
                  </ul>
                ),
                status: (
                  <span className="flex flex-wrap justify-end gap-1 sm:justify-start">
                    {u.active ? <Badge tone="success">{tc("active")}</Badge> : <Badge>{tc("inactive")}</Badge>}
                    {u.lockedUntil && u.lockedUntil > now && (
                      <Badge tone="danger">{t("locked", { time: f.dateTime(u.lockedUntil) })}</Badge>
                    )}
                    {u.mustChangePassword && <Badge tone="warning">{t("mustChange")}</Badge>}
                  </span>
                ),
                lastLogin: u.lastLoginAt ? f.dateTime(u.lastLoginAt) : t("never"),
              },
            }))}
          />
        )}
        <Pagination page={users.page} pageCount={users.pageCount} total={users.total} size={users.size} />
      </Card>
    </>
  );
}
