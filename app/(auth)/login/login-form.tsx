"use client";

import { useState, useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { SignInSchema } from "@/lib/validation/account";
import { maxLengthOf } from "@/lib/validation/limits";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

/** Signs in through next-auth; the typed username stays in place when the attempt fails. */
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
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
    if (!username || !password) {
      setError(t("missing"));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { username, password, redirect: false });
      if (!result || result.error) {
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
      <div>
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
      <div>
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
      <button type="submit" disabled={pending || !ready} className={buttonClass("primary", "w-full")}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
