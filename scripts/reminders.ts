// The reminder job for those who prefer cron to the in-app schedule (docs/decisions/077): report and
// self-assessment reminders (in-app and into the outbox), explanation requests' reminders and escalations, stale staged evidence, then the outbox through SMTP
// when SMTP_URL is set, with the same retries. E.g. hourly: `npm run reminders` (and JOB_SCHEDULE=off on the
// app to leave the schedule to cron).
import { openDatabase } from "@/lib/db/client";
import { deliverOutbox } from "@/lib/jobs/outbox";
import { reminderJob } from "@/lib/jobs/queue";

async function main() {
  const { db, close } = await openDatabase();
  const { reminders, explanationsReminded, escalated, stagedRemoved } = await reminderJob(db, new Date());
  const { sent, failed, dead } = await deliverOutbox(db);
  console.log(
    `reminders: ${reminders} new, explanations reminded ${explanationsReminded}, escalated ${escalated}, e-mail sent ${sent}, failed ${failed} (to retry), dead ${dead}; stale staged files removed ${stagedRemoved}`,
  );
  await close();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
