"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "@/components/ui/button";

/** Disabled while its form is being sent, so a double click sends it once. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  name,
  value,
}: {
  children: React.ReactNode;
  pendingLabel?: React.ReactNode;
  variant?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} className={buttonClass(variant)}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
