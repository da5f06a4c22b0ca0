import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getExportJob, getExportJobFile, requestAnnexJob } from "@/lib/dal/read-models/export-jobs";
import { listOutbox } from "@/lib/dal/read-models/outbox";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { configuredFileStore, readAll } from "@/lib/files";
import { runExportJob } from "@/lib/jobs/export-job";
import { deliverOutbox, MAX_DELIVERY_ATTEMPTS, retryDelayMs, type MailTransport } from "@/lib/jobs/outbox";
import { startInProcessRunner } from "@/lib/jobs/queue";
import { createProvince, createUser } from "@/tests/factories";
import { annexWorld, waitFor } from "@/tests/factories/jobs";
import { actAs } from "@/tests/setup/session";

const T0 = new Date("2027-04-20T02:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

/** An SMTP server that refuses mail to addresses starting with "bad", and records what it accepted. */
function fakeTransport() {
  const sent: string[] = [];
  const transport: MailTransport = {
    async sendMail(m) {
      if (m.to.startsWith("bad")) throw new Error(`550 mailbox unavailable: ${m.to}`);
      sent.push(m.to);
    },
  };
  return { sent, transport };
}

describe("e-mail delivery with retries", () => {
  it("sends good mail once, and retries failed mail with growing delays until it is a dead letter", async () => {
    const db = await getDb();
    await db.emailOutbox.createMany({
      data: [
        { to: "good@example.vn", subject: "Nhắc hạn", body: "…", createdAt: at(-2000) },
        { to: "bad@example.vn", subject: "Quá hạn", body: "…", createdAt: at(-1000) },
      ],
    });
    const { sent, transport } = fakeTransport();
    expect(await deliverOutbox(db, { now: T0, transport })).toEqual({ sent: 1, failed: 1, dead: 0 });
    expect(sent).toEqual(["good@example.vn"]);
    const bad = () => db.emailOutbox.findFirstOrThrow({ where: { to: "bad@example.vn" } });
    expect(await bad()).toMatchObject({ status: "FAILED", attempts: 1, nextAttemptAt: at(retryDelayMs(1)) });
    expect(await db.emailOutbox.findFirstOrThrow({ where: { to: "good@example.vn" } })).toMatchObject({
      status: "SENT",
      attempts: 1,
    });

    // Before its retry time nothing is tried; at it, the next attempt, then 4, 16 and 64 minutes later.
    expect(await deliverOutbox(db, { now: at(retryDelayMs(1) - 1), transport })).toEqual({ sent: 0, failed: 0, dead: 0 });
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 240_000, 960_000, 3_840_000]);
    let now = T0;
    for (let attempt = 2; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      now = new Date(now.getTime() + retryDelayMs(attempt - 1));
      const result = await deliverOutbox(db, { now, transport });
      expect(result).toEqual(attempt < MAX_DELIVERY_ATTEMPTS ? { sent: 0, failed: 1, dead: 0 } : { sent: 0, failed: 0, dead: 1 });
    }
    expect(await bad()).toMatchObject({ status: "DEAD", attempts: MAX_DELIVERY_ATTEMPTS, nextAttemptAt: null });
    expect((await bad()).error).toContain("550 mailbox unavailable");
    // A dead letter is never tried again.
    expect(await deliverOutbox(db, { now: at(86_400_000), transport })).toEqual({ sent: 0, failed: 0, dead: 0 });
    expect(sent).toEqual(["good@example.vn"]);
  });

  it("never sends a message twice when two workers deliver the outbox at the same moment", async () => {
    const db = await getDb();
    await db.emailOutbox.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({ to: `user${i}@example.vn`, subject: "S", body: "B" })),
    });
    const { sent, transport } = fakeTransport();
    const results = await Promise.all([1, 2, 3].map(() => deliverOutbox(db, { now: T0, transport })));
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(20);
    expect(sent).toHaveLength(20);
    expect(new Set(sent).size).toBe(20);
    expect(await db.emailOutbox.count({ where: { status: "SENT", attempts: 1 } })).toBe(20);
  });

  it("leaves the outbox untouched when no SMTP server is configured", async () => {
    const db = await getDb();
    await db.emailOutbox.create({ data: { to: "a@example.vn", subject: "S", body: "B" } });
    expect(await deliverOutbox(db, { now: T0, transport: null })).toEqual({ sent: 0, failed: 0, dead: 0 });
    expect(await db.emailOutbox.findFirstOrThrow()).toMatchObject({ status: "PENDING", attempts: 0 });
  });
});

describe("the outbox's dead letters", () => {
  it("are listed, and counted, for the administrator of the province; anyone else is refused", async () => {
    const p = await createProvince();
    const admin = await createUser({ roles: [{ role: "ADMIN", unitId: p.province.id }] });
    const communeAdmin = await createUser({ roles: [{ role: "ADMIN", unitId: p.commune.id }] });
    const org = await createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: p.province.id }] });
    const db = await getDb();
    await db.emailOutbox.createMany({
      data: [
        { to: "dead@example.vn", subject: "Dead", body: "B", status: "DEAD", attempts: 5, error: "550" },
        { to: "ok@example.vn", subject: "Sent", body: "B", status: "SENT", attempts: 1 },
        { to: "retry@example.vn", subject: "Retry", body: "B", status: "FAILED", attempts: 2, nextAttemptAt: T0 },
      ],
    });
    actAs(admin);
    const all = await listOutbox(1);
    expect(all.total).toBe(3);
    expect(all.deadCount).toBe(1);
    const dead = await listOutbox(1, undefined, "dead");
    expect(dead.items.map((m) => [m.to, m.status, m.attempts, m.error])).toEqual([["dead@example.vn", "DEAD", 5, "550"]]);
    actAs(communeAdmin);
    await expect(listOutbox(1, undefined, "dead")).rejects.toBeInstanceOf(ForbiddenError);
    actAs(org);
    await expect(listOutbox(1, undefined, "dead")).rejects.toBeInstanceOf(ForbiddenError);
  });
});

async function documentText(bytes: Buffer) {
  return (await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
}

describe("background exports", () => {
  it("build the whole annex in the background, report progress, and give the file to the one who asked", async () => {
    const w = await annexWorld();
    const db = await getDb();
    actAs(w.org);
    const { job, created } = await requestAnnexJob({ roundId: w.round.id });
    expect(created).toBe(true);
    expect(job).toMatchObject({ status: "QUEUED", progress: 0, kind: "annex" });
    // Asking again while it waits returns the same job.
    expect(await requestAnnexJob({ roundId: w.round.id })).toMatchObject({ created: false, job: { id: job.id } });

    expect(await runExportJob(db, job.id)).toEqual({ status: "done", tasks: 3 });
    expect(await getExportJob(job.id)).toMatchObject({
      status: "DONE",
      progress: 100,
      fileName: `phu-luc-giao-nhiem-vu-${w.round.startYear}.docx`,
    });
    expect((await db.exportJob.findUniqueOrThrow({ where: { id: job.id } })).total).toBe(3);
    const file = await getExportJobFile(job.id);
    const text = await documentText(await readAll(await configuredFileStore(db).get(file.fileKey)));
    for (const t of w.tasks) expect(text).toContain(t.title);
    expect(text).toContain("Trần Thị Nền");

    // Run again (a retried job): nothing is built twice.
    expect(await runExportJob(db, job.id)).toEqual({ status: "skipped" });
    expect(await db.storedFile.count({ where: { key: { startsWith: "export-" } } })).toBe(1);
    // A new request after it finished is a new job.
    expect((await requestAnnexJob({ roundId: w.round.id })).created).toBe(true);
  });

  it("are seen and downloaded only by the one who asked; a cadre may not ask, nor a committee outside the round's scope", async () => {
    const w = await annexWorld(1);
    const db = await getDb();
    const communeOrg = await createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: w.p.commune.id }] });
    actAs(w.org);
    const { job } = await requestAnnexJob({ roundId: w.round.id });
    await runExportJob(db, job.id);
    actAs(w.standing);
    await expect(getExportJob(job.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getExportJobFile(job.id)).rejects.toBeInstanceOf(NotFoundError);
    actAs(w.cadreUser);
    await expect(requestAnnexJob({ roundId: w.round.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getExportJob(job.id)).rejects.toBeInstanceOf(NotFoundError);
    actAs(communeOrg);
    await expect(requestAnnexJob({ roundId: w.round.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("fail, building nothing, when the one who asked has lost the role before the job runs", async () => {
    const w = await annexWorld(1);
    const db = await getDb();
    actAs(w.org);
    const { job } = await requestAnnexJob({ roundId: w.round.id });
    await db.roleMembership.deleteMany({ where: { userId: w.org.id } });
    expect(await runExportJob(db, job.id)).toEqual({ status: "skipped" });
    expect(await db.exportJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "FAILED",
      error: "forbidden",
      fileKey: null,
    });
  });
});

describe("the job runners", () => {
  it("run an enqueued export in this process on the embedded database (the fallback), with the same job function", async () => {
    const w = await annexWorld(2);
    const db = await getDb();
    actAs(w.org);
    const { job } = await requestAnnexJob({ roundId: w.round.id });
    const runner = startInProcessRunner(db, { schedule: false });
    try {
      expect(runner.kind).toBe("in-process");
      await runner.enqueue("export", { jobId: job.id });
      await waitFor(async () => (await db.exportJob.findUniqueOrThrow({ where: { id: job.id } })).status === "DONE");
    } finally {
      await runner.stop();
    }
  });
});
