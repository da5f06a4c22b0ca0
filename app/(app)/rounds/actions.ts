"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failure, formToObject, invalid, success } from "@/lib/actions/server";
import type { ActionState } from "@/lib/actions/state";
import { changeRoundStatus, createRound, grantExtension } from "@/lib/dal/rounds";
import { DomainError } from "@/lib/domain/errors";
import { CreateRoundSchema, GrantExtensionSchema, RoundActionSchema } from "@/lib/validation/registration";

export async function createRoundAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = CreateRoundSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  let id: string;
  try {
    ({ id } = await createRound(parsed.data));
  } catch (e) {
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  revalidatePath("/rounds");
  redirect(`/rounds/${id}`);
}

export async function changeRoundStatusAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = RoundActionSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await changeRoundStatus(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  revalidatePath("/rounds");
  return success("roundChanged");
}

export async function grantExtensionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = GrantExtensionSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await grantExtension(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  revalidatePath(`/rounds/${parsed.data.roundId}`);
  redirect(`/rounds/${parsed.data.roundId}`);
}
