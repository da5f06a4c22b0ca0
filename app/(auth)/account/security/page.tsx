import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { mySecurity } from "@/lib/dal/account/mfa";
import { getFormatters } from "@/lib/i18n/server";
import { MfaEnrolForm } from "./mfa-enrol-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mfa"))("title") };
}

/** The signed-in user's second factor: enrolment (QR code, secret, first code) or its state once enrolled. */
export default async function SecurityPage() {
  const [me, t, f] = await Promise.all([mySecurity(), getTranslations("mfa"), getFormatters()]);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{me.username}</p>
      {me.mustEnrol && (
        <p className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="mfa-required">
          {t("required")}
        </p>
      )}
      {me.enrolment ? (
        <>
          <p className="mt-4 text-sm text-slate-700">{t("scan")}</p>
          {/* SVG markup drawn on the server by `qrcode` from our own otpauth:// address: nothing external. */}
          <div
            className="mx-auto mt-3 w-52"
            role="img"
            aria-label={t("qrLabel")}
            data-testid="mfa-qr"
            dangerouslySetInnerHTML={{ __html: me.enrolment.qrSvg }}
          />
          <p className="mt-3 text-sm text-slate-700">{t("secretLabel")}</p>
          <p
            className="mt-1 break-words rounded-md bg-slate-50 px-3 py-2 text-center font-mono text-base"
            data-testid="mfa-secret"
          >
            {me.enrolment.secret.match(/.{1,4}/g)?.join(" ")}
          </p>
          <MfaEnrolForm />
        </>
      ) : (
        <div className="mt-4 space-y-3 text-sm text-slate-700" data-testid="mfa-status">
          <p>{t("enrolledSince", { date: f.dateTime(me.enrolledAt!) })}</p>
          <p>{t("recoveryLeft", { count: me.recoveryCodesLeft })}</p>
          <p className="text-slate-600">{t("lostPhone")}</p>
          <Link href="/" prefetch={false} className={buttonClass("secondary")}>
            {t("back")}
          </Link>
        </div>
      )}
    </div>
  );
}
