"use client";

import { useActionState, useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormMessage, NumberField, TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { EVIDENCE_ACCEPT, evidenceProblem } from "@/lib/domain/evidence";
import { formatNumber, formatPercent, formatTime } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { saveReportAction } from "../actions";
import { ReportSchema } from "@/lib/validation/report";

export type ReportFormTarget = { id: string; indicator: string; unitOfMeasure: string; hint: string };

/** A chosen evidence file: uploading (with its progress), staged (uploaded, not yet saved), saved, or refused. */
type Upload = {
  key: number;
  name: string;
  size: number;
  progress: number;
  status: "uploading" | "staged" | "saved" | "failed";
  id?: string;
  error?: string;
};

type Autosave = { kind: "saved"; at: Date } | { kind: "conflict" | "failed"; message: string } | null;

/** How long the cadre pauses before the draft saves itself. */
const AUTOSAVE_DELAY_MS = 2500;

/**
 * The cadre's quarterly report, phone first: what was done, each target's actual value (decimal keypad),
 * difficulties, proposals and evidence. Each evidence file is uploaded as soon as it is chosen (from the
 * files or the camera), with its progress, and kept by id: a form that comes back with an error still holds
 * them (decision 073). The draft saves itself a moment after the cadre stops typing, through the same save
 * with the version check, so two tabs never overwrite each other. "Submit" sends it to the supervisor.
 */
export function ReportForm({
  taskId,
  year,
  quarter,
  version: initialVersion,
  targets,
  values,
  attachedCount = 0,
}: {
  taskId: string;
  year: number;
  quarter: number;
  version?: number;
  targets: ReportFormTarget[];
  values: { results: string; selfProgress: string; difficulties: string; proposals: string; actuals: Record<string, string> };
  /** Evidence files the report already holds; they count towards the limit. */
  attachedCount?: number;
}) {
  const t = useTranslations("reports");
  const te = useTranslations("errors");
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "vi";
  const [version, setVersion] = useState(initialVersion);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [autosave, setAutosave] = useState<Autosave>(null);
  const [autosaving, setAutosaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const nextKey = useRef(0);
  const stopped = useRef(false);

  /**
   * After a successful save: the new version, and the files that save sent are now the report's (only those:
   * a file staged while the save was on its way is linked by the next one).
   */
  const afterSave = useCallback((result: ActionState, sent: FormData) => {
    if (result.status !== "success") return;
    if (result.version !== undefined) setVersion(result.version);
    const linked = new Set([...sent.entries()].filter(([k]) => k.startsWith("evidenceIds.")).map(([, v]) => String(v)));
    setUploads((list) => list.map((u) => (u.status === "staged" && u.id && linked.has(u.id) ? { ...u, status: "saved" } : u)));
  }, []);

  const [state, action] = useActionState(async (previous: ActionState, form: FormData) => {
    const result = await saveReportAction(previous, form);
    afterSave(result, form);
    return result;
  }, initialActionState);

  const uploading = uploads.some((u) => u.status === "uploading");
  const kept = uploads.filter((u) => u.status === "staged" || u.status === "saved" || u.status === "uploading").length;

  const inFlight = useRef(false);
  const again = useRef(false);
  const latestSave = useRef<() => Promise<void>>(async () => {});
  const saveDraftNow = useCallback(async (): Promise<void> => {
    const form = formRef.current;
    if (!form || stopped.current) return;
    // One save at a time: a second one would carry the version the first is about to move on. It runs once
    // the first is back.
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    const data = new FormData(form);
    data.set("intent", "save");
    setAutosaving(true);
    try {
      const result = await saveReportAction(initialActionState, data);
      afterSave(result, data);
      if (result.status === "success") setAutosave({ kind: "saved", at: new Date() });
      else if (result.code === "conflict") {
        // Someone saved this report elsewhere: stop saving over it; the cadre reloads to see theirs.
        stopped.current = true;
        setAutosave({ kind: "conflict", message: result.message ?? te("conflict") });
      } else setAutosave({ kind: "failed", message: result.message ?? te("unexpected") });
    } catch {
      setAutosave({ kind: "failed", message: te("unexpected") });
    } finally {
      inFlight.current = false;
      setAutosaving(false);
      if (again.current) {
        again.current = false;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void latestSave.current(), AUTOSAVE_DELAY_MS);
      }
    }
  }, [afterSave, te]);
  useEffect(() => {
    latestSave.current = saveDraftNow;
  }, [saveDraftNow]);

  const scheduleAutosave = useCallback(() => {
    if (stopped.current) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void latestSave.current(), AUTOSAVE_DELAY_MS);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  const update = (key: number, change: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  // One file at a time, in the order chosen: a phone's upload is not shared between files, each shows its own
  // progress, and the report lists them in that order.
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
              scheduleAutosave();
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

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    clearTimeout(timer.current);
    if (uploading || autosaving) e.preventDefault();
  };

  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={onSubmit}
      onInput={scheduleAutosave}
      className="space-y-4"
      noValidate
      data-testid="report-form"
    >
      <FormMessage state={state} />
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="quarter" value={quarter} />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      {uploads
        .filter((u) => u.status === "staged" && u.id)
        .map((u, i) => (
          <input key={u.key} type="hidden" name={`evidenceIds.${i}`} value={u.id} />
        ))}
      <TextAreaField
        schema={ReportSchema}
        name="results"
        label={t("results")}
        hint={t("resultsHint")}
        state={state}
        defaultValue={values.results}
        rows={5}
        required
      />
      <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-base font-semibold">{t("actuals")}</legend>
        {targets.map((target, i) => (
          <div key={target.id}>
            <input type="hidden" name={`actuals.${i}.targetId`} value={target.id} />
            <NumberField
              schema={ReportSchema}
              name={`actuals.${i}.actualValue`}
              label={`${target.indicator} (${target.unitOfMeasure})`}
              hint={target.hint}
              state={state}
              defaultValue={values.actuals[target.id] ?? ""}
              required
            />
          </div>
        ))}
      </fieldset>
      <NumberField
        schema={ReportSchema}
        name="selfProgress"
        label={t("selfProgress")}
        hint={t("selfProgressHint")}
        state={state}
        defaultValue={values.selfProgress}
      />
      <TextAreaField
        schema={ReportSchema}
        name="difficulties"
        label={t("difficulties")}
        state={state}
        defaultValue={values.difficulties}
      />
      <TextAreaField
        schema={ReportSchema}
        name="proposals"
        label={t("proposals")}
        state={state}
        defaultValue={values.proposals}
      />
      <fieldset className="space-y-2" aria-describedby={fileError ? "evidence-hint evidence-error" : "evidence-hint"}>
        <legend className="block text-sm font-medium text-slate-800">{t("evidence")}</legend>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
          <label htmlFor="evidence" className="sr-only">
            {t("evidence")}
          </label>
          {/* No name: files travel on their own to the staging area, never inside the form. */}
          <input
            id="evidence"
            type="file"
            multiple
            accept={EVIDENCE_ACCEPT}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "evidence-hint evidence-error" : "evidence-hint"}
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
        <p id="evidence-hint" className="text-xs text-slate-600">
          {t("evidenceHint")}
        </p>
        {fileError && (
          <p id="evidence-error" className="text-sm text-red-700" data-testid="evidence-error" role="alert">
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
                        : t(u.status === "saved" ? "uploadSaved" : "uploadStaged", {
                            size: formatNumber(u.size / 1024, locale, 0),
                          })}
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
                  <button
                    type="button"
                    className="mt-1 text-xs text-red-700 underline"
                    onClick={() => setUploads((list) => list.filter((x) => x.key !== u.key))}
                  >
                    {t("removeFile", { name: u.name })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <p className="min-h-5 text-sm text-slate-600" role="status" data-testid="autosave-status">
        {autosaving
          ? t("autosaving")
          : autosave?.kind === "saved"
            ? t("autosaved", { time: formatTime(autosave.at, locale) })
            : (autosave?.message ?? "")}
      </p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="intent" value="submit" disabled={uploading || autosaving}>
          {t("submit")}
        </SubmitButton>
        <SubmitButton name="intent" value="save" variant="secondary" disabled={uploading || autosaving}>
          {t("saveDraft")}
        </SubmitButton>
      </div>
    </form>
  );
}
