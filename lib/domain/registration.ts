import { DomainError } from "./errors";
import { yearEnd, yearStart } from "./quarters";

/** The rules a registration must meet to be submitted; pure, so the screen and the server agree. */

export type RoundRules = {
  startYear: number;
  endYear: number;
  registrationDeadline: Date;
  minTasksPerCadre: number;
  maxTasksPerCadre: number;
  status: "DRAFT" | "OPEN" | "CLOSED";
};

export type TaskForCheck = {
  title: string;
  startDate: Date;
  endDate: Date;
  targets: { deadline: Date }[];
  milestones: { dueDate: Date }[];
};

export type SubmissionProblem =
  | { code: "roundNotOpen" }
  | { code: "deadlinePassed" }
  | { code: "tooFewTasks"; min: number }
  | { code: "tooManyTasks"; max: number }
  | { code: "taskWithoutTarget"; task: string }
  | { code: "taskOutsidePeriod"; task: string };

// A round's period runs from 1 January 00:00 to the last millisecond of 31 December, in Vietnam.

export function roundPeriod(round: Pick<RoundRules, "startYear" | "endYear">): { start: Date; end: Date } {
  return {
    start: yearStart(round.startYear),
    end: new Date(yearEnd(round.endYear).getTime() - 1),
  };
}

export function withinPeriod(date: Date, round: Pick<RoundRules, "startYear" | "endYear">): boolean {
  const { start, end } = roundPeriod(round);
  return date >= start && date <= end;
}

/** The deadline that applies to one cadre: the round's, or a later one the committee granted them. */
export function effectiveDeadline(round: Pick<RoundRules, "registrationDeadline">, extensionUntil: Date | null): Date {
  return extensionUntil && extensionUntil > round.registrationDeadline ? extensionUntil : round.registrationDeadline;
}

/**
 * Everything that stops a submission, all at once so the cadre can fix them together: the round must be
 * open and its deadline (or the cadre's extension) not passed; the number of tasks within the round's
 * bounds; every task measurable (at least one target) and inside the round's period.
 */
export function submissionProblems(
  round: RoundRules,
  tasks: TaskForCheck[],
  now: Date,
  extensionUntil: Date | null,
): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  if (round.status !== "OPEN") problems.push({ code: "roundNotOpen" });
  else if (now > effectiveDeadline(round, extensionUntil)) problems.push({ code: "deadlinePassed" });
  if (tasks.length < round.minTasksPerCadre) problems.push({ code: "tooFewTasks", min: round.minTasksPerCadre });
  if (tasks.length > round.maxTasksPerCadre) problems.push({ code: "tooManyTasks", max: round.maxTasksPerCadre });
  for (const task of tasks) {
    if (task.targets.length === 0) problems.push({ code: "taskWithoutTarget", task: task.title });
    const dates = [
      task.startDate,
      task.endDate,
      ...task.targets.map((t) => t.deadline),
      ...task.milestones.map((m) => m.dueDate),
    ];
    if (dates.some((d) => !withinPeriod(d, round))) problems.push({ code: "taskOutsidePeriod", task: task.title });
  }
  return problems;
}

/** A submission refused for these reasons, each shown to the cadre in their language. */
export class SubmissionRefusedError extends DomainError {
  constructor(readonly problems: SubmissionProblem[]) {
    super("submissionRefused");
    this.name = "SubmissionRefusedError";
  }
}
