"use client";

import { useTranslations } from "next-intl";
import { switchRoleAction } from "@/lib/actions/session";

export type RoleOption = { id: string; label: string };

export function RoleSwitcher({ id, options, activeId }: { id: string; options: RoleOption[]; activeId: string | undefined }) {
  const t = useTranslations("nav");
  if (options.length < 2) return null;
  return (
    <form action={switchRoleAction} className="flex items-center gap-2">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        {t("activeRole")}
      </label>
      <select
        id={id}
        name="membershipId"
        defaultValue={activeId}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
        className="max-w-64 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        data-testid={id}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <button type="submit" className="sr-only">
        {t("switchRole")}
      </button>
    </form>
  );
}
