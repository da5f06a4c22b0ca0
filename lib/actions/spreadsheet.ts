import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { IMPORT_LIMITS } from "@/lib/import/parse";
import type { FileHandling } from "./server";

/**
 * The one spreadsheet of an import form, read into memory (it is at most IMPORT_LIMITS.maxBytes); nothing is
 * stored. Shared by every import (units, cadres and accounts; a decision's task list).
 */
export const spreadsheetUpload: FileHandling<Uint8Array> = {
  field: "file",
  store: async (files) => {
    if (files.length !== 1) throw new DomainError("importNoFile");
    const file = files[0]!;
    // A larger file is refused before it is read.
    if (file.size > IMPORT_LIMITS.maxBytes)
      throw new DomainError("importFileTooLarge", { mb: IMPORT_LIMITS.maxBytes / 1024 / 1024 });
    return [new Uint8Array(await file.arrayBuffer())];
  },
  discard: async () => {},
};
