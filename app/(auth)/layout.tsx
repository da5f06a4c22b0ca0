import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("app");
  return (
    <div className="flex min-h-dvh flex-col bg-gradient-to-b from-brand-50 to-slate-50">
      <div className="h-1 bg-brand-600" />
      <div className="flex justify-end p-4">
        <LocaleSwitcher />
      </div>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pb-12 pt-4 sm:pt-12">
        <div className="w-full max-w-md">
          <div className="mb-6 text-center">
            <span
              aria-hidden
              className="mx-auto grid h-14 w-14 place-items-center rounded-full bg-brand-600 text-2xl text-yellow-300 shadow"
            >
              ★
            </span>
            <p className="mt-3 text-xs font-semibold uppercase tracking-widest text-brand-700">{t("owner")}</p>
            <p className="mt-1 text-lg font-bold text-slate-900">{t("name")}</p>
          </div>
          <ClientMessages scope="(auth)">{children}</ClientMessages>
        </div>
      </main>
    </div>
  );
}
