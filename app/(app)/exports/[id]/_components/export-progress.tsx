"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

type State = { status: "QUEUED" | "RUNNING" | "DONE" | "FAILED"; progress: number; fileName: string | null };

/** Polls the job's state every 1.5 s until it is done or failed; then offers the file. */
export function ExportProgress({ id, initial }: { id: string; initial: State }) {
  const t = useTranslations("exportJob");
  const [state, setState] = useState<State>(initial);
  const finished = state.status === "DONE" || state.status === "FAILED";
  useEffect(() => {
    if (finished) return;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/export-jobs/${encodeURIComponent(id)}`, { cache: "no-store" }).catch(() => null);
      if (response?.ok) setState((await response.json()) as State);
    }, 1500);
    return () => clearInterval(timer);
  }, [id, finished]);
  return (
    <div className="space-y-3" data-testid="export-job" data-status={state.status}>
      <label className="block text-sm font-medium text-slate-800" htmlFor="export-progress">
        {t(`states.${state.status}`)}
      </label>
      <progress id="export-progress" className="h-3 w-full accent-brand-600" max={100} value={state.progress}>
        {state.progress} %
      </progress>
      <p className="text-sm tabular-nums text-slate-600" aria-live="polite">
        {t("percent", { percent: state.progress })}
      </p>
      {state.status === "DONE" && (
        <a href={`/api/export-jobs/${encodeURIComponent(id)}/file`} className={buttonClass()} data-testid="export-job-download">
          {t("download", { name: state.fileName ?? "" })}
        </a>
      )}
      {state.status === "FAILED" && <p className="text-sm text-red-700">{t("failed")}</p>}
    </div>
  );
}
