"use client";

import { useState, useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import type { SignInResponse } from "next-auth/react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

// The pieces the password form and the single sign-on's code step share: one field, one error, one button.

export const signInInputClass =
  "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

/**
 * True once the page's script runs. Until then a click must not submit the form natively (which would send the
 * password or code to the page's URL): the submit button waits for it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
}

/** How a form reads next-auth's answer: null when signed in; "stay" to stay as is; or what to say and which field to empty. */
export type SignInRefusal = null | "stay" | { message: string; clear: "password" | "code" };

/**
 * One attempt to sign in, the same for the password form and the single sign-on's code step: pending while it
 * runs, the refusal shown (the secret field emptied, everything else kept), the signed-in page opened and
 * rendered afresh (language included), "unavailable" when the server cannot be reached.
 */
export function useSignInAttempt(next: string) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function attempt(
    form: HTMLFormElement,
    send: () => Promise<SignInResponse | undefined>,
    read: (result: SignInResponse | undefined) => SignInRefusal,
  ) {
    setPending(true);
    setError(null);
    try {
      const refusal = read(await send());
      if (refusal === "stay") return;
      if (refusal) {
        setError(refusal.message);
        const field = form.elements.namedItem(refusal.clear);
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

  return { error, setError, pending, attempt };
}

/** The attempt's refusal, announced and named by the fields it concerns. */
export function SignInError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" data-testid="login-error" id="login-error" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      {error}
    </p>
  );
}

/** The second factor's code (an app's code or a recovery code), after the sentence saying why it is asked. */
export function SecondFactorField({ prompt, error }: { prompt: string; error: string | null }) {
  const t = useTranslations("auth");
  return (
    <div>
      <p className="mb-2 text-sm text-slate-700" data-testid="mfa-step">
        {prompt}
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
        className={signInInputClass}
      />
      <p id="code-hint" className="mt-1 text-xs text-slate-600">
        {t("mfaHint")}
      </p>
    </div>
  );
}

export function SignInSubmit({ pending }: { pending: boolean }) {
  const t = useTranslations("auth");
  const ready = useHydrated();
  return (
    <button type="submit" disabled={pending || !ready} className={buttonClass("primary", "w-full")}>
      {pending ? t("submitting") : t("submit")}
    </button>
  );
}
