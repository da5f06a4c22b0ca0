import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main" className="status-page">
      <p className="status-code">404</p>
      <h1 className="mt-4 text-xl font-bold" data-testid="not-found">
        {t("title")}
      </h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <Link href="/" className={buttonClass("primary", "mt-6")}>
        {t("home")}
      </Link>
    </main>
  );
}
