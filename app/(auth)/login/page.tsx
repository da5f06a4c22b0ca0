import Link from "next/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/navigation";
import { LoginForm } from "./login-form";
import { LoginQuerySchema, readQuery } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = readQuery(LoginQuerySchema, await searchParams);
  const next = safeNextPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(next);
  const t = await getTranslations("auth");
  const notice = params.changed ? t("passwordChanged") : params.ended ? t("ended") : undefined;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
      {notice && (
        <p className="mt-4 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900" role="status" data-testid="login-notice">
          {notice}
        </p>
      )}
      <LoginForm next={next} />
      <p className="mt-6 border-t border-slate-100 pt-4 text-center text-sm">
        <Link href="/transparency" className="text-brand-700 underline">
          {t("publicRecord")}
        </Link>
      </p>
    </div>
  );
}
