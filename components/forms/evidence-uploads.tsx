"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { EVIDENCE_ACCEPT, evidenceProblem } from "@/lib/domain/evidence";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";

/** A chosen evidence file: uploading (with its progress), staged (uploaded, not yet saved), saved, or refused. */
export type Upload = {
  key: number;
  name: string;
  size: number;
  progress: number;
  status: "uploading" | "staged" | "saved" | "failed";
  id?: string;
  error?: string;
};

/** The staged ids a submitted form carried (its hidden `evidenceIds.N` inputs). */
export function sentEvidenceIds(sent: FormData): Set<string> {
  return new Set([...sent.entries()].filter(([k]) => k.startsWith("evidenceIds.")).map(([, v]) => String(v)));
}

/**
 * The evidence files of one form, staged through the one upload path (decisions 073 and 091): each file is
 * sent on its own to `POST /api/evidence` as soon as it is chosen, with its progress, and kept by the id the
 * server returns. The form holds the ids in its own state, so a save that comes back with an error still has
 * them; a successful save calls `markSaved` with the ids it carried.
 */
export function useEvidenceUploads({
  taskId,
  attachedCount = 0,
  onStaged,
}: {
  taskId: string;
  /** Files the record already holds; they count towards the limit. */
  attachedCount?: number;
  /** Called when a file is staged (the report form schedules its autosave). */
  onStaged?: () => void;
}) {
  const t = useTranslations("reports");
  const te = useTranslations("errors");
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const nextKey = useRef(0);
  const staged = useRef(onStaged);
  useEffect(() => {
    staged.current = onStaged;
  }, [onStaged]);

  const update = (key: number, change: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  // One file at a time, in the order chosen: a phone's upload is not shared between files, each shows its own
  // progress, and the record lists them in that order.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const upload = (file: File) => {
    const key = nextKey.current++;
    setUploads((list) => [...list, { key, name: file.name, size: file.size, progress: 0, status: "uploading" }]);
    queue.current = queue.current.then(
      () =>
        new Promise<void>((done) => {
          const xhr = new XMLHttpRequest();
          xhr.open("POST", "/api/evidence");
          xhr.responseType = "json";
          xhr.upload.onprogress = (e) => {
            if (e.lengthComputable) update(key, { progress: e.loaded / e.total });
          };
          xhr.onload = () => {
            const body = xhr.response as { id?: string; error?: string } | null;
            if (xhr.status === 200 && body?.id) {
              update(key, { status: "staged", id: body.id, progress: 1 });
              staged.current?.();
            } else update(key, { status: "failed", error: body?.error ?? te("unexpected") });
            done();
          };
          xhr.onerror = () => {
            update(key, { status: "failed", error: t("uploadNetworkError") });
            done();
          };
          const body = new FormData();
          body.set("taskId", taskId);
          body.set("file", file);
          xhr.send(body);
        }),
    );
  };

  const kept = uploads.filter((u) => u.status === "staged" || u.status === "saved" || u.status === "uploading").length;

  // Checked before sending: 100 MB that the server would refuse should not first travel there. The server
  // checks again (a browser can be bypassed).
  const choose = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = "";
    if (files.length === 0) return;
    const problem = evidenceProblem(files, attachedCount + kept);
    const message = problem
      ? problem.code === "fileTooLarge"
        ? te("fileTooLarge", { name: problem.name })
        : te("tooManyFiles", { max: problem.max })
      : null;
    setFileError(message);
    if (message) return;
    files.forEach(upload);
  };

  /** After a successful save: the files that save sent are now the record's (a file staged meanwhile is not). */
  const markSaved = useCallback((linked: Set<string>) => {
    setUploads((list) => list.map((u) => (u.status === "staged" && u.id && linked.has(u.id) ? { ...u, status: "saved" } : u)));
  }, []);

  const remove = (key: number) => setUploads((list) => list.filter((x) => x.key !== key));

  return {
    uploads,
    fileError,
    uploading: uploads.some((u) => u.status === "uploading"),
    choose,
    markSaved,
    remove,
  };
}

export type EvidenceUploadsState = ReturnType<typeof useEvidenceUploads>;

/** A file's size in whole kilobytes, rounded up: a file of a few hundred bytes reads "1 KB", not "0 KB". */
function kilobytes(bytes: number, locale: Parameters<typeof formatNumber>[1]): string {
  return formatNumber(Math.max(1, Math.ceil(bytes / 1024)), locale, 0);
}

/**
 * The file pickers (the phone's files, and its camera) and the list of chosen files with their progress, plus
 * the hidden `evidenceIds.N` inputs the save links. `idPrefix` keeps two forms on one page apart.
 */
export function EvidenceUploads({
  state,
  idPrefix,
  label,
  stagedText,
}: {
  state: EvidenceUploadsState;
  idPrefix: string;
  label: string;
  /** What an uploaded file not yet saved says, given its size in KB (the record it will be saved with). */
  stagedText?: (size: string) => string;
}) {
  const t = useTranslations("reports");
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "vi";
  const { uploads, fileError, choose, remove } = state;
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  const describedBy = fileError ? `${hintId} ${errorId}` : hintId;
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy}>
      <legend className="block text-sm font-medium text-slate-800">{label}</legend>
      {uploads
        .filter((u) => u.status === "staged" && u.id)
        .map((u, i) => (
          <input key={u.key} type="hidden" name={`evidenceIds.${i}`} value={u.id} />
        ))}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <label htmlFor={idPrefix} className="sr-only">
          {label}
        </label>
        {/* No name: files travel on their own to the staging area, never inside the form. */}
        <input
          id={idPrefix}
          type="file"
          multiple
          accept={EVIDENCE_ACCEPT}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => choose(e.currentTarget)}
          className="block w-full text-sm file:mr-3 file:min-h-10 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-semibold"
        />
        {/* A second picker for the camera: `capture` on the first would hide the phone's files. */}
        <label className="inline-flex min-h-10 cursor-pointer items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 focus-within:ring-2 focus-within:ring-brand-600 sm:hidden">
          {t("takePhoto")}
          <input
            type="file"
            accept="image/*"
            capture="environment"
            className="sr-only"
            data-testid="evidence-camera"
            onChange={(e) => choose(e.currentTarget)}
          />
        </label>
      </div>
      <p id={hintId} className="text-xs text-slate-600">
        {t("evidenceHint")}
      </p>
      {fileError && (
        <p id={errorId} className="text-sm text-red-700" data-testid="evidence-error" role="alert">
          {fileError}
        </p>
      )}
      {uploads.length > 0 && (
        <ul className="space-y-2" aria-label={t("chosenFiles")} data-testid="evidence-uploads">
          {uploads.map((u) => (
            <li
              key={u.key}
              className="rounded-md border border-slate-200 px-3 py-2 text-sm"
              data-testid="evidence-upload"
              data-status={u.status}
            >
              <div className="flex items-center justify-between gap-2">
                <span className="min-w-0 truncate">{u.name}</span>
                <span className="shrink-0 text-xs text-slate-600">
                  {u.status === "uploading"
                    ? t("uploading", { percent: formatPercent(u.progress * 100, locale, 0) })
                    : u.status === "failed"
                      ? ""
                      : u.status === "saved"
                        ? t("uploadSaved", { size: kilobytes(u.size, locale) })
                        : (stagedText ?? ((size) => t("uploadStaged", { size })))(kilobytes(u.size, locale))}
                </span>
              </div>
              {u.status === "uploading" && (
                <progress
                  className="mt-1 h-1.5 w-full"
                  max={1}
                  value={u.progress}
                  aria-label={t("uploadProgress", { name: u.name })}
                />
              )}
              {u.status === "failed" && <p className="mt-1 text-red-700">{u.error}</p>}
              {u.status === "staged" && (
                <button type="button" className="mt-1 text-xs text-red-700 underline" onClick={() => remove(u.key)}>
                  {t("removeFile", { name: u.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
