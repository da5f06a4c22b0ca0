import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/session";
import { NAV_ITEMS, ROLE_HOME } from "@/lib/navigation";
import { hasPermission, SEARCH_PERMISSIONS } from "@/lib/permissions";
import { HeaderSearch } from "./header-search";
import { LocaleSwitcher } from "./locale-switcher";
import { RoleSwitcher } from "./role-switcher";
import { SignOutButton } from "./sign-out-button";

export async function AppHeader({ user, unread }: { user: CurrentUser; unread: number }) {
  const [t, tr, tapp, tn] = await Promise.all([
    getTranslations("nav"),
    getTranslations("roles"),
    getTranslations("app"),
    getTranslations("notifications"),
  ]);
  const bell = (
    <Link
      href="/notifications"
      className="header-bell"
      aria-label={`${tn("bell")}: ${tn("unread", { count: unread })}`}
      data-testid="notification-bell"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span className="header-bell-count" data-testid="unread-count">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
  const role = user.active?.role;
  const items = [
    ...(role ? [{ href: ROLE_HOME[role], label: t("home") }] : []),
    ...NAV_ITEMS.filter((item) => role && item.permissions.some((p) => hasPermission(role, p))).map((item) => ({
      href: item.href,
      label: t(item.label),
    })),
  ];
  const searchable = SEARCH_PERMISSIONS.some((p) => hasPermission(role, p));
  const roleOptions = user.memberships.map((m) => ({ id: m.id, label: `${tr(m.role)} · ${m.unitName}` }));
  const activeLabel = user.active ? `${tr(user.active.role)} · ${user.active.unitName}` : "";
  const linkClass = "nav-link"; // app/globals.css

  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      <div className="h-1 bg-brand-600" />
      <div className="mx-auto flex max-w-7xl items-center gap-x-3 gap-y-1 px-4 py-2 lg:flex-wrap">
        <Link href="/" className="flex min-w-0 items-center gap-2">
          <span aria-hidden className="grid h-8 w-8 shrink-0 place-items-center rounded bg-brand-600 text-base text-yellow-300">
            ★
          </span>
          <span className="truncate text-sm font-bold text-slate-900 sm:text-base">{tapp("name")}</span>
        </Link>
        {/* On a wide screen the menu has a row of its own, so any number of entries fits. */}
        <nav className="-ml-3 hidden w-full items-center gap-1 overflow-x-auto lg:order-last lg:flex" aria-label={t("menu")}>
          {items.map((item) => (
            <Link key={item.href} href={item.href} className={linkClass}>
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto hidden items-center gap-3 lg:flex">
          {searchable && <HeaderSearch id="header-search" />}
          {roleOptions.length > 1 ? (
            <RoleSwitcher id="role-switcher" options={roleOptions} activeId={user.active?.id} />
          ) : (
            <span className="text-xs text-slate-600" data-testid="active-role">
              {activeLabel}
            </span>
          )}
          {bell}
          <LocaleSwitcher />
          <details className="relative">
            <summary className="header-account">{user.fullName} ▾</summary>
            <div className="header-account-menu">
              <Link href="/change-password" className={`block ${linkClass}`}>
                {t("changePassword")}
              </Link>
              <SignOutButton label={t("signOut")} className={`block w-full text-left ${linkClass}`} />
            </div>
          </details>
        </div>
        {/* Phones and narrow windows: the bell, and everything else in one menu. */}
        <div className="ml-auto lg:hidden">{bell}</div>
        <details className="lg:hidden">
          <summary className="header-menu">{t("menu")}</summary>
          <div className="header-menu-panel">
            <p className="text-sm font-semibold text-slate-900">{user.fullName}</p>
            {searchable && <HeaderSearch id="header-search-mobile" />}
            {roleOptions.length > 1 ? (
              <RoleSwitcher id="role-switcher-mobile" options={roleOptions} activeId={user.active?.id} />
            ) : (
              <p className="text-xs text-slate-600">{activeLabel}</p>
            )}
            <nav className="flex flex-col" aria-label={t("menu")}>
              {items.map((item) => (
                <Link key={item.href} href={item.href} className={linkClass}>
                  {item.label}
                </Link>
              ))}
              <Link href="/change-password" className={linkClass}>
                {t("changePassword")}
              </Link>
              <SignOutButton label={t("signOut")} className={`text-left ${linkClass}`} />
            </nav>
            <LocaleSwitcher />
          </div>
        </details>
      </div>
    </header>
  );
}
