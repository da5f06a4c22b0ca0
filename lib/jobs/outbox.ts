import nodemailer from "nodemailer";
import type { Db } from "@/lib/db/client";

// No "server-only" here: the job runner and `npm run reminders` run this outside Next.

/** After this many failed attempts a message is a dead letter: the administrator sees it and may send it again. */
export const MAX_DELIVERY_ATTEMPTS = 5;

/** How long after its `attempts`-th failure a message is tried again: 1, 4, 16, 64 minutes. */
export function retryDelayMs(attempts: number): number {
  return 60_000 * 4 ** Math.max(0, attempts - 1);
}

/** While one worker sends a message, no other takes it: its next attempt is pushed this far ahead first. */
const CLAIM_MS = 10 * 60_000;

export type MailTransport = { sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown> };

/** The SMTP transport when SMTP_URL is set (e.g. smtp://user:pass@mail.example.vn:587); none otherwise. */
export function smtpTransport(env: Record<string, string | undefined> = process.env): MailTransport | null {
  return env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : null;
}

/**
 * Sends what is due in the outbox: new messages, and failed ones whose retry time has come (exponential
 * backoff, `retryDelayMs`). Each message is first claimed with a conditional update on its attempt count, so
 * two workers (two instances, or the in-app schedule and `npm run reminders` from cron) never send one
 * twice. A failure is recorded with its error; the `MAX_DELIVERY_ATTEMPTS`-th makes it DEAD, the outbox
 * page's dead letters. Without a transport (no SMTP_URL) the messages stay in the outbox to be read.
 */
export async function deliverOutbox(
  db: Db,
  options: { now?: Date; transport?: MailTransport | null; from?: string; batch?: number } = {},
): Promise<{ sent: number; failed: number; dead: number }> {
  const transport = options.transport === undefined ? smtpTransport() : options.transport;
  const result = { sent: 0, failed: 0, dead: 0 };
  if (!transport) return result;
  const now = options.now ?? new Date();
  const from = options.from ?? (process.env.SMTP_FROM || "Giao việc đột phá <no-reply@localhost>");
  const due = await db.emailOutbox.findMany({
    where: {
      OR: [
        { status: "PENDING", OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] },
        { status: "FAILED", nextAttemptAt: { lte: now } },
      ],
    },
    orderBy: { createdAt: "asc" },
    take: options.batch ?? 200,
  });
  for (const m of due) {
    const attempts = m.attempts + 1;
    const claimed = await db.emailOutbox.updateMany({
      where: { id: m.id, attempts: m.attempts, status: m.status },
      data: { attempts, nextAttemptAt: new Date(now.getTime() + CLAIM_MS) },
    });
    if (claimed.count === 0) continue; // another worker has it
    try {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.body });
      await db.emailOutbox.update({
        where: { id: m.id },
        data: { status: "SENT", sentAt: new Date(), error: null, nextAttemptAt: null },
      });
      result.sent++;
    } catch (e) {
      const dead = attempts >= MAX_DELIVERY_ATTEMPTS;
      await db.emailOutbox.update({
        where: { id: m.id },
        data: {
          status: dead ? "DEAD" : "FAILED",
          error: String(e).slice(0, 500),
          nextAttemptAt: dead ? null : new Date(now.getTime() + retryDelayMs(attempts)),
        },
      });
      if (dead) result.dead++;
      else result.failed++;
    }
  }
  return result;
}
