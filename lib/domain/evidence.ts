/** What may be attached as evidence: PDF, images and office documents, up to 10 MB each. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 10;
/**
 * The largest request a report save may be: every file at its limit, plus room for the text fields and the
 * multipart framing. The server (next.config.ts) accepts exactly this much, so a report within the rules is
 * never cut off on the way in.
 */
export const MAX_REPORT_BODY_BYTES = MAX_EVIDENCE_FILES * MAX_EVIDENCE_BYTES + 2 * 1024 * 1024;

export type EvidenceProblem = { code: "fileTooLarge"; name: string } | { code: "tooManyFiles"; max: number };

/** Why a set of chosen files would be refused, checked in the browser before anything is sent; null if fine. */
export function evidenceProblem(files: { name: string; size: number }[], alreadyAttached = 0): EvidenceProblem | null {
  if (alreadyAttached + files.length > MAX_EVIDENCE_FILES) return { code: "tooManyFiles", max: MAX_EVIDENCE_FILES };
  const large = files.find((f) => f.size > MAX_EVIDENCE_BYTES);
  return large ? { code: "fileTooLarge", name: large.name } : null;
}

/**
 * Accepted types, as detected from the file's content (its first bytes), never from its name. Old binary
 * Office files (.doc, .xls, .ppt) are all "application/x-cfb" to a content check.
 */
export const EVIDENCE_TYPES: Record<string, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/gif": "gif",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/x-cfb": "doc",
};

/**
 * What the evidence picker offers (its `accept`): any image, so a phone offers its camera, plus the accepted
 * document types by type and by extension (old Office files are known to a browser by their extension). The
 * server still decides by content (EVIDENCE_TYPES): an image type outside the list is refused there.
 */
export const EVIDENCE_ACCEPT = [
  "image/*",
  ...Object.keys(EVIDENCE_TYPES).filter((m) => !m.startsWith("image/") && m !== "application/x-cfb"),
  ...[...new Set(Object.values(EVIDENCE_TYPES))].map((ext) => `.${ext}`),
  ".jpeg",
  ".xls",
  ".ppt",
].join(",");
