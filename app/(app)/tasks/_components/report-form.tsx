"use client";

import { useActionState, useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormMessage, NumberField, TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { EvidenceUploads, sentEvidenceIds, useEvidenceUploads } from "@/components/forms/evidence-uploads";
import { formatTime } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { saveReportAction } from "../actions";
import { ReportSchema } from "@/lib/validation/report";

export type ReportFormTarget = { id: string; indicator: string; unitOfMeasure: string; hint: string };

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
  const [autosave, setAutosave] = useState<Autosave>(null);
  const [autosaving, setAutosaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stopped = useRef(false);
  const latestSave = useRef<() => Promise<void>>(async () => {});
  const scheduleAutosave = useCallback(() => {
    if (stopped.current) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void latestSave.current(), AUTOSAVE_DELAY_MS);
  }, []);

  // A staged file is saved with the draft a moment later, as typing is.
  const evidence = useEvidenceUploads({ taskId, attachedCount, onStaged: scheduleAutosave });
  const { uploading, markSaved } = evidence;

  /**
   * After a successful save: the new version, and the files that save sent are now the report's (only those:
   * a file staged while the save was on its way is linked by the next one).
   */
  const afterSave = useCallback(
    (result: ActionState, sent: FormData) => {
      if (result.status !== "success") return;
      if (result.version !== undefined) setVersion(result.version);
      markSaved(sentEvidenceIds(sent));
    },
    [markSaved],
  );

  const [state, action] = useActionState(async (previous: ActionState, form: FormData) => {
    const result = await saveReportAction(previous, form);
    afterSave(result, form);
    return result;
  }, initialActionState);

  const inFlight = useRef(false);
  const again = useRef(false);
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

  useEffect(() => () => clearTimeout(timer.current), []);

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
      <EvidenceUploads state={evidence} idPrefix="evidence" label={t("evidence")} />
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
