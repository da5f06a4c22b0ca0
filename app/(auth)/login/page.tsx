import Link from "next/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { localPasswordsEnabled, ssoConfig } from "@/lib/auth/sso-config";
import { safeNextPath } from "@/lib/navigation";
import { LoginForm } from "./login-form";
import { SsoButton, SsoCodeForm } from "./sso-sign-in";
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
  const notice = params.changed
    ? t("passwordChanged")
    : params.ended
      ? t("ended")
      : params.signedOut
        ? t("signedOut")
        : undefined;
  const sso = ssoConfig();
  const label = sso ? ((await getLocale()) === "en" ? sso.label.en : sso.label.vi) : "";
  const passwords = localPasswordsEnabled();
  const refusal = params.error ? refusalMessage(params.error, label, t) : undefined;
  const ticket = sso ? params.ssoTicket : undefined;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
      {notice && (
        <p className="mt-4 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900" role="status" data-testid="login-notice">
          {notice}
        </p>
      )}
      {refusal && (
        <p role="alert" data-testid="sso-error" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {refusal}
        </p>
      )}
      {ticket ? (
        <SsoCodeForm ticket={ticket} label={label} next={next} />
      ) : (
        <>
          {sso && (
            <div className="mt-6">
              <SsoButton label={label} next={next} primary={!passwords} />
            </div>
          )}
          {sso && passwords && (
            <p className="mt-6 text-center text-xs font-medium uppercase tracking-wide text-slate-600">{t("ssoOr")}</p>
          )}
          {passwords ? (
            <LoginForm next={next} />
          ) : (
            <p className="mt-4 text-sm text-slate-600" data-testid="passwords-off">
              {sso ? t("passwordsOff", { label }) : t("localDisabled")}
            </p>
          )}
        </>
      )}
      <p className="mt-6 border-t border-slate-100 pt-4 text-center text-sm">
        <Link href="/transparency" className="text-brand-700 underline">
          {t("publicRecord")}
        </Link>
      </p>
    </div>
  );
}

const SSO_REFUSALS = ["ssoUnlinked", "ssoAmbiguous", "ssoInactive", "ssoMfaExpired", "localDisabled"] as const;

/**
 * The message of a sign-in refused away from the form (single sign-on's callback): our own codes by name,
 * anything next-auth reports itself (a token that failed its checks, a provider error) as ssoFailed.
 */
function refusalMessage(code: string, label: string, t: Awaited<ReturnType<typeof getTranslations<"auth">>>): string {
  const known = SSO_REFUSALS.find((c) => c === code);
  return known ? t(known, { label }) : t("ssoFailed");
}
