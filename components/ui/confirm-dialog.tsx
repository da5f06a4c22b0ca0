"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useRef, useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

type Variant = "primary" | "secondary" | "danger";

/**
 * The one confirmation before an irreversible act (decision 074). It wraps the act's own submit button: the
 * button opens an accessible alert dialog (focus moves to Cancel, Escape cancels, the page behind is inert),
 * and only "Confirm" sends the form the button belongs to, with the button's own name and value, so the
 * server action and its form stay exactly as they were. `children` of the dialog may be live (the council
 * sheet's weighted total).
 */
export function ConfirmSubmit({
  label,
  title,
  description,
  confirmLabel,
  variant = "primary",
  name,
  value,
  disabled,
  pending,
  pendingLabel,
  onConfirm,
  children,
  testId,
}: {
  /** The button on the page. */
  label: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  /** The dialog's confirm button; the page button's label if not given. */
  confirmLabel?: ReactNode;
  variant?: Variant;
  name?: string;
  value?: string;
  disabled?: boolean;
  /** Being sent (a JSON action's transition); inside a form, the form's own status is read. */
  pending?: boolean;
  pendingLabel?: ReactNode;
  /** Called on confirm instead of submitting the enclosing form (a JSON action). */
  onConfirm?: () => void;
  children?: ReactNode;
  testId?: string;
}) {
  const t = useTranslations("confirm");
  const [open, setOpen] = useState(false);
  const form = useFormStatus();
  const busy = pending ?? form.pending;
  const trigger = useRef<HTMLButtonElement>(null);

  const confirm = () => {
    setOpen(false);
    if (onConfirm) return onConfirm();
    // Submits through the button itself, so its name/value travel with the form and a browser check
    // (required fields) still runs.
    const button = trigger.current;
    const form = button?.form;
    if (!button || !form) return;
    const submitter = document.createElement("button");
    submitter.type = "submit";
    submitter.hidden = true;
    if (name) {
      submitter.name = name;
      submitter.value = value ?? "";
    }
    form.appendChild(submitter);
    form.requestSubmit(submitter);
    submitter.remove();
  };

  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <AlertDialog.Trigger asChild>
        <button
          ref={trigger}
          type="button"
          disabled={disabled || busy}
          aria-disabled={disabled || busy}
          className={buttonClass(variant)}
          data-testid={testId}
        >
          {busy ? (pendingLabel ?? t("sending")) : label}
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50 print:hidden" />
        <AlertDialog.Content
          className="fixed left-1/2 top-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl focus:outline-none print:hidden"
          data-testid="confirm-dialog"
        >
          <AlertDialog.Title className="text-lg font-semibold text-slate-900">{title}</AlertDialog.Title>
          {description ? (
            <AlertDialog.Description className="mt-2 text-sm text-slate-700">{description}</AlertDialog.Description>
          ) : (
            <AlertDialog.Description className="sr-only">{t("irreversible")}</AlertDialog.Description>
          )}
          {children && <div className="mt-3 text-sm text-slate-800">{children}</div>}
          <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <AlertDialog.Cancel className={buttonClass("secondary")}>{t("cancel")}</AlertDialog.Cancel>
            <AlertDialog.Action className={buttonClass(variant === "secondary" ? "primary" : variant)} onClick={confirm}>
              {confirmLabel ?? label}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
