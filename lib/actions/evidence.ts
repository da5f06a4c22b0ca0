import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { admitEvidenceUpload, stageEvidence, type StagedEvidence, type StoredEvidence } from "@/lib/dal/reports/report";
import { EVIDENCE_TYPES, MAX_EVIDENCE_BYTES } from "@/lib/domain/evidence";
import { DomainError } from "@/lib/domain/errors";
import { discardFiles, storeFile } from "@/lib/storage";

/**
 * Evidence of a report or of an explanation's answer: each file's type is read from its content and must be a
 * PDF, an image or an office document of at most 10 MB; the bytes are stored under a name the server chooses
 * before the file is staged. A refused file discards the ones already stored, so a failure leaves nothing.
 */
async function storeEvidence(files: File[], input: { taskId: string }): Promise<StoredEvidence[]> {
  // Uploads are limited per client address, counted (and a refusal audited) before any byte is stored.
  await admitEvidenceUpload(input.taskId, files.length);
  const stored: StoredEvidence[] = [];
  try {
    for (const file of files) {
      if (file.size > MAX_EVIDENCE_BYTES) throw new DomainError("fileTooLarge", { name: file.name });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const detected = await fileTypeFromBuffer(bytes);
      if (!detected || !(detected.mime in EVIDENCE_TYPES)) throw new DomainError("fileType", { name: file.name });
      stored.push({
        fileName: file.name.normalize("NFC").slice(0, 200),
        mimeType: detected.mime,
        sizeBytes: file.size,
        storageKey: await storeFile(bytes),
      });
    }
  } catch (e) {
    await discardEvidence(stored);
    throw e;
  }
  return stored;
}

async function discardEvidence(stored: StoredEvidence[]): Promise<void> {
  await discardFiles(stored.map((s) => s.storageKey));
}

/**
 * One file uploaded ahead of the save or the answer (app/api/evidence): checked and stored, then
 * staged as a pending attachment of the caller's task; its bytes are discarded if staging is refused.
 */
export async function stageEvidenceUpload(taskId: string, file: File): Promise<StagedEvidence> {
  const stored = await storeEvidence([file], { taskId });
  try {
    return await stageEvidence(taskId, stored[0]!);
  } catch (e) {
    await discardEvidence(stored);
    throw e;
  }
}
