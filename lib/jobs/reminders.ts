import nodemailer from "nodemailer";
import type { Db } from "@/lib/db/client";
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
      (await tx.notification.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } })).map((n) => n.dedupeKey),
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
 * Sends the outbox through SMTP when SMTP_URL is set (e.g. smtp://user:pass@mail.example.vn:587), marking
 * each message sent or failed; without it the messages stay in the outbox for the administrator to read.
 */
export async function deliverOutbox(db: Db): Promise<{ sent: number; failed: number }> {
  const url = process.env.SMTP_URL;
  if (!url) return { sent: 0, failed: 0 };
  const transport = nodemailer.createTransport(url);
  const from = process.env.SMTP_FROM || "Giao việc đột phá <no-reply@localhost>";
  const pending = await db.emailOutbox.findMany({ where: { status: "PENDING" }, orderBy: { createdAt: "asc" }, take: 200 });
  let sent = 0;
  let failed = 0;
  for (const m of pending) {
    try {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.body });
      await db.emailOutbox.update({ where: { id: m.id }, data: { status: "SENT", sentAt: new Date() } });
      sent++;
    } catch (e) {
      await db.emailOutbox.update({ where: { id: m.id }, data: { status: "FAILED", error: String(e).slice(0, 500) } });
      failed++;
    }
  }
  return { sent, failed };
}
