"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormMessage, NumberField, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmSubmit } from "@/components/ui/confirm-dialog";
import { councilSheetTotal } from "@/lib/domain/evaluation";
import { parseDecimalInput } from "@/lib/domain/numbers";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { initialActionState } from "@/lib/actions/state";
import { DEFAULT_CRITERIA, DEFAULT_THRESHOLDS, RATINGS, type Rating } from "@/lib/domain/evaluation";
import { councilByDefault, EVALUATION_PERIOD_KINDS, type EvaluationPeriodKind } from "@/lib/domain/evaluation-periods";
import { isQuarter, quarterEvaluationDueDate, vietnamDayString } from "@/lib/domain/quarters";
import {
  addToCycleAction,
  carryOverAction,
  councilScoresAction,
  decideEvaluationAction,
  finaliseAction,
  moveEvaluationAction,
  openCycleAction,
  reopenAction,
  selfAssessAction,
} from "../actions";
import {
  CouncilScoresSchema,
  DecideEvaluationSchema,
  FinaliseSchema,
  MoveEvaluationSchema,
  OpenCycleSchema,
  ReopenSchema,
  SelfAssessmentSchema,
} from "@/lib/validation/evaluation";

function useRatingOptions() {
  const tr = useTranslations("ratings");
  return RATINGS.map((r) => ({ value: r, label: tr(r) }));
}

/** A rating nobody has chosen yet: an empty first option, so that no level is ever submitted by default. */
function useRatingPlaceholder() {
  return useTranslations("evaluations")("chooseRating");
}

export function OpenCycleForm({
  rounds,
  councilUsers,
  defaultYear,
  defaultQuarter,
}: {
  rounds: { id: string; name: string }[];
  councilUsers: { id: string; fullName: string }[];
  defaultYear: number;
  defaultQuarter: { year: number; quarter: number };
}) {
  const t = useTranslations("evaluations");
  const tr = useTranslations("ratings");
  const [state, action] = useActionState(openCycleAction, initialActionState);
  const echoed = (name: string) => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined);
  const [kind, setKind] = useState<EvaluationPeriodKind>((echoed("periodKind") as EvaluationPeriodKind) ?? "QUARTER");
  const [quarter, setQuarter] = useState(Number(echoed("quarter") ?? defaultQuarter.quarter));
  const [year, setYear] = useState(Number(echoed("year") ?? defaultQuarter.year));
  const [council, setCouncil] = useState<"yes" | "no">(
    (echoed("council") as "yes" | "no") ?? (councilByDefault(kind) ? "yes" : "no"),
  );
  // The due date a quarter gets unless the committee types another: the 15th of its last month.
  const suggestedDue =
    kind === "QUARTER" && isQuarter({ year, quarter }) ? vietnamDayString(quarterEvaluationDueDate({ year, quarter })) : "";
  return (
    <form
      action={action}
      className="space-y-5"
      noValidate
      onChange={(e) => {
        const target = e.target as unknown as HTMLInputElement | HTMLSelectElement;
        if (target.name === "periodKind") {
          const next = target.value as EvaluationPeriodKind;
          setKind(next);
          setCouncil(councilByDefault(next) ? "yes" : "no");
          setYear(next === "QUARTER" ? defaultQuarter.year : defaultYear);
        }
        if (target.name === "quarter") setQuarter(Number(target.value));
        if (target.name === "year") setYear(Number(target.value));
      }}
    >
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="roundId"
          label={t("round")}
          state={state}
          required
          options={rounds.map((r) => ({ value: r.id, label: r.name }))}
        />
        <SelectField
          name="periodKind"
          label={t("periodKind")}
          state={state}
          required
          defaultValue={kind}
          options={EVALUATION_PERIOD_KINDS.map((k) => ({ value: k, label: t(`periodKinds.${k}`) }))}
        />
        <TextField
          key={`year-${kind}`}
          schema={OpenCycleSchema}
          name="year"
          type="number"
          label={t("year")}
          state={state}
          defaultValue={String(year)}
          required
        />
        {kind === "QUARTER" && (
          <SelectField
            name="quarter"
            label={t("quarter")}
            state={state}
            required
            defaultValue={String(quarter)}
            options={[1, 2, 3, 4].map((q) => ({ value: String(q), label: t("quarterN", { quarter: q, year }) }))}
          />
        )}
        <TextField
          key={`due-${suggestedDue}`}
          name="dueDate"
          type="date"
          label={t("dueDate")}
          hint={t("dueDateHint")}
          state={state}
          defaultValue={suggestedDue}
        />
      </div>
      <fieldset className="space-y-2 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-base font-semibold">{t("councilChoice")}</legend>
        <p className="text-sm text-slate-600">{t("councilHint")}</p>
        {(["yes", "no"] as const).map((v) => (
          <label key={v} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="council"
              value={v}
              checked={council === v}
              onChange={() => setCouncil(v)}
              className="h-4 w-4"
            />
            {v === "yes" ? t("councilYes") : t("councilNo")}
          </label>
        ))}
      </fieldset>
      {council === "yes" && (
        <fieldset className="space-y-2 rounded-lg border border-slate-200 p-4">
          <legend className="px-1 text-base font-semibold">{t("council")}</legend>
          {state.fieldErrors?.memberIds && <p className="text-sm text-red-700">{state.fieldErrors.memberIds.join(" ")}</p>}
          {councilUsers.map((u) => (
            <label key={u.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="memberIds" value={u.id} defaultChecked className="h-4 w-4" />
              {u.fullName}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className={council === "yes" ? "space-y-3 rounded-lg border border-slate-200 p-4" : "hidden"}>
        <legend className="px-1 text-base font-semibold">{t("criteria")}</legend>
        <p className="text-sm text-slate-600">{t("criteriaHint")}</p>
        {DEFAULT_CRITERIA.map((c, i) => (
          <div key={i} className="grid gap-3 sm:grid-cols-[1fr_8rem]">
            <TextField
              schema={OpenCycleSchema}
              name={`criteria.${i}.name`}
              label={t("criterionN", { n: i + 1 })}
              state={state}
              defaultValue={c.name}
              required
            />
            <TextField
              schema={OpenCycleSchema}
              name={`criteria.${i}.weight`}
              type="number"
              label={t("weight")}
              state={state}
              defaultValue={String(c.weight)}
              required
            />
          </div>
        ))}
      </fieldset>
      <fieldset className="grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-3">
        <legend className="px-1 text-base font-semibold">{t("thresholds")}</legend>
        {(["EXCELLENT", "GOOD", "COMPLETED"] as const).map((level) => (
          <TextField
            schema={OpenCycleSchema}
            key={level}
            name={`thresholds.${level}`}
            type="number"
            label={t("thresholdFor", { level: tr(level) })}
            state={state}
            defaultValue={String(DEFAULT_THRESHOLDS[level])}
            required
          />
        ))}
      </fieldset>
      <SubmitButton>{t("open")}</SubmitButton>
    </form>
  );
}

export function SelfAssessmentForm({
  evaluationId,
  version,
  tasks,
  quarterly = false,
}: {
  evaluationId: string;
  version: number;
  tasks: { id: string; code: string; title: string; progress: number | null }[];
  /** A quarter's assessment: what was achieved and the causes of any shortfall (Kết luận 198-KL/TW). */
  quarterly?: boolean;
}) {
  const t = useTranslations("evaluations");
  const rawLocale = useLocale();
  const ratings = useRatingOptions();
  const choose = useRatingPlaceholder();
  const [state, action] = useActionState(selfAssessAction, initialActionState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="evaluationId" value={evaluationId} />
      <input type="hidden" name="version" value={version} />
      {tasks.map((task, i) => (
        <fieldset key={task.id} className="space-y-3 rounded-lg border border-slate-200 p-4" data-testid="self-task">
          <legend className="px-1 text-sm font-semibold">
            {task.code} · {task.title}
          </legend>
          <input type="hidden" name={`tasks.${i}.taskId`} value={task.id} />
          {task.progress !== null && (
            <p className="text-sm text-slate-600">
              {t("progressHint", { progress: formatPercent(task.progress, isLocale(rawLocale) ? rawLocale : "vi") })}
            </p>
          )}
          {quarterly && (
            <>
              <TextAreaField
                schema={SelfAssessmentSchema}
                name={`tasks.${i}.achieved`}
                label={t("achieved")}
                hint={t("achievedHint")}
                state={state}
                required
              />
              <div className="grid gap-3 sm:grid-cols-2">
                <TextAreaField
                  schema={SelfAssessmentSchema}
                  name={`tasks.${i}.objectiveCauses`}
                  label={t("objectiveCauses")}
                  state={state}
                />
                <TextAreaField
                  schema={SelfAssessmentSchema}
                  name={`tasks.${i}.subjectiveCauses`}
                  label={t("subjectiveCauses")}
                  state={state}
                />
              </div>
            </>
          )}
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              name={`tasks.${i}.level`}
              label={t("level")}
              state={state}
              required
              options={ratings}
              placeholder={choose}
            />
            <TextField
              schema={SelfAssessmentSchema}
              name={`tasks.${i}.score`}
              label={t("score")}
              hint={t("scoreHint")}
              state={state}
              required
            />
          </div>
          {!quarterly && (
            <TextAreaField
              schema={SelfAssessmentSchema}
              name={`tasks.${i}.justification`}
              label={t("justification")}
              hint={t("justificationHint")}
              state={state}
              required
            />
          )}
        </fieldset>
      ))}
      <SelectField name="selfRating" label={t("selfRating")} state={state} required options={ratings} placeholder={choose} />
      <TextAreaField schema={SelfAssessmentSchema} name="selfSummary" label={t("selfSummary")} state={state} />
      <SubmitButton>{t("submitSelf")}</SubmitButton>
    </form>
  );
}

export function CouncilScoreForm({
  evaluationId,
  tasks,
  criteria,
  scores,
}: {
  evaluationId: string;
  tasks: { id: string; code: string; title: string }[];
  criteria: { id: string; name: string; weight: number }[];
  scores: Record<string, Record<string, { score: string; comment: string | null }>>;
}) {
  const t = useTranslations("evaluations");
  const tc = useTranslations("confirm");
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "vi";
  const [state, action] = useActionState(councilScoresAction, initialActionState);
  // What the member has typed, by field name, so the confirmation shows the total of this very sheet.
  const [typed, setTyped] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      tasks.flatMap((task, i) =>
        criteria.map((c, j) => [`scores.${i * criteria.length + j}.score`, scores[task.id]?.[c.id]?.score ?? ""]),
      ),
    ),
  );
  const total = councilSheetTotal(
    criteria,
    tasks.map((_, i) =>
      criteria.map((_, j) => {
        const parsed = parseDecimalInput(typed[`scores.${i * criteria.length + j}.score`] ?? "");
        return parsed === null ? null : Number(parsed);
      }),
    ),
  );
  return (
    <form
      action={action}
      className="space-y-5"
      noValidate
      onInput={(e) => {
        const target = e.target as HTMLInputElement;
        if (target.name?.endsWith(".score")) setTyped((now) => ({ ...now, [target.name]: target.value }));
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="evaluationId" value={evaluationId} />
      {tasks.map((task, i) => (
        <fieldset key={task.id} className="space-y-3 rounded-lg border border-slate-200 p-4" data-testid="score-task">
          <legend className="px-1 text-sm font-semibold">
            {task.code} · {task.title}
          </legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {criteria.map((c, j) => {
              const n = i * criteria.length + j;
              const name = `scores.${n}.score`;
              return (
                <div key={c.id}>
                  <input type="hidden" name={`scores.${n}.taskId`} value={task.id} />
                  <input type="hidden" name={`scores.${n}.criterionId`} value={c.id} />
                  <NumberField
                    schema={CouncilScoresSchema}
                    name={name}
                    label={`${c.name} (${formatPercent(c.weight, locale)})`}
                    state={state}
                    defaultValue={scores[task.id]?.[c.id]?.score ?? ""}
                  />
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <p className="text-sm text-slate-600">{t("scoreSubmitHint")}</p>
      <div className="flex flex-wrap gap-2">
        <ConfirmSubmit
          name="submit"
          value="submit"
          label={t("submitScores")}
          title={tc("sheetTitle")}
          description={tc("sheetDescription")}
          testId="submit-scores"
        >
          <p data-testid="sheet-total">
            {total === null ? tc("sheetIncomplete") : tc("sheetTotal", { total: formatNumber(total, locale, 2) })}
          </p>
        </ConfirmSubmit>
        <SubmitButton name="submit" value="save" variant="secondary">
          {t("saveScores")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function FinaliseForm({ evaluationId, version }: { evaluationId: string; version: number }) {
  const t = useTranslations("evaluations");
  const [state, action] = useActionState(finaliseAction, initialActionState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="evaluationId" value={evaluationId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField schema={FinaliseSchema} name="note" label={t("proposalNote")} hint={t("proposalNoteHint")} state={state} />
      <SubmitButton>{t("finalise")}</SubmitButton>
    </form>
  );
}

export function DecideEvaluationForm({
  evaluationId,
  version,
  proposedRating,
  today,
}: {
  evaluationId: string;
  version: number;
  proposedRating: Rating | null;
  today: string;
}) {
  const t = useTranslations("evaluations");
  const tc = useTranslations("confirm");
  const ratings = useRatingOptions();
  const choose = useRatingPlaceholder();
  const [state, action] = useActionState(decideEvaluationAction, initialActionState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="evaluationId" value={evaluationId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="rating"
        label={t("finalRating")}
        state={state}
        required
        options={ratings}
        // At the proposal; with none, empty: the committee chooses.
        defaultValue={proposedRating ?? ""}
        placeholder={choose}
      />
      <TextAreaField
        schema={DecideEvaluationSchema}
        name="reason"
        label={t("overrideReason")}
        hint={t("overrideReasonHint")}
        state={state}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField schema={DecideEvaluationSchema} name="decisionNumber" label={t("decisionNumber")} state={state} required />
        <TextField
          schema={DecideEvaluationSchema}
          name="decisionDate"
          type="date"
          label={t("decisionDate")}
          state={state}
          defaultValue={today}
          required
        />
      </div>
      <ConfirmSubmit label={t("decide")} title={tc("ratingTitle")} description={tc("ratingDescription")} />
    </form>
  );
}

export function ReopenForm({ evaluationId, version }: { evaluationId: string; version: number }) {
  const t = useTranslations("evaluations");
  const [state, action] = useActionState(reopenAction, initialActionState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="evaluationId" value={evaluationId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField schema={ReopenSchema} name="reason" label={t("reopenReason")} state={state} required />
      <SubmitButton variant="danger">{t("reopen")}</SubmitButton>
    </form>
  );
}

export function CarryOverForm({
  fromRoundId,
  year,
  targetRounds,
  tasks,
}: {
  fromRoundId: string;
  year: number;
  targetRounds: { id: string; name: string }[];
  tasks: { id: string; code: string; title: string; cadreName: string; unitName: string }[];
}) {
  const t = useTranslations("evaluations");
  const [state, action] = useActionState(carryOverAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="fromRoundId" value={fromRoundId} />
      <input type="hidden" name="year" value={year} />
      <SelectField
        name="toRoundId"
        label={t("carryInto")}
        state={state}
        required
        options={targetRounds.map((r) => ({ value: r.id, label: r.name }))}
      />
      <p className="text-sm text-slate-600">{t("carryHint")}</p>
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
        {tasks.map((task) => (
          <li key={task.id} className="p-3" data-testid="carry-task">
            <label className="flex items-start gap-3 text-sm">
              <input type="checkbox" name="taskIds" value={task.id} defaultChecked className="mt-1 h-4 w-4" />
              <span>
                <span className="font-medium">
                  {task.code} · {task.title}
                </span>
                <span className="block text-xs text-slate-600">
                  {task.cadreName} · {task.unitName}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <SubmitButton>{t("carry")}</SubmitButton>
    </form>
  );
}

/** Changes the evaluation's step (close or return self-assessment, return to the council), with a reason. */
export function MoveEvaluationForm({ evaluationId, version, moves }: { evaluationId: string; version: number; moves: string[] }) {
  const t = useTranslations("evaluations");
  const [state, action] = useActionState(moveEvaluationAction, initialActionState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="evaluationId" value={evaluationId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="action"
        label={t("move")}
        state={state}
        required
        options={moves.map((m) => ({ value: m, label: t(`moves.${m}`) }))}
      />
      <TextAreaField schema={MoveEvaluationSchema} name="reason" label={t("moveReason")} state={state} required />
      <SubmitButton variant="secondary">{t("moveSubmit")}</SubmitButton>
    </form>
  );
}

/** One task the open cycle leaves out, added with one click (a second click finds it in and changes nothing). */
export function AddToCycleForm({ cycleId, taskId, label }: { cycleId: string; taskId: string; label: string }) {
  const [state, action] = useActionState(addToCycleAction, initialActionState);
  return (
    <form action={action} className="space-y-2" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="taskId" value={taskId} />
      <SubmitButton variant="secondary">{label}</SubmitButton>
    </form>
  );
}
