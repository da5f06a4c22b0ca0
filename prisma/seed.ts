// The demo data of the fictional province "Sơn Lâm": a whole breakthrough-task cycle as it stands on
// 22/11/2026 (the previous year closed and rated, the current year assigned and reported, next year's
// registration open). Deterministic: a seeded PRNG, fixed dates and readable ids, so two runs are identical.
//
// Built in named steps (prisma/seed/steps), run in this order on one shared context (prisma/seed/context.ts):
// the order is part of the data, since every step draws from the same seeded random sequence.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { vietnamTime } from "@/lib/domain/quarters";
import { DEMO_PASSWORD } from "./seed/accounts";
import { evaluationBuilder } from "./seed/builders/evaluations";
import { registrationBuilder } from "./seed/builders/registrations";
import { reportBuilder } from "./seed/builders/reports";
import { taskBuilder } from "./seed/builders/tasks";
import { templateTools } from "./seed/builders/templates";
import { createSeedContext } from "./seed/context";
import type { Rows } from "./seed/shared";
import { seedCurrentYear } from "./seed/steps/current-year";
import { seedExplanations } from "./seed/steps/explanations";
import { seedNextYear } from "./seed/steps/next-year";
import { seedNotifications } from "./seed/steps/notifications";
import { seedPeople } from "./seed/steps/people";
import { seedPressCase } from "./seed/steps/press-case";
import { seedPreviousYear } from "./seed/steps/previous-year";
import { seedQuarterlyEvaluations } from "./seed/steps/quarters";
import { seedRounds } from "./seed/steps/rounds";
import { seedUnits } from "./seed/steps/units";
import { seedCatalogue } from "./seed/steps/catalogue";

export { DEMO_ACCOUNTS, DEMO_MFA_ACCOUNT, DEMO_MFA_SECRET, DEMO_PASSWORD, type DemoAccount } from "./seed/accounts";
export { mulberry32 } from "./seed/shared";

export class SeedRefusedError extends Error {
  override name = "SeedRefusedError";
}

const REFERENCE_NOW = vietnamTime(2026, 11, 22, 9);

/** Fills an empty database with the demo province. Returns a short summary of what it wrote. */
export async function seedDemo(db: Db, options: { now?: Date } = {}): Promise<string> {
  const units = await db.unit.count();
  if (units > 0) {
    throw new SeedRefusedError(
      `The database already holds data (${units} units); the demo seed only fills an empty database. ` +
        "To start over, stop the app and delete the .data folder (embedded) or drop the database.",
    );
  }
  const started = performance.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rows = buildDemo(options.now ?? REFERENCE_NOW, passwordHash);
  await writeRows(db, rows);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return summarize(rows, seconds);
}

/**
 * The rows of the demo province, step by step. Each step adds what it defines (units, rounds, tasks…) to the
 * world the next steps read; the builders are the shared ways of writing a registration, a task, a report
 * or an evaluation, with their audit rows in the shape the data layer writes them.
 */
export function buildDemo(now: Date, passwordHash: string): Rows {
  const context = createSeedContext(now, passwordHash);
  const withUnits = { ...context, ...seedUnits(context) };
  const withPeople = { ...withUnits, ...seedPeople(withUnits) };
  const withTemplates = { ...withPeople, ...templateTools() };
  const withRounds = { ...withTemplates, ...seedRounds(withTemplates) };
  const withRegistrations = { ...withRounds, ...registrationBuilder(withRounds) };
  const withTasks = { ...withRegistrations, ...taskBuilder(withRegistrations) };
  const withReports = { ...withTasks, ...reportBuilder(withTasks) };
  const withEvaluations = { ...withReports, ...evaluationBuilder(withReports) };
  const previousYear = { ...withEvaluations, ...seedPreviousYear(withEvaluations) };
  const currentYear = { ...previousYear, ...seedCurrentYear(previousYear) };
  seedNextYear(currentYear);
  seedNotifications(currentYear);
  seedExplanations(currentYear);
  // Last, and without drawing from the random sequence, so every row before it stays as it was.
  seedQuarterlyEvaluations(currentYear);
  // After it, on the same terms: the press case of the public page (98 brick kilns to 0).
  seedPressCase(currentYear);
  // After it, and without drawing from the random sequence either: the catalogue and four more communes.
  seedCatalogue(currentYear);

  const { rows } = context;
  // Sanity: nothing in the future, ids unique.
  const ids = new Set<string>();
  for (const [name, list] of Object.entries(rows)) {
    if (name === "cooperating") continue;
    for (const row of list as { id?: string }[]) {
      if (!row.id) continue;
      if (ids.has(row.id)) throw new Error(`seed: duplicate id ${row.id}`);
      ids.add(row.id);
    }
  }
  return rows;
}

// ───────────────────────────── Writing ─────────────────────────────

async function writeRows(db: Db, rows: Rows) {
  const chunk = <T>(list: T[], size = 400): T[][] => {
    const out: T[][] = [];
    for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
    return out;
  };
  const ops: Prisma.PrismaPromise<unknown>[] = [];
  const many = <T>(list: T[], create: (data: T[]) => Prisma.PrismaPromise<unknown>) => {
    for (const part of chunk(list)) ops.push(create(part));
  };
  many(rows.units, (data) => db.unit.createMany({ data }));
  many(rows.cadres, (data) => db.cadre.createMany({ data }));
  many(rows.users, (data) => db.user.createMany({ data }));
  many(rows.taskTemplates, (data) => db.taskTemplate.createMany({ data }));
  many(rows.memberships, (data) => db.roleMembership.createMany({ data }));
  many(rows.rounds, (data) => db.round.createMany({ data }));
  many(rows.deadlines, (data) => db.reportDeadline.createMany({ data }));
  many(rows.registrations, (data) => db.registration.createMany({ data }));
  many(rows.snapshots, (data) => db.registrationSnapshot.createMany({ data }));
  many(rows.extensions, (data) => db.registrationExtension.createMany({ data }));
  many(rows.proposedTasks, (data) => db.proposedTask.createMany({ data }));
  many(rows.tasks, (data) => db.task.createMany({ data }));
  for (const part of chunk(rows.cooperating, 500)) {
    // The implicit many-to-many table: A = Task, B = Unit.
    ops.push(
      db.$executeRaw`INSERT INTO "_TaskCooperatingUnits" ("A", "B") VALUES ${Prisma.join(
        part.map(([taskId, unitId]) => Prisma.sql`(${taskId}, ${unitId})`),
      )}`,
    );
  }
  many(rows.targets, (data) => db.target.createMany({ data }));
  many(rows.milestones, (data) => db.milestone.createMany({ data }));
  many(rows.reports, (data) => db.quarterlyReport.createMany({ data }));
  many(rows.actuals, (data) => db.targetActual.createMany({ data }));
  many(rows.changeRequests, (data) => db.changeRequest.createMany({ data }));
  many(rows.explanations, (data) => db.explanationRequest.createMany({ data }));
  many(rows.cycles, (data) => db.evaluationCycle.createMany({ data }));
  many(rows.criteria, (data) => db.evaluationCriterion.createMany({ data }));
  many(rows.members, (data) => db.councilMember.createMany({ data }));
  many(rows.evaluations, (data) => db.evaluation.createMany({ data }));
  many(rows.selfAssessments, (data) => db.taskSelfAssessment.createMany({ data }));
  many(rows.councilScores, (data) => db.councilScore.createMany({ data }));
  many(rows.submissions, (data) => db.councilSubmission.createMany({ data }));
  many(rows.comments, (data) => db.comment.createMany({ data }));
  many(rows.notifications, (data) => db.notification.createMany({ data }));
  many(rows.audits, (data) => db.auditEvent.createMany({ data }));
  // One batch transaction: all or nothing, and no interactive transaction held open by JavaScript. Allowed
  // longer than Prisma's 5 s default: on a busy machine the province's rows take longer to write.
  await db.$transaction(ops, { maxWait: 30_000, timeout: 120_000 });
}

function summarize(rows: Rows, seconds: string): string {
  const count = <T>(list: T[], pred: (x: T) => boolean) => list.filter(pred).length;
  const byYear = (y: number) => count(rows.tasks, (t) => t.code.startsWith(`${y}-`));
  const years = [...new Set(rows.tasks.map((t) => Number(t.code.slice(0, 4))))].sort();
  return [
    `Demo province seeded in ${seconds} s (password for every account: ${DEMO_PASSWORD}).`,
    `  ${rows.units.length} units, ${rows.cadres.length} cadres, ${rows.users.length} users, ${rows.rounds.length} rounds`,
    `  tasks: ${years.map((y) => `${byYear(y)} in ${y}`).join(", ")}; ${rows.targets.length} targets, ${rows.milestones.length} milestones`,
    `  ${rows.registrations.length} registrations, ${rows.proposedTasks.length} proposed tasks, ${rows.reports.length} quarterly reports, ${rows.changeRequests.length} change requests`,
    `  ${rows.evaluations.length} evaluations, ${rows.councilScores.length} council scores, ${rows.comments.length} comments, ${rows.notifications.length} notifications, ${rows.audits.length} audit events`,
  ].join("\n");
}

// ───────────────────────────── Helpers ─────────────────────────────
