"use client";

import { useState, useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

const useHydrated = () =>
  useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

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
  const ready = useHydrated();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const code = String(new FormData(formElement).get("code") ?? "").trim();
    if (!code) {
      setError(t("mfaMissing"));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn("sso-code", { ticket, code, redirect: false });
      if (!result || result.error) {
        const message =
          result?.error === "ssoMfaExpired"
            ? t("ssoMfaExpired")
            : result?.error === "mfaLocked"
              ? t("mfaLocked")
              : t("mfaInvalid");
        setError(message);
        const field = formElement.elements.namedItem("code");
        if (field instanceof HTMLInputElement) field.value = "";
        return;
      }
      router.replace(next);
      router.refresh();
    } catch {
      setError(t("unavailable"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} method="post" className="mt-6 space-y-4" noValidate>
      {error && (
        <p
          role="alert"
          data-testid="login-error"
          id="login-error"
          className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      )}
      <p className="text-sm text-slate-700" data-testid="mfa-step">
        {t("ssoMfaPrompt", { label })}
      </p>
      <div>
        <label htmlFor="code" className="block text-sm font-medium text-slate-800">
          {t("mfaCode")}
        </label>
        <input
          id="code"
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={64}
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "login-error code-hint" : "code-hint"}
          className={inputClass}
        />
        <p id="code-hint" className="mt-1 text-xs text-slate-600">
          {t("mfaHint")}
        </p>
      </div>
      <button type="submit" disabled={pending || !ready} className={buttonClass("primary", "w-full")}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
