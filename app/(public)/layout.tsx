import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";

/** The public pages: readable by anyone, with no session and nothing of the signed-in application. */
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const [t, tp] = await Promise.all([getTranslations("app"), getTranslations("transparency")]);
  return (
    <div className="flex min-h-dvh flex-col bg-slate-50">
      <div className="h-1 bg-brand-600" />
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/transparency" className="flex items-center gap-2">
            <span aria-hidden className="grid h-8 w-8 place-items-center rounded-full bg-brand-600 text-yellow-300">
              ★
            </span>
            <span className="font-bold text-slate-900">{t("name")}</span>
          </Link>
          <div className="flex items-center gap-3">
            <LocaleSwitcher />
            <Link href="/login" className="text-sm text-brand-700 underline">
              {tp("signIn")}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
