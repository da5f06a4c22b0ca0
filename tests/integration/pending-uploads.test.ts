import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { saveReportAction } from "@/app/(app)/tasks/actions";
import { stageEvidenceUpload } from "@/lib/actions/evidence";
import { initialActionState } from "@/lib/actions/state";
import { getAttachmentForDownload, saveReport } from "@/lib/dal/reports/report";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { quarterOf, quarterStart } from "@/lib/domain/quarters";
import { cleanupPendingUploads } from "@/lib/jobs/pending-uploads";
import { ReportSchema } from "@/lib/validation/report";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

const uploads = mkdtempSync(path.join(tmpdir(), "dotpha-staging-"));
process.env.UPLOAD_DIR = uploads;

const pdf = (name = "bien-ban.pdf") =>
  new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")], name);

/** Two cadres, each with a task of the current quarter open for a report. */
async function setup() {
  const u = await f.createProvince();
  const standing = await f.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: u.province.id }] });
  const supervisor = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: u.province.id }] });
  const db = await getDb();
  const now = quarterOf(new Date());
  const round = await f.createRound({ assigningBodyId: u.province.id, year: now.year, status: "CLOSED" });
  const people = [];
  for (let i = 0; i < 2; i++) {
    const cadre = await f.createCadre({ unitId: u.department.id, managedById: u.province.id });
    const user = await f.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: u.department.id }] });
    const created = await f.createTask({ roundId: round.id, cadre, supervisorId: supervisor.id, assignedById: standing.id });
    await db.task.update({
      where: { id: created.id },
      data: { startDate: quarterStart(now), endDate: new Date(Date.UTC(now.year + 1, 11, 31)) },
    });
    const task = await db.task.findUniqueOrThrow({ where: { id: created.id }, include: { targets: true } });
    people.push({ cadre, user, task });
  }
  return { now, supervisor, mine: people[0]!, theirs: people[1]! };
}
type Setup = Awaited<ReturnType<typeof setup>>;

/** The form the report page sends: its fields, one target's actual value, and the staged files' ids. */
function formOf(who: Setup["mine"], fields: Record<string, string | number>, evidenceIds: string[] = []) {
  const form = new FormData();
  for (const [k, v] of Object.entries({ taskId: who.task.id, ...fields })) form.set(k, String(v));
  form.set("actuals.0.targetId", who.task.targets[0]!.id);
  form.set("actuals.0.actualValue", "5");
  evidenceIds.forEach((id, i) => form.set(`evidenceIds.${i}`, id));
  return form;
}

const draft = (s: Setup, who: Setup["mine"], evidenceIds: string[], version?: number) =>
  ReportSchema.parse({
    taskId: who.task.id,
    ...s.now,
    version,
    intent: "save",
    results: "Đã rà soát hồ sơ",
    actuals: [{ targetId: who.task.targets[0]!.id, actualValue: "5" }],
    evidenceIds,
  });

describe("evidence staged before the save", () => {
  it("a staged file is the uploader's alone until a save links it to their report", async () => {
    const s = await setup();
    actAs(s.mine.user);
    const staged = await stageEvidenceUpload(s.mine.task.id, pdf());
    const db = await getDb();
    expect(await db.attachment.findUniqueOrThrow({ where: { id: staged.id } })).toMatchObject({
      reportId: null,
      uploadedById: s.mine.user.id,
    });
    expect((await getAttachmentForDownload(staged.id)).fileName).toBe("bien-ban.pdf");
    actAs(s.supervisor);
    await expect(getAttachmentForDownload(staged.id)).rejects.toBeInstanceOf(NotFoundError);

    actAs(s.mine.user);
    const { reportId } = await saveReport(draft(s, s.mine, [staged.id]));
    expect(await db.attachment.findUniqueOrThrow({ where: { id: staged.id } })).toMatchObject({ reportId, pendingSince: null });
  });

  it("a role that does not report (a supervisor) cannot stage a file, and nothing is stored", async () => {
    const s = await setup();
    actAs(s.supervisor);
    await expect(stageEvidenceUpload(s.mine.task.id, pdf())).rejects.toBeInstanceOf(ForbiddenError);
    expect(await (await getDb()).attachment.count()).toBe(0);
  });

  it("a cadre cannot stage a file on another cadre's task", async () => {
    const s = await setup();
    actAs(s.mine.user);
    await expect(stageEvidenceUpload(s.theirs.task.id, pdf())).rejects.toBeInstanceOf(NotFoundError);
    expect(await (await getDb()).attachment.count()).toBe(0);
  });

  it("no other user can attach someone else's staged file, whatever mix of ids they send", async () => {
    const s = await setup();
    actAs(s.mine.user);
    const mine = [await stageEvidenceUpload(s.mine.task.id, pdf("a.pdf")), await stageEvidenceUpload(s.mine.task.id, pdf("b.pdf"))];
    actAs(s.theirs.user);
    const own = await stageEvidenceUpload(s.theirs.task.id, pdf("c.pdf"));
    const db = await getDb();
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(mine.map((m) => m.id), { minLength: 1 }),
        fc.boolean(),
        async (stolen, withOwn) => {
          actAs(s.theirs.user);
          const ids = withOwn ? [own.id, ...stolen] : stolen;
          await expect(saveReport(draft(s, s.theirs, ids))).rejects.toBeInstanceOf(NotFoundError);
          // Through the action as well: the refusal reads as not found, and nothing is linked or written.
          const form = formOf(s.theirs, { year: s.now.year, quarter: s.now.quarter, intent: "save" }, ids);
          expect(await saveReportAction(initialActionState, form)).toMatchObject({ status: "error", code: "notFound" });
          expect(await db.attachment.count({ where: { pendingSince: null } })).toBe(0);
          expect(await db.quarterlyReport.count()).toBe(0);
        },
      ),
      { numRuns: 15 },
    );
    // Even on the uploader's own task, the other cadre cannot link them.
    actAs(s.theirs.user);
    await expect(saveReport(draft(s, s.mine, [mine[0]!.id]))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a file is linked once: a second save naming it again is refused", async () => {
    const s = await setup();
    actAs(s.mine.user);
    const staged = await stageEvidenceUpload(s.mine.task.id, pdf());
    const { version } = await saveReport(draft(s, s.mine, [staged.id]));
    await expect(saveReport(draft(s, s.mine, [staged.id], version))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the reminder job removes staged files left unlinked past the TTL, rows and bytes, and keeps the rest", async () => {
    const s = await setup();
    actAs(s.mine.user);
    const old = await stageEvidenceUpload(s.mine.task.id, pdf("cu.pdf"));
    const fresh = await stageEvidenceUpload(s.mine.task.id, pdf("moi.pdf"));
    const linked = await stageEvidenceUpload(s.mine.task.id, pdf("da-luu.pdf"));
    await saveReport(draft(s, s.mine, [linked.id]));
    const db = await getDb();
    const dayAgo = new Date(Date.now() - 25 * 3_600_000);
    await db.attachment.update({ where: { id: old.id }, data: { pendingSince: dayAgo } });
    const oldKey = (await db.attachment.findUniqueOrThrow({ where: { id: old.id } })).storageKey;
    expect(readdirSync(uploads)).toContain(oldKey);

    expect(await cleanupPendingUploads(db, new Date())).toBe(1);
    expect(await db.attachment.findUnique({ where: { id: old.id } })).toBeNull();
    expect(readdirSync(uploads)).not.toContain(oldKey);
    expect(await db.attachment.count({ where: { id: { in: [fresh.id, linked.id] } } })).toBe(2);
    // Idempotent.
    expect(await cleanupPendingUploads(db, new Date())).toBe(0);
  });
});

describe("the draft's autosave", () => {
  it("an autosave from a page with a stale version is a conflict, not an overwrite", async () => {
    const s = await setup();
    actAs(s.mine.user);
    const { version } = await saveReport({ ...draft(s, s.mine, []), results: "Bản của tab thứ nhất" });
    await saveReport({ ...draft(s, s.mine, [], version), results: "Bản của tab thứ hai" });
    const form = formOf(s.mine, { year: s.now.year, quarter: s.now.quarter, version, intent: "save", results: "Bản tự lưu cũ" });
    const result = await saveReportAction(initialActionState, form);
    expect(result).toMatchObject({ status: "error", code: "conflict" });
    const stored = await (await getDb()).quarterlyReport.findFirstOrThrow({ where: { taskId: s.mine.task.id } });
    expect(stored).toMatchObject({ results: "Bản của tab thứ hai", version: version + 1 });
  });

  it("two tabs autosaving the same version at once: one is written, the other is a conflict", async () => {
    const s = await setup();
    actAs(s.mine.user);
    const { version } = await saveReport(draft(s, s.mine, []));
    const tab = (results: string) =>
      saveReportAction(initialActionState, formOf(s.mine, { year: s.now.year, quarter: s.now.quarter, version, intent: "save", results }));
    const outcomes = await Promise.all([tab("Tab A"), tab("Tab B")]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["error", "success"]);
    expect(outcomes.find((o) => o.status === "error")).toMatchObject({ code: "conflict" });
    const stored = await (await getDb()).quarterlyReport.findFirstOrThrow({ where: { taskId: s.mine.task.id } });
    expect(stored.version).toBe(version + 1);
    expect(["Tab A", "Tab B"]).toContain(stored.results);
  });

  it("a successful save tells the form its new version, so the next autosave writes on top of it", async () => {
    const s = await setup();
    actAs(s.mine.user);
    const form = formOf(s.mine, { year: s.now.year, quarter: s.now.quarter, intent: "save", results: "A" });
    const first = await saveReportAction(initialActionState, form);
    expect(first).toMatchObject({ status: "success", notice: "Đã lưu bản nháp báo cáo." });
    form.set("version", String(first.version));
    form.set("results", "B");
    const second = await saveReportAction(initialActionState, form);
    expect(second).toMatchObject({ status: "success", version: first.version! + 1 });
  });
});
