"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { SignInSchema } from "@/lib/validation/sign-in";
import { maxLengthOf } from "@/lib/validation/limits";
import { SecondFactorField, SignInError, SignInSubmit, signInInputClass as inputClass, useSignInAttempt } from "./sign-in-parts";

/** Signs in through next-auth; the typed username stays in place when the attempt fails. */
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const { error, setError, pending, attempt } = useSignInAttempt(next);
  // Set once the server answers that this account has a second factor: the code field shows, the
  // username and password stay (hidden) in the form and are sent again with the code.
  const [needCode, setNeedCode] = useState(false);

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
    await attempt(
      formElement,
      () => signIn("credentials", { username, password, code, redirect: false }),
      (result) => {
        if (result?.error === "mfaRequired") {
          setNeedCode(true);
          return "stay";
        }
        if (result?.error === "mfaInvalid" || result?.error === "mfaLocked") {
          return { message: result.error === "mfaLocked" ? t("mfaLocked") : t("mfaInvalid"), clear: "code" };
        }
        if (!result || result.error) {
          setNeedCode(false);
          const message =
            result?.status === 429 || result?.error === "rateLimited"
              ? t("rateLimited")
              : result?.error === "locked"
                ? t("locked")
                : t("invalid");
          return { message, clear: "password" };
        }
        return null;
      },
    );
  }

  return (
    <form onSubmit={onSubmit} method="post" className="mt-6 space-y-4" noValidate>
      <SignInError error={error} />
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
      {needCode && <SecondFactorField prompt={t("mfaPrompt")} error={error} />}
      <SignInSubmit pending={pending} />
    </form>
  );
}
