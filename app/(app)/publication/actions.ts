"use server";

import { revalidatePath } from "next/cache";
import { failure, formToObject, invalid, success } from "@/lib/actions/server";
import type { ActionState } from "@/lib/actions/state";
import { setRoundPublic } from "@/lib/dal/publication";
import { DomainError } from "@/lib/domain/errors";
import { PublishRoundSchema } from "@/lib/validation/publication";

export async function publishRoundAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = PublishRoundSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await setRoundPublic(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  revalidatePath("/publication");
  return success(parsed.data.isPublic ? "roundPublished" : "roundUnpublished");
}
