import type { Db } from "@/lib/db/client";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { explanationLifecycle, systemTransition } from "@/lib/domain/lifecycle";
import type { NotificationKind } from "@/lib/domain/notification-kinds";
import { addVietnamDays, quarterEnd, quarterKey, quarterStart, VIETNAM_TIME_ZONE } from "@/lib/domain/quarters";

// No "server-only" here: the scheduled job (scripts/reminders.ts) runs this outside Next.

/** Days before a quarter's report deadline when the cadre is reminded (REPORT_REMINDER_DAYS, default 7). */
export function reminderDays(): number {
  const n = Number(process.env.REPORT_REMINDER_DAYS);
  return Number.isInteger(n) && n >= 0 && n <= 60 ? n : 7;
}

/**
 * Report reminders: for every deadline from 90 days ago to `reminderDays()` ahead, each cadre whose task
 * still lacks that quarter's submitted report gets one "due soon" notification before the deadline and one
 * "overdue" after it, plus an e-mail in the outbox when the account has an address. Idempotent: a
 * notification's key (`report-due:<task>:<year>Q<q>`) is unique per user, and the work runs under a
 * transaction-level advisory lock, so the scheduled job, page requests and several instances never repeat
 * one. Limited to one cadre when `cadreId` is given (their home page asks for their own).
 */
export async function produceReportReminders(db: Db, now: Date, options: { cadreId?: string } = {}): Promise<number> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7321001)`;
    const deadlines = await tx.reportDeadline.findMany({
      where: { dueDate: { gte: addVietnamDays(now, -90), lte: addVietnamDays(now, reminderDays()) } },
    });
    let created = 0;
    for (const d of deadlines) {
      const overdue = d.dueDate < now;
      const kind: NotificationKind = overdue ? "report.overdue" : "report.dueSoon";
      const prefix = overdue ? "report-overdue" : "report-due";
      const key = quarterKey(d);
      const tasks = await tx.task.findMany({
        where: {
          roundId: d.roundId,
          status: "ASSIGNED",
          // Tasks whose period touches the quarter: it starts before the quarter ends and ends after it starts.
          startDate: { lt: quarterEnd(d) },
          endDate: { gte: quarterStart(d) },
          ...(options.cadreId ? { cadreId: options.cadreId } : {}),
          cadre: { user: { active: true } },
          reports: { none: { year: d.year, quarter: d.quarter, status: { in: ["SUBMITTED", "RESPONDED"] } } },
        },
        select: { id: true, code: true, title: true, cadre: { select: { user: { select: { id: true, email: true } } } } },
      });
      if (tasks.length === 0) continue;
      const keys = tasks.map((t) => `${prefix}:${t.id}:${key}`);
      const existing = new Set(
        (await tx.notification.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } })).map(
          (n) => n.dedupeKey,
        ),
      );
      const fresh = tasks.filter((_, i) => !existing.has(keys[i]!));
      if (fresh.length === 0) continue;
      await tx.notification.createMany({
        data: fresh.map((t) => ({
          userId: t.cadre.user!.id,
          kind,
          params: { taskCode: t.code, quarter: d.quarter, year: d.year },
          href: `/tasks/${t.id}/reports/${key}`,
          dedupeKey: `${prefix}:${t.id}:${key}`,
        })),
        skipDuplicates: true,
      });
      const mailable = fresh.filter((t) => t.cadre.user!.email);
      if (mailable.length)
        await tx.emailOutbox.createMany({
          data: mailable.map((t) => ({
            to: t.cadre.user!.email!,
            subject: overdue
              ? `Báo cáo quý ${d.quarter}/${d.year} việc ${t.code} đã quá hạn`
              : `Sắp đến hạn báo cáo quý ${d.quarter}/${d.year} việc ${t.code}`,
            body: `${t.title}\n\nHạn nộp: ${d.dueDate.toLocaleDateString("vi-VN", { timeZone: VIETNAM_TIME_ZONE })}.\nĐồng chí vui lòng đăng nhập hệ thống để nộp báo cáo quý.`,
          })),
        });
      created += fresh.length;
    }
    return created;
  });
}

/**
 * Self-assessment reminders: for every open evaluation cycle whose due date falls in the next
 * `reminderDays()` days, each cadre who has not yet submitted gets one "due soon" notification (key
 * `evaluation-due:<evaluation>`), plus an e-mail in the outbox when the account has an address. Idempotent
 * like the report reminders, under the same advisory lock.
 */
export async function produceEvaluationReminders(db: Db, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7321001)`;
    const pending = await tx.evaluation.findMany({
      where: {
        status: "SELF_ASSESSMENT",
        cycle: { status: "OPEN", dueDate: { gte: now, lte: addVietnamDays(now, reminderDays()) } },
        cadre: { user: { active: true } },
      },
      select: {
        id: true,
        cycle: { select: { periodKind: true, year: true, quarter: true, dueDate: true } },
        cadre: { select: { user: { select: { id: true, email: true } } } },
      },
    });
    const keys = pending.map((e) => `evaluation-due:${e.id}`);
    const existing = new Set(
      (await tx.notification.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } })).map(
        (n) => n.dedupeKey,
      ),
    );
    const fresh = pending.filter((e) => !existing.has(`evaluation-due:${e.id}`));
    if (fresh.length === 0) return 0;
    await tx.notification.createMany({
      data: fresh.map((e) => ({
        userId: e.cadre.user!.id,
        kind: "evaluation.dueSoon" satisfies NotificationKind,
        params: { year: e.cycle.year, quarter: e.cycle.quarter },
        href: `/evaluations/${e.id}`,
        dedupeKey: `evaluation-due:${e.id}`,
      })),
      skipDuplicates: true,
    });
    const mailable = fresh.filter((e) => e.cadre.user!.email);
    if (mailable.length)
      await tx.emailOutbox.createMany({
        data: mailable.map((e) => {
          const period = e.cycle.periodKind === "QUARTER" ? `quý ${e.cycle.quarter}/${e.cycle.year}` : `năm ${e.cycle.year}`;
          return {
            to: e.cadre.user!.email!,
            subject: `Sắp đến hạn tự đánh giá ${period}`,
            body: `Hạn tự đánh giá ${period}: ${e.cycle.dueDate!.toLocaleDateString("vi-VN", { timeZone: VIETNAM_TIME_ZONE })}.\nĐồng chí vui lòng đăng nhập hệ thống để tự đánh giá từng việc được giao.`,
          };
        }),
      });
    return fresh.length;
  });
}

/**
 * How many reminders an unanswered explanation request gets after its due date before it escalates to the
 * standing committee (EXPLANATION_REMINDERS, default 3, as Hà Nội raises a task still overdue after three
 * reminders at the standing committee's meeting).
 */
export function explanationReminderLimit(): number {
  const n = Number(process.env.EXPLANATION_REMINDERS);
  return process.env.EXPLANATION_REMINDERS && Number.isInteger(n) && n >= 0 && n <= 20 ? n : 3;
}

/** A job's audit row: no person acted (actor and role empty), in the job's transaction. */
function jobAudit(
  tx: Parameters<Parameters<Db["$transaction"]>[0]>[0],
  entry: { action: AuditAction; entityId: string; fromState?: string; toState?: string; data: object },
) {
  return tx.auditEvent.create({
    data: { actorId: null, actorRole: null, entityType: "ExplanationRequest", fromState: null, toState: null, ...entry },
  });
}

/**
 * Explanation requests past their due date and still unanswered: at most one reminder a day to the cadre (in
 * the app, and by e-mail when the account has an address) until `explanationReminderLimit()` have been sent;
 * at the next run a day after the last one, the request escalates to the standing committee of the task's
 * round, which is told, as are the cadre and the one who asked. Each reminder and the escalation are audited
 * (the task's timeline shows them). Safe to run from several places at once: an advisory lock serialises the
 * runs, the reminder's update is conditional on the count it read, the escalation on the version and state.
 */
export async function produceExplanationReminders(db: Db, now: Date): Promise<{ reminded: number; escalated: number }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7321002)`;
    const limit = explanationReminderLimit();
    const dayAgo = addVietnamDays(now, -1);
    const waiting = await tx.explanationRequest.findMany({
      where: { status: "OPEN", dueDate: { lt: now }, OR: [{ lastRemindedAt: null }, { lastRemindedAt: { lte: dayAgo } }] },
      orderBy: { dueDate: "asc" },
      take: 1000,
      select: {
        id: true,
        version: true,
        status: true,
        remindersSent: true,
        requestedById: true,
        taskId: true,
        task: {
          select: {
            code: true,
            title: true,
            round: { select: { assigningBodyId: true } },
            cadre: { select: { user: { select: { id: true, email: true, active: true } } } },
          },
        },
      },
    });
    let reminded = 0;
    let escalated = 0;
    for (const r of waiting) {
      const cadreUser = r.task.cadre.user?.active ? r.task.cadre.user : null;
      const params = { taskCode: r.task.code, taskTitle: r.task.title };
      const href = `/tasks/${r.taskId}#giai-trinh`;
      if (r.remindersSent < limit) {
        const n = r.remindersSent + 1;
        // Not a version bump: a reminder must not turn the cadre's open answer form into a conflict.
        const updated = await tx.explanationRequest.updateMany({
          where: { id: r.id, status: "OPEN", remindersSent: r.remindersSent },
          data: { remindersSent: n, lastRemindedAt: now },
        });
        if (updated.count === 0) continue;
        if (cadreUser) {
          await tx.notification.createMany({
            data: [
              {
                userId: cadreUser.id,
                kind: "explanation.reminder",
                params: { ...params, n },
                href,
                dedupeKey: `explanation-reminder:${r.id}:${n}`,
              },
            ],
            skipDuplicates: true,
          });
          if (cadreUser.email)
            await tx.emailOutbox.create({
              data: {
                to: cadreUser.email,
                subject: `Nhắc lần ${n}: yêu cầu giải trình việc ${r.task.code} đã quá hạn`,
                body: `${r.task.title}\n\nĐồng chí vui lòng đăng nhập hệ thống để giải trình.`,
              },
            });
        }
        await jobAudit(tx, { action: "explanation.remind", entityId: r.id, data: { taskId: r.taskId, n } });
        reminded++;
        continue;
      }
      const to = systemTransition(explanationLifecycle, r.status, "escalate");
      const updated = await tx.explanationRequest.updateMany({
        where: { id: r.id, version: r.version, status: r.status },
        data: { status: to, escalatedAt: now, version: { increment: 1 } },
      });
      if (updated.count === 0) continue;
      await jobAudit(tx, {
        action: "explanation.escalate",
        entityId: r.id,
        fromState: r.status,
        toState: to,
        data: { taskId: r.taskId, remindersSent: r.remindersSent },
      });
      const standing = await tx.roleMembership.findMany({
        where: { role: "STANDING_COMMITTEE", unitId: r.task.round.assigningBodyId, user: { active: true } },
        select: { userId: true },
      });
      const recipients = [...new Set([...standing.map((m) => m.userId), r.requestedById, ...(cadreUser ? [cadreUser.id] : [])])];
      await tx.notification.createMany({
        data: recipients.map((userId) => ({
          userId,
          kind: "explanation.escalated" satisfies NotificationKind,
          params,
          href,
          dedupeKey: `explanation-escalated:${r.id}`,
        })),
        skipDuplicates: true,
      });
      escalated++;
    }
    return { reminded, escalated };
  });
}
