"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

import { SecondFactorField, SignInError, SignInSubmit, useHydrated, useSignInAttempt } from "./sign-in-parts";

/** "Đăng nhập bằng tài khoản …": next-auth sends the browser to the provider (PKCE, state and nonce). */
export function SsoButton({ label, next, primary }: { label: string; next: string; primary: boolean }) {
  const t = useTranslations("auth");
  const ready = useHydrated();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      data-testid="sso-sign-in"
      disabled={pending || !ready}
      onClick={() => {
        setPending(true);
        void signIn("oidc", { callbackUrl: next }).catch(() => setPending(false));
      }}
      className={buttonClass(primary ? "primary" : "secondary", "w-full")}
    >
      {t("ssoButton", { label })}
    </button>
  );
}

/**
 * The app's own code step after a single sign-on, for an account with a second factor when the provider did
 * none: the sealed ticket from the callback and the code open the session (provider "sso-code").
 */
export function SsoCodeForm({ ticket, label, next }: { ticket: string; label: string; next: string }) {
  const t = useTranslations("auth");
  const { error, setError, pending, attempt } = useSignInAttempt(next);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const code = String(new FormData(formElement).get("code") ?? "").trim();
    if (!code) {
      setError(t("mfaMissing"));
      return;
    }
    await attempt(
      formElement,
      () => signIn("sso-code", { ticket, code, redirect: false }),
      (result) => {
        if (result && !result.error) return null;
        const message =
          result?.error === "ssoMfaExpired"
            ? t("ssoMfaExpired")
            : result?.error === "mfaLocked"
              ? t("mfaLocked")
              : t("mfaInvalid");
        return { message, clear: "code" };
      },
    );
  }

  return (
    <form onSubmit={onSubmit} method="post" className="mt-6 space-y-4" noValidate>
      <SignInError error={error} />
      <SecondFactorField prompt={t("ssoMfaPrompt", { label })} error={error} />
      <SignInSubmit pending={pending} />
    </form>
  );
}
