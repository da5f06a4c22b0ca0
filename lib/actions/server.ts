import "server-only";
import { getTranslations } from "next-intl/server";
import type { ZodError } from "zod";
import { DomainError } from "@/lib/domain/errors";
import type { ActionState } from "./state";

// Never echo these back into a page.
const SECRET_FIELDS = /password/i;

/** FormData as a plain object; a repeated key becomes an array. */
export function formToObject(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value !== "string") continue;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

function echo(form: FormData) {
  return Object.fromEntries(Object.entries(formToObject(form)).filter(([key]) => !SECRET_FIELDS.test(key)));
}

/**
 * Field errors from a failed parse. Schemas give message keys under "validation." (e.g. "required");
 * a check without its own key reads as "invalid".
 */
export async function invalid(error: ZodError, form: FormData): Promise<ActionState> {
  const t = await getTranslations("validation");
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    const key = t.has(issue.message) ? issue.message : "invalid";
    const params: Record<string, number> = {};
    if ("minimum" in issue) params.min = Number(issue.minimum);
    if ("maximum" in issue) params.max = Number(issue.maximum);
    (fieldErrors[field] ??= []).push(t(key, params));
  }
  return { status: "error", message: t("fixErrors"), fieldErrors, values: echo(form) };
}

/** A rule refused the operation: its reason, in the user's language, and what they typed. */
export async function failure(error: DomainError, form?: FormData): Promise<ActionState> {
  const t = await getTranslations("errors");
  const message = t.has(error.code) ? t(error.code, error.params) : t("unexpected");
  return { status: "error", message, values: form ? echo(form) : undefined };
}

export async function success(messageKey: string): Promise<ActionState> {
  const t = await getTranslations("notices");
  return { status: "success", message: t(messageKey) };
}

/**
 * FormData as nested values: "targets.0.targetValue" becomes { targets: [{ targetValue }] }, so a flat
 * form can carry lists (one row per target) to a zod schema whose error paths name the same inputs.
 */
export function formToNested(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(formToObject(form))) {
    const parts = key.split(".");
    let node: Record<string, unknown> | unknown[] = out;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const slot = /^\d+$/.test(part) ? Number(part) : part;
      const container = node as Record<string | number, unknown>;
      if (last) container[slot] = value;
      else {
        container[slot] ??= /^\d+$/.test(parts[i + 1]!) ? [] : {};
        node = container[slot] as Record<string, unknown> | unknown[];
      }
    });
  }
  return out;
}
