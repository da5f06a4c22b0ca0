"use client";

import { useMemo, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { showToast, useNoticeToast } from "@/components/ui/toaster";
import type { ActionState } from "@/lib/actions/state";
import { formatNumber } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { maxLengthOf } from "@/lib/validation/limits";
import { DECIMAL_MAX_LENGTH } from "@/lib/validation/registration";
import { BulkAssignmentSchema, SaveCadreGroupSchema } from "@/lib/validation/template";
import { bulkAssignAction, saveCadreGroupAction } from "../actions";
import { DecisionFields } from "./decision-fields";

export type GridTarget = { indicator: string; unitOfMeasure: string; baseline: string | null; targetValue: string };
export type GridCadre = { id: string; fullName: string; positionTitle: string; unitName: string };
export type GridSupervisor = { id: string; fullName: string; unitName: string };

type Row = { selected: boolean; supervisorId: string; values: { baseline: string; targetValue: string }[] };

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-base tabular-nums shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-500 sm:text-sm";

/**
 * The grid of a bulk assignment: one row per picked cadre, a baseline and a target input per template target
 * (prefilled with the template's values, typed the Vietnamese way), a supervisor per row (the default when
 * left as is), and the decision the whole batch is assigned under. Its idempotency key is drawn once per page:
 * a double click or a retry sends the same key, and the server creates nothing twice. On a phone each row is
 * a compact card.
 */
export function BulkGrid({
  templateId,
  templateVersion,
  roundId,
  targets,
  cadres,
  supervisors,
}: {
  templateId: string;
  templateVersion: number;
  roundId: string;
  targets: GridTarget[];
  cadres: GridCadre[];
  supervisors: GridSupervisor[];
}) {
  const t = useTranslations("bulkAssign");
  const tv = useTranslations("validation");
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "vi";
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [groupState, setGroupState] = useState<ActionState | undefined>(undefined);
  useNoticeToast(groupState);
  const [decision, setDecision] = useState({
    decisionNumber: "",
    decisionDate: "",
    defaultSupervisorId: supervisors[0]?.id ?? "",
  });
  const [groupName, setGroupName] = useState("");
  const show = (v: string | null) => (v === null ? "" : formatNumber(v, locale, 4));
  const [rows, setRows] = useState<Row[]>(() =>
    cadres.map(() => ({
      selected: true,
      supervisorId: "",
      values: targets.map((x) => ({ baseline: show(x.baseline), targetValue: show(x.targetValue) })),
    })),
  );
  const selectedIndexes = useMemo(() => rows.flatMap((r, i) => (r.selected ? [i] : [])), [rows]);
  const allSelected = selectedIndexes.length === rows.length;

  const update = (i: number, change: (r: Row) => Row) => setRows((rs) => rs.map((r, j) => (j === i ? change(r) : r)));
  const setValue = (i: number, k: number, key: "baseline" | "targetValue", value: string) =>
    update(i, (r) => ({ ...r, values: r.values.map((v, m) => (m === k ? { ...v, [key]: value } : v)) }));

  const errorOf = (path: string) => errors[path]?.map((m) => (tv.has(m) ? tv(m) : m)).join(" ");
  // A server error names the submitted row; the grid shows it on the cadre's row.
  const submittedIndex = new Map(selectedIndexes.map((i, n) => [i, n]));

  const submit = () => {
    setMessage(null);
    setErrors({});
    startTransition(async () => {
      const result = await bulkAssignAction({
        idempotencyKey,
        templateId,
        templateVersion,
        roundId,
        ...decision,
        rows: selectedIndexes.map((i) => ({
          cadreId: cadres[i]!.id,
          supervisorId: rows[i]!.supervisorId,
          targets: rows[i]!.values,
        })),
      });
      if (result.status === "error") {
        setMessage(result.message ?? null);
        setErrors(result.fieldErrors ?? {});
      }
    });
  };

  const saveGroup = () =>
    startTransition(async () => {
      const result = await saveCadreGroupAction({ name: groupName, cadreIds: selectedIndexes.map((i) => cadres[i]!.id) });
      setGroupState(result);
      if (result.status === "error") showToast(result.message ?? "", "error");
    });

  return (
    <div className="space-y-6">
      {message && (
        <p
          role="alert"
          data-testid="form-message"
          className="whitespace-pre-line rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {message}
        </p>
      )}
      <DecisionFields
        idPrefix="bulk"
        supervisors={supervisors}
        numberMaxLength={maxLengthOf(BulkAssignmentSchema, "decisionNumber")}
        errorOf={errorOf}
        values={decision}
        onChange={setDecision}
      />

      <section aria-labelledby="bulk-grid-title" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="bulk-grid-title" className="text-base font-semibold">
            {t("grid", { count: selectedIndexes.length })}
          </h2>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={allSelected}
              onChange={(e) => setRows((rs) => rs.map((r) => ({ ...r, selected: e.target.checked })))}
              className="size-5"
            />
            {t("selectAll")}
          </label>
        </div>
        <table className="w-full text-sm max-sm:block" data-testid="bulk-grid">
          <caption className="sr-only">{t("grid", { count: selectedIndexes.length })}</caption>
          <thead className="max-sm:hidden">
            <tr className="border-b border-slate-200 text-left text-xs text-slate-600">
              <th scope="col" className="p-2">
                <span className="sr-only">{t("select")}</span>
              </th>
              <th scope="col" className="p-2">
                {t("cadre")}
              </th>
              {targets.map((x, k) => (
                <th key={k} scope="col" colSpan={2} className="p-2">
                  {x.indicator} ({x.unitOfMeasure})
                  <span className="mt-0.5 grid grid-cols-2 gap-2 font-normal">
                    <span>{t("baselineShort")}</span>
                    <span>{t("targetShort")}</span>
                  </span>
                </th>
              ))}
              <th scope="col" className="p-2">
                {t("supervisor")}
              </th>
            </tr>
          </thead>
          <tbody className="max-sm:block max-sm:space-y-2">
            {cadres.map((c, i) => {
              const row = rows[i]!;
              const n = submittedIndex.get(i);
              return (
                <tr
                  key={c.id}
                  data-testid="bulk-row"
                  className="border-b border-slate-100 align-top max-sm:block max-sm:rounded-md max-sm:border max-sm:border-slate-200 max-sm:p-2 aria-disabled:opacity-60"
                  aria-disabled={!row.selected || undefined}
                >
                  <td className="p-2 max-sm:inline-block max-sm:p-1">
                    <input
                      type="checkbox"
                      checked={row.selected}
                      onChange={(e) => update(i, (r) => ({ ...r, selected: e.target.checked }))}
                      aria-label={t("selectRow", { name: c.fullName })}
                      className="size-5"
                    />
                  </td>
                  <td className="p-2 max-sm:inline-block max-sm:w-[calc(100%-2.5rem)] max-sm:p-1">
                    <div className="font-medium">{c.fullName}</div>
                    <div className="text-xs text-slate-600">
                      {c.positionTitle} · {c.unitName}
                    </div>
                  </td>
                  {targets.map((x, k) =>
                    (["baseline", "targetValue"] as const).map((key) => {
                      const path = n === undefined ? "" : `rows.${n}.targets.${k}.${key}`;
                      const error = path ? errorOf(path) : undefined;
                      const id = `cell-${i}-${k}-${key}`;
                      return (
                        <td key={`${k}-${key}`} className="p-2 max-sm:inline-block max-sm:w-1/2 max-sm:p-1">
                          <span className="text-xs text-slate-600 sm:hidden" aria-hidden>
                            {key === "baseline" ? t("baselineShort") : t("targetShort")} · {x.unitOfMeasure}
                          </span>
                          <input
                            id={id}
                            type="text"
                            inputMode="decimal"
                            autoComplete="off"
                            maxLength={DECIMAL_MAX_LENGTH}
                            value={row.values[k]![key]}
                            disabled={!row.selected}
                            onChange={(e) => setValue(i, k, key, e.target.value)}
                            aria-label={t(key === "baseline" ? "cellBaseline" : "cellTarget", {
                              indicator: x.indicator,
                              unit: x.unitOfMeasure,
                              name: c.fullName,
                            })}
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? `${id}-error` : undefined}
                            className={`${inputClass} sm:w-28`}
                          />
                          {error && (
                            <p id={`${id}-error`} className="mt-1 text-xs text-red-700">
                              {error}
                            </p>
                          )}
                        </td>
                      );
                    }),
                  )}
                  <td className="p-2 max-sm:block max-sm:p-1">
                    <select
                      value={row.supervisorId}
                      disabled={!row.selected}
                      onChange={(e) => update(i, (r) => ({ ...r, supervisorId: e.target.value }))}
                      aria-label={t("rowSupervisor", { name: c.fullName })}
                      className={`${inputClass} sm:w-48`}
                    >
                      <option value="">{t("sameAsDefault")}</option>
                      {supervisors.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.fullName}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <div className="flex flex-wrap items-end justify-between gap-4">
        <button
          type="button"
          onClick={submit}
          disabled={pending || selectedIndexes.length === 0}
          className={buttonClass("primary")}
          data-testid="bulk-submit"
        >
          {pending ? t("submitting") : t("submit", { count: selectedIndexes.length })}
        </button>
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="bulk-group-name" className="block text-sm font-medium text-slate-800">
              {t("groupName")}
            </label>
            <input
              id="bulk-group-name"
              type="text"
              value={groupName}
              maxLength={maxLengthOf(SaveCadreGroupSchema, "name")}
              onChange={(e) => setGroupName(e.target.value)}
              className={`mt-1 ${inputClass}`}
            />
          </div>
          <button
            type="button"
            onClick={saveGroup}
            disabled={pending || !groupName.trim() || selectedIndexes.length === 0}
            className={buttonClass("secondary")}
          >
            {t("saveGroup")}
          </button>
        </div>
      </div>
    </div>
  );
}
