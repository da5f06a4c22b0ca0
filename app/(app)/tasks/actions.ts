"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failure, invalid } from "@/lib/actions/server";
import type { ActionState } from "@/lib/actions/state";
import { assignTaskDirectly } from "@/lib/dal/decisions";
import { DomainError } from "@/lib/domain/errors";
import { DirectAssignmentSchema } from "@/lib/validation/decision";

/** The standing committee assigns a task straight to a cadre, without a registration; then shows the task. */
export async function assignTaskDirectlyAction(payload: unknown): Promise<ActionState> {
  const parsed = DirectAssignmentSchema.safeParse(payload);
  if (!parsed.success) return invalid(parsed.error, new FormData());
  let taskId: string;
  try {
    ({ taskId } = await assignTaskDirectly(parsed.data));
  } catch (e) {
    if (e instanceof DomainError) return failure(e);
    throw e;
  }
  revalidatePath("/standing-committee");
  redirect(`/tasks/${taskId}`);
}
