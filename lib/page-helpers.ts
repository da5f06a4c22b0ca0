import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/domain/errors";

/** A record the data layer reports missing or out of scope becomes the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
