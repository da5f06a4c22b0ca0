// The scheduled reminder job: report reminders (in-app and into the outbox), then the outbox through SMTP
// when SMTP_URL is set. Run it from cron, e.g. hourly: `npm run reminders`.
import { openDatabase } from "@/lib/db/client";
import { cleanupPendingUploads } from "@/lib/jobs/pending-uploads";
import { deliverOutbox, produceReportReminders } from "@/lib/jobs/reminders";

async function main() {
  const { db, close } = await openDatabase();
  const created = await produceReportReminders(db, new Date());
  const { sent, failed } = await deliverOutbox(db);
  const staged = await cleanupPendingUploads(db, new Date());
  console.log(`reminders: ${created} new, e-mail sent ${sent}, failed ${failed}; stale staged files removed ${staged}`);
  await close();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
