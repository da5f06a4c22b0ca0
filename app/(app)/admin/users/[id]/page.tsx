import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getUser } from "@/lib/dal/admin/users";
import { listLinkableCadres } from "@/lib/dal/admin/cadres";
import { listUnitOptions } from "@/lib/dal/admin/units";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { setUserActiveAction } from "../../actions";
import { ActiveToggle } from "../../_components/active-toggle";
import {
  AddRoleForm,
  EditUserForm,
  NationalIdForm,
  RemoveRoleButton,
  ResetMfaForm,
  ResetPasswordForm,
  SsoLinkList,
} from "../../_components/user-forms";

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const me = { id: (await requirePagePermission("admin:users")).userId };
  const { id } = await params;
  const [user, units, cadres, t, tr, tc, f] = await Promise.all([
    orNotFound(getUser(id)),
    listUnitOptions(),
    listLinkableCadres(id),
    getTranslations("admin.users"),
    getTranslations("roles"),
    getTranslations("common"),
    getFormatters(),
  ]);
  const now = new Date();
  return (
    <>
      <PageHeader
        title={t("editTitle", { username: user.username })}
        description={
          <span className="flex flex-wrap items-center gap-1">
            {user.fullName}
            {user.active ? <Badge tone="success">{tc("active")}</Badge> : <Badge>{tc("inactive")}</Badge>}
            {user.lockedUntil && user.lockedUntil > now && (
              <Badge tone="danger">{t("locked", { time: f.dateTime(user.lockedUntil) })}</Badge>
            )}
            {user.mustChangePassword && <Badge tone="warning">{t("mustChange")}</Badge>}
          </span>
        }
      />
      {!user.writable && (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="user-read-only">
          {user.id === me.id ? t("self") : t("readOnly")}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("details")}>
          {user.writable ? (
            <EditUserForm user={user} cadres={cadres} />
          ) : (
            <dl className="space-y-2 text-sm">
              <dt className="text-slate-600">{t("fullName")}</dt>
              <dd className="font-medium">{user.fullName}</dd>
              <dt className="text-slate-600">{t("email")}</dt>
              <dd>{user.email ?? "—"}</dd>
              <dt className="text-slate-600">{t("cadre")}</dt>
              <dd>{user.cadreName ?? t("noCadre")}</dd>
            </dl>
          )}
        </Card>
        <Card title={t("roles")}>
          <ul className="mb-4 divide-y divide-slate-100" data-testid="user-roles">
            {user.memberships.map((m) => (
              <li key={m.id} className="flex items-center justify-between gap-2 py-2 text-sm">
                <span>
                  <span className="font-medium">{tr(m.role)}</span> · {m.unitName}
                </span>
                {user.writable && <RemoveRoleButton membershipId={m.id} label={`${tr(m.role)} · ${m.unitName}`} />}
              </li>
            ))}
          </ul>
          <AddRoleForm userId={user.id} units={units} />
        </Card>
        <Card title={t("resetPassword")}>
          <ResetPasswordForm user={user} />
        </Card>
        {user.writable && (
          <Card title={t("mfa")}>
            <ResetMfaForm user={user} />
          </Card>
        )}
        <Card title={t("sso")}>
          <div className="space-y-4" data-testid="user-sso">
            {user.writable ? (
              <NationalIdForm user={user} />
            ) : (
              <dl className="space-y-1 text-sm">
                <dt className="text-slate-600">{t("nationalId")}</dt>
                <dd className="font-medium">{user.nationalId ?? "—"}</dd>
              </dl>
            )}
            <div>
              <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("ssoLinks")}</h3>
              <SsoLinkList
                userId={user.id}
                writable={user.writable}
                links={user.ssoLinks.map((link) => ({
                  id: link.id,
                  provider: link.provider,
                  subject: link.subject,
                  linkedAt: f.date(link.linkedAt),
                  lastSignIn: link.lastSignInAt ? f.dateTime(link.lastSignInAt) : t("never"),
                }))}
              />
            </div>
          </div>
        </Card>
        <Card title={t("access")}>
          <ActiveToggle
            action={setUserActiveAction}
            id={user.id}
            version={user.version}
            active={user.active}
            hint={t("deactivateHint")}
          />
        </Card>
      </div>
    </>
  );
}
