import type { ReactNode } from "react";
import type { z } from "zod";
import type { ActionState } from "@/lib/actions/state";
import { maxLengthOf } from "@/lib/validation/limits";
import { NoticeToast } from "@/components/ui/toaster";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-500 sm:text-sm";

type Common = {
  name: string;
  label: ReactNode;
  state?: ActionState;
  hint?: ReactNode;
  required?: boolean;
  /**
   * The zod schema the action validates with: the field's `maxLength` is read from it at the field's name,
   * so the browser stops typing where the server would refuse.
   */
  schema?: z.core.$ZodType;
};

function limitOf(common: Common, maxLength: number | undefined) {
  return maxLength ?? (common.schema ? maxLengthOf(common.schema, common.name) : undefined);
}

/** What to show in a field: what the user typed (echoed after an error), else the stored value. */
function valueOf(state: ActionState | undefined, name: string, fallback: string | undefined) {
  const echoed = state?.values?.[name];
  if (typeof echoed === "string") return echoed;
  return fallback;
}

function FieldShell({ name, label, hint, required, errors, children }: Common & { errors?: string[]; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
        {required && (
          <span aria-hidden className="text-red-700">
            {" *"}
          </span>
        )}
      </label>
      {children}
      {hint && (
        <p id={`${name}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors && (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

function describedBy(name: string, hint: unknown, errors: unknown) {
  return [hint ? `${name}-hint` : null, errors ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function TextField({
  type = "text",
  defaultValue,
  autoComplete,
  placeholder,
  maxLength,
  inputMode,
  ...common
}: Common & {
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
  placeholder?: string;
  maxLength?: number;
  /** A code typed in digits (a one-time code); a quantity is a NumberField. */
  inputMode?: "numeric";
}) {
  const errors = common.state?.fieldErrors?.[common.name];
  return (
    <FieldShell {...common} errors={errors}>
      <input
        id={common.name}
        name={common.name}
        type={type}
        defaultValue={type === "password" ? undefined : valueOf(common.state, common.name, defaultValue)}
        required={common.required}
        autoComplete={autoComplete}
        placeholder={placeholder}
        maxLength={limitOf(common, maxLength)}
        // Every number field opens the phone's numeric keypad, whichever way it was declared.
        inputMode={type === "number" ? "decimal" : inputMode}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(common.name, common.hint, errors)}
        className={inputClass}
      />
    </FieldShell>
  );
}

/**
 * A measured quantity or a percentage, typed the Vietnamese way ("1.500,5"): a text input, so the browser
 * neither rejects the comma nor rounds, with the phone's decimal keypad. The one way to ask for a number.
 */
export function NumberField({
  defaultValue,
  placeholder,
  maxLength,
  ...common
}: Common & { defaultValue?: string; placeholder?: string; maxLength?: number }) {
  const errors = common.state?.fieldErrors?.[common.name];
  return (
    <FieldShell {...common} errors={errors}>
      <input
        id={common.name}
        name={common.name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        defaultValue={valueOf(common.state, common.name, defaultValue)}
        required={common.required}
        placeholder={placeholder}
        maxLength={limitOf(common, maxLength)}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(common.name, common.hint, errors)}
        className={`${inputClass} tabular-nums`}
      />
    </FieldShell>
  );
}

export function TextAreaField({
  defaultValue,
  rows = 3,
  maxLength,
  ...common
}: Common & { defaultValue?: string; rows?: number; maxLength?: number }) {
  const errors = common.state?.fieldErrors?.[common.name];
  return (
    <FieldShell {...common} errors={errors}>
      <textarea
        id={common.name}
        name={common.name}
        rows={rows}
        maxLength={limitOf(common, maxLength)}
        defaultValue={valueOf(common.state, common.name, defaultValue)}
        required={common.required}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(common.name, common.hint, errors)}
        className={inputClass}
      />
    </FieldShell>
  );
}

export function SelectField({
  options,
  defaultValue,
  placeholder,
  ...common
}: Common & { options: { value: string; label: string }[]; defaultValue?: string; placeholder?: string }) {
  const errors = common.state?.fieldErrors?.[common.name];
  const value = valueOf(common.state, common.name, defaultValue) ?? "";
  return (
    <FieldShell {...common} errors={errors}>
      <select
        // React 19 resets a form after its action, and a <select> returns to the option it was first
        // mounted with, not the current defaultValue (react#30580). Remounting on a new value fixes that.
        key={value}
        id={common.name}
        name={common.name}
        defaultValue={value}
        required={common.required}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(common.name, common.hint, errors)}
        className={inputClass}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({ name, label, state, defaultChecked }: Common & { defaultChecked?: boolean }) {
  const echoed = state?.values ? state.values[name] === "on" : undefined;
  const checked = echoed ?? defaultChecked ?? false;
  return (
    <label className="flex items-center gap-2 text-sm text-slate-800">
      <input
        key={String(checked)}
        type="checkbox"
        name={name}
        defaultChecked={checked}
        className="h-4 w-4 rounded border-slate-300 text-brand-600"
      />
      {label}
    </label>
  );
}

/** The form-level outcome; a test id because Next's route announcer also has role="alert". */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return null;
  const ok = state.status === "success";
  return (
    <>
      <NoticeToast state={state} />
      <p
        data-testid="form-message"
        role={ok ? "status" : "alert"}
        className={`rounded-md px-3 py-2 text-sm ${ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
      >
        {state.message}
      </p>
    </>
  );
}
