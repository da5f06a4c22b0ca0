// The scheduled reminder job: report and self-assessment reminders (in-app and into the outbox), then the outbox through SMTP
// when SMTP_URL is set. Run it from cron, e.g. hourly: `npm run reminders`.
import { openDatabase } from "@/lib/db/client";
import { deliverOutbox, produceEvaluationReminders, produceReportReminders } from "@/lib/jobs/reminders";

async function main() {
  const { db, close } = await openDatabase();
  const now = new Date();
  const created = (await produceReportReminders(db, now)) + (await produceEvaluationReminders(db, now));
  const { sent, failed } = await deliverOutbox(db);
  console.log(`reminders: ${created} new, e-mail sent ${sent}, failed ${failed}`);
  await close();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
