"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { failure, formToObject, invalid, success } from "@/lib/actions/server";
import type { ActionState } from "@/lib/actions/state";
import {
  addRole,
  createCadre,
  createUnit,
  createUser,
  removeRole,
  resetPassword,
  setCadreActive,
  setUnitActive,
  setUserActive,
  updateCadre,
  updateUnit,
  updateUser,
} from "@/lib/dal/admin";
import { DomainError } from "@/lib/domain/errors";
import {
  AddRoleSchema,
  CreateCadreSchema,
  CreateUnitSchema,
  CreateUserSchema,
  RemoveRoleSchema,
  ResetPasswordSchema,
  SetActiveSchema,
  UpdateCadreSchema,
  UpdateUnitSchema,
  UpdateUserSchema,
} from "@/lib/validation/admin";

/**
 * The one shape of every admin action: parse on the server, call the data layer (which authorizes and
 * audits), turn a refused rule into a translated message with the typed values kept.
 */
async function run<S extends z.ZodType>(
  schema: S,
  form: FormData,
  write: (input: z.output<S>) => Promise<unknown>,
): Promise<ActionState | null> {
  const parsed = schema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await write(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  return null;
}

export async function createUnitAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const refused = await run(CreateUnitSchema, form, createUnit);
  if (refused) return refused;
  revalidatePath("/admin/units");
  redirect("/admin/units");
}

export async function updateUnitAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const refused = await run(UpdateUnitSchema, form, updateUnit);
  if (refused) return refused;
  revalidatePath("/admin/units");
  redirect("/admin/units");
}

export async function setUnitActiveAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const refused = await run(SetActiveSchema, form, setUnitActive);
  if (refused) return refused;
  revalidatePath("/admin/units");
  return success(form.get("active") === "true" ? "activated" : "deactivated");
}

export async function createCadreAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const refused = await run(CreateCadreSchema, form, createCadre);
  if (refused) return refused;
  revalidatePath("/admin/cadres");
  redirect("/admin/cadres");
}

export async function updateCadreAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const refused = await run(UpdateCadreSchema, form, updateCadre);
  if (refused) return refused;
  revalidatePath("/admin/cadres");
  redirect("/admin/cadres");
}

export async function setCadreActiveAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const refused = await run(SetActiveSchema, form, setCadreActive);
  if (refused) return refused;
  revalidatePath("/admin/cadres");
  return success(form.get("active") === "true" ? "activated" : "deactivated");
}

export async function createUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let created: { id: string } | undefined;
  const refused = await run(CreateUserSchema, form, async (input) => (created = await createUser(input)));
  if (refused) return refused;
  revalidatePath("/admin/users");
  redirect(`/admin/users/${created!.id}`);
}

export async function updateUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const refused = await run(UpdateUserSchema, form, updateUser);
  if (refused) return refused;
  revalidatePath("/admin/users");
  return success("saved");
}

export async function setUserActiveAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const refused = await run(SetActiveSchema, form, setUserActive);
  if (refused) return refused;
  revalidatePath("/admin/users");
  return success(form.get("active") === "true" ? "activated" : "deactivated");
}

export async function resetPasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const refused = await run(ResetPasswordSchema, form, resetPassword);
  if (refused) return refused;
  revalidatePath("/admin/users");
  return success("passwordReset");
}

export async function addRoleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const refused = await run(AddRoleSchema, form, addRole);
  if (refused) return refused;
  revalidatePath("/admin/users");
  return success("roleAdded");
}

export async function removeRoleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const refused = await run(RemoveRoleSchema, form, (input) => removeRole(input.membershipId));
  if (refused) return refused;
  revalidatePath("/admin/users");
  return success("roleRemoved");
}
