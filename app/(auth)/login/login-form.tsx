"use client";

import { useState, useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { SignInSchema } from "@/lib/validation/sign-in";
import { maxLengthOf } from "@/lib/validation/limits";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

/** Signs in through next-auth; the typed username stays in place when the attempt fails. */
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Set once the server answers that this account has a second factor: the code field shows, the
  // username and password stay (hidden) in the form and are sent again with the code.
  const [needCode, setNeedCode] = useState(false);
  const router = useRouter();
  // Until the script has loaded, a click must not submit the form natively (which would send the
  // password to the page URL); the button waits for hydration.
  const ready = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Read the form now: React clears event.currentTarget once the handler awaits.
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const code = String(form.get("code") ?? "").trim();
    if (!username || !password) {
      setError(t("missing"));
      return;
    }
    if (needCode && !code) {
      setError(t("mfaMissing"));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { username, password, code, redirect: false });
      if (result?.error === "mfaRequired") {
        setNeedCode(true);
        return;
      }
      if (result?.error === "mfaInvalid" || result?.error === "mfaLocked") {
        setError(result.error === "mfaLocked" ? t("mfaLocked") : t("mfaInvalid"));
        const field = formElement.elements.namedItem("code");
        if (field instanceof HTMLInputElement) field.value = "";
        return;
      }
      if (!result || result.error) {
        setNeedCode(false);
        setError(
          result?.status === 429 || result?.error === "rateLimited"
            ? t("rateLimited")
            : result?.error === "locked"
              ? t("locked")
              : t("invalid"),
        );
        const field = formElement.elements.namedItem("password");
        if (field instanceof HTMLInputElement) field.value = "";
        return;
      }
      // Refresh as well, so the whole page (language included) renders for the signed-in user.
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
      <div className={needCode ? "hidden" : undefined}>
        <label htmlFor="username" className="block text-sm font-medium text-slate-800">
          {t("username")}
        </label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          maxLength={maxLengthOf(SignInSchema, "username")}
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "login-error" : undefined}
          className={inputClass}
        />
      </div>
      <div className={needCode ? "hidden" : undefined}>
        <label htmlFor="password" className="block text-sm font-medium text-slate-800">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          maxLength={maxLengthOf(SignInSchema, "password")}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "login-error" : undefined}
          className={inputClass}
        />
      </div>
      {needCode && (
        <div>
          <p className="mb-2 text-sm text-slate-700" data-testid="mfa-step">
            {t("mfaPrompt")}
          </p>
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
      )}
      <button type="submit" disabled={pending || !ready} className={buttonClass("primary", "w-full")}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
