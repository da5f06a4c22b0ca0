import "server-only";
import { randomBytes } from "node:crypto";
import { log } from "@/lib/log";
import { revalidatePath } from "next/cache";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z, ZodError } from "zod";
import { recordRefusal } from "@/lib/auth/refusals";
import { loadSession } from "@/lib/auth/session";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import { SubmissionRefusedError } from "@/lib/domain/registration";
import { HostileInputError, isSecretField, nest, readFlatForm, sanitize } from "./parse";
import type { ActionState } from "./state";

type Revalidation = string | { path: string; type: "layout" | "page" };

/** Uploaded files that travel beside the parsed input: stored before the write, discarded if it fails. */
export type FileHandling<Stored, Input = unknown> = {
  /** The form field that carries the files; it never reaches the schema or the echoed values. */
  field: string;
  /**
   * Checks and stores the files (all or none: it cleans up after itself when it throws); it gets the validated
   * input too, so its checks can name the record the files are for.
   */
  store: (files: File[], input: Input) => Promise<Stored[]>;
  discard: (stored: Stored[]) => Promise<void>;
};

export type ActionOptions<S extends z.ZodType, R, Stored = never> = {
  /** Callable without a session (sign-in and language); every other action needs a signed-in user first. */
  public?: boolean;
  /** The password change is the one thing a user who must change their password may do. */
  allowPasswordChange?: boolean;
  /** The second factor's enrolment is the one thing a user whose role requires it may do before enrolling. */
  allowMfaEnrolment?: boolean;
  files?: FileHandling<Stored, z.output<S>>;
  /**
   * What to render again after the write. Any revalidation makes the action answer with the current page
   * rendered again (a full render): leave it out (undefined) for a write the form itself already shows.
   */
  revalidate?: Revalidation | Revalidation[] | ((input: z.output<S>, result: R) => Revalidation | Revalidation[] | undefined);
  /** Where to go after the write; undefined to stay and show the notice. */
  redirect?: string | ((input: z.output<S>, result: R) => string | undefined);
  /** A key under "notices." shown after a write that does not redirect. */
  notice?: string | ((input: z.output<S>, result: R) => string);
  /** What the form shows once after the write (e.g. new recovery codes), read from the call's result. */
  payload?: (result: R) => string[];
  /** A structured result for the form to render (an import's preview), read from the call's result. */
  data?: (result: R) => unknown;
  /** The written record's new version, for a form that stays open and saves again (autosave). */
  version?: (input: z.output<S>, result: R) => number;
  /** Renames the schema's error paths to the names the form uses (a payload nested under "task." …). */
  fieldName?: (path: string) => string;
};

type Call<S extends z.ZodType, R, Stored> = (input: z.output<S>, files: Stored[]) => Promise<R>;

/**
 * The one path of every server action: session first, then parsing (null-prototype, forbidden keys
 * refused, NFC), the schema, the data layer, and the translation of whatever it refused. Control flow
 * (redirect, notFound) from inside the data layer passes through; revalidation and the action's own
 * redirect happen outside any try.
 */
async function execute<S extends z.ZodType, R, Stored>(
  schema: S,
  call: Call<S, R, Stored>,
  options: ActionOptions<S, R, Stored>,
  raw: unknown,
): Promise<ActionState> {
  const user = options.public
    ? null
    : await requireSession(options.allowPasswordChange ?? false, options.allowMfaEnrolment ?? false);
  const who = user ? { userId: user.id, role: user.active?.role ?? null } : null;
  // A refused call is audited with what was called: a probe of ids or of the parser leaves a trace.
  const refused = (reason: string) =>
    recordRefusal(who, "action.refused", { entityType: "Action", entityId: call.name || "anonymous" }, reason);

  let parsedInput: unknown;
  let values: Record<string, string | string[]> | undefined;
  let files: File[] = [];
  try {
    if (raw instanceof FormData) {
      const skip = new Set(options.files ? [options.files.field] : []);
      const flat = readFlatForm(raw, skip);
      parsedInput = nest(flat);
      values = echo(flat);
      if (options.files) files = raw.getAll(options.files.field).filter((f): f is File => f instanceof File && f.size > 0);
    } else {
      parsedInput = sanitize(raw ?? {});
    }
  } catch (e) {
    if (e instanceof HostileInputError) {
      await refused("badInput");
      return refusal("badInput");
    }
    throw e;
  }

  let parsed: z.ZodSafeParseResult<z.output<S>>;
  try {
    parsed = schema.safeParse(parsedInput);
  } catch (e) {
    // A transform that throws is a fault of ours, answered like any other.
    return translateError(e, values);
  }
  if (!parsed.success) return invalid(parsed.error, values, options.fieldName);
  const input = parsed.data as z.output<S>;

  let result: R;
  let stored: Stored[] = [];
  try {
    if (options.files) stored = await options.files.store(files, input);
    // A call without files gets only its input, so no data-layer parameter ever receives a stray list.
    result = options.files ? await call(input, stored) : await (call as (input: z.output<S>) => Promise<R>)(input);
  } catch (e) {
    if (stored.length > 0) await options.files!.discard(stored);
    unstable_rethrow(e);
    // Out of scope reads as not found; it is audited here (a permission refusal already was, where it arose).
    if (e instanceof NotFoundError) await refused("notFound");
    return translateError(e, values);
  }

  for (const target of resolve(options.revalidate, input, result) ?? []) {
    if (typeof target === "string") revalidatePath(target);
    else revalidatePath(target.path, target.type);
  }
  const to = typeof options.redirect === "function" ? options.redirect(input, result) : options.redirect;
  if (to) redirect(to);
  const notice = typeof options.notice === "function" ? options.notice(input, result) : options.notice;
  const done: ActionState = notice ? await success(notice) : { status: "success" };
  if (options.version) done.version = options.version(input, result);
  if (options.data) done.data = options.data(result);
  return options.payload ? { ...done, payload: options.payload(result) } : done;
}

function resolve<S extends z.ZodType, R>(
  revalidate: ActionOptions<S, R>["revalidate"],
  input: z.output<S>,
  result: R,
): Revalidation[] | undefined {
  const value = typeof revalidate === "function" ? revalidate(input, result) : revalidate;
  return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}

async function requireSession(allowPasswordChange: boolean, allowMfaEnrolment: boolean) {
  const state = await loadSession();
  if (state.kind === "anonymous") redirect("/login");
  if (state.kind === "ended") redirect("/api/session/ended");
  if (state.user.mustChangePassword && !allowPasswordChange) redirect("/change-password");
  // A role that requires a second factor acts only once it is enrolled (the enrolment's own action passes).
  if (state.user.mustEnrolMfa && !allowPasswordChange && !allowMfaEnrolment) redirect("/account/security");
  return state.user;
}

/** A form action used with useActionState: `(previous state, form) => state`. */
export function action<S extends z.ZodType, R, Stored = never>(
  schema: S,
  call: Call<S, R, Stored>,
  options: ActionOptions<S, R, Stored> = {},
): (previous: ActionState, form: FormData) => Promise<ActionState> {
  return async (_previous, form) => execute(schema, call, options, form);
}

/** A form action used as `<form action>`: nothing to show, so a refusal simply leaves the page as it is. */
export function formAction<S extends z.ZodType, R>(
  schema: S,
  call: (input: z.output<S>) => Promise<R>,
  options: ActionOptions<S, R> = {},
): (form: FormData) => Promise<void> {
  return async (form) => {
    const state = await execute(schema, call, options, form);
    // A plain form has no place for a message: a record that is not the caller's is the not-found page.
    if (state.code === "notFound") notFound();
  };
}

/** An action a client component calls with plain values (react-hook-form lists, a decision dialog). */
export function jsonAction<S extends z.ZodType, R>(
  schema: S,
  call: (input: z.output<S>) => Promise<R>,
  options: ActionOptions<S, R> = {},
): (payload: unknown) => Promise<ActionState> {
  return async (payload) => execute(schema, call, options, payload);
}

/** What the user typed, for the form to show again; secrets are never sent back. */
function echo(flat: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(flat).filter(([key]) => !isSecretField(key)));
}

/**
 * Field errors from a failed parse. Schemas give message keys under "validation." (e.g. "required");
 * a check without its own key reads as "invalid".
 */
async function invalid(
  error: ZodError,
  values: ActionState["values"],
  fieldName: (path: string) => string = (p) => p,
): Promise<ActionState> {
  const t = await getTranslations("validation");
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = fieldName(issue.path.map(String).join(".")) || "_form";
    const key = t.has(issue.message) ? issue.message : "invalid";
    const params: Record<string, number> = {};
    if ("minimum" in issue) params.min = Number(issue.minimum);
    if ("maximum" in issue) params.max = Number(issue.maximum);
    (fieldErrors[field] ??= []).push(t(key, params));
  }
  return { status: "error", message: t("fixErrors"), fieldErrors, values };
}

async function refusal(code: string, values?: ActionState["values"]): Promise<ActionState> {
  const t = await getTranslations("errors");
  return { status: "error", message: t(code), values };
}

async function translateError(e: unknown, values: ActionState["values"]): Promise<ActionState> {
  if (e instanceof SubmissionRefusedError) {
    // Every reason at once, each in words, so the cadre can fix them together.
    const [t, ts] = await Promise.all([getTranslations("errors"), getTranslations("submission")]);
    const reasons = e.problems.map(({ code, ...params }) => ts(code, params));
    return { status: "error", message: [t("submissionRefused"), ...reasons].join("\n"), values };
  }
  const refused = e instanceof DomainError ? e : isUniqueViolation(e) ? new ConflictError() : null;
  if (refused) {
    const t = await getTranslations("errors");
    const message = t.has(refused.code) ? t(refused.code, refused.params) : t("unexpected");
    const fieldErrors = refused.field ? { fieldErrors: { [refused.field]: [message] } } : {};
    return { status: "error", message, values, code: refused.code, ...fieldErrors };
  }
  // Anything else is a fault of ours: the user gets a short id to quote, the log gets the id and the error.
  const correlationId = randomBytes(4).toString("hex");
  log.error({ err: e, correlationId }, "unexpected error in a server action");
  const t = await getTranslations("errors");
  return { status: "error", message: t("unexpectedWithId", { id: correlationId }), values };
}

/** Two racing creators: the loser reads the same conflict as any stale write. */
function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}

async function success(messageKey: string): Promise<ActionState> {
  const t = await getTranslations("notices");
  const message = t(messageKey);
  return { status: "success", message, notice: message };
}
