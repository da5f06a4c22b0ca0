import { z } from "zod";
import { id } from "./common";

export const OpenNotificationSchema = z.object({ id });
/** Marking every notification read takes no input. */
export const MarkAllReadSchema = z.object({});
