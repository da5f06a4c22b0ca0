"use client";

import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/**
 * Disabled while its form is being sent, so a double click sends it once; the button that sent it says
 * "Đang gửi…" (or its own pending label) meanwhile, and the form is marked busy for screen readers.
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  name,
  value,
  disabled,
}: {
  children: React.ReactNode;
  pendingLabel?: React.ReactNode;
  variant?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
  /** Not ready to send (e.g. files still uploading). */
  disabled?: boolean;
}) {
  const t = useTranslations("confirm");
  const { pending, data } = useFormStatus();
  // Of a form's several submit buttons, the one pressed says it is sending; the others are only disabled.
  const mine = pending && (!name || data?.get(name) === (value ?? ""));
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending || disabled}
      aria-disabled={pending || disabled}
      aria-busy={mine || undefined}
      className={buttonClass(variant)}
    >
      {mine ? (
        <>
          <span
            aria-hidden
            className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent"
          />
          {pendingLabel ?? t("sending")}
        </>
      ) : (
        children
      )}
    </button>
  );
}
