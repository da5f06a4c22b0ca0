"use server";

import { action } from "@/lib/actions/server";
import { setRoundPublic } from "@/lib/dal/read-models/publication";
import { PublishRoundSchema } from "@/lib/validation/publication";

export const publishRoundAction = action(PublishRoundSchema, setRoundPublic, {
  revalidate: "/publication",
  notice: (input) => (input.isPublic ? "roundPublished" : "roundUnpublished"),
});
