import "server-only";
import { requirePermission, requireUser, type Actor } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import type { ExportJobStatus } from "@/lib/generated/prisma/enums";
import { hasPermission } from "@/lib/permissions";
import { ExportFilterSchema } from "@/lib/validation/dashboard";
import { resolveScope } from "@/lib/dal/read-models/dashboard";
import { getAnnexExportAs, type ExportFilter, type TaskExport } from "@/lib/dal/read-models/exports";

/**
 * Exports built in the background (docs/decisions/077): a row per request, owned by the one who asked,
 * which the job runner fills in (progress, then the file in the file store). Only the requester sees a job
 * or downloads its file; anyone else gets "not found".
 */
export type ExportJobView = {
  id: string;
  kind: string;
  status: ExportJobStatus;
  /** 0–100. */
  progress: number;
  fileName: string | null;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
};

const view = (j: {
  id: string;
  kind: string;
  status: ExportJobStatus;
  progress: number;
  fileName: string | null;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}): ExportJobView => ({
  id: j.id,
  kind: j.kind,
  status: j.status,
  progress: j.progress,
  fileName: j.fileName,
  error: j.error,
  createdAt: j.createdAt,
  finishedAt: j.finishedAt,
});

/**
 * Asks for an assignment annex to be built in the background, within the caller's scope (checked now, and
 * again when it runs). The same request while an earlier one is still queued or running returns that one,
 * so a double click or a reload does not build it twice. The caller enqueues the job.
 */
export async function requestAnnexJob(filter: ExportFilter): Promise<{ job: ExportJobView; created: boolean }> {
  const actor = await requirePermission("export:download");
  const { round } = await resolveScope(actor, filter);
  if (!round) throw new NotFoundError();
  const params = {
    filter: { roundId: round.id, unitId: filter.unitId ?? null, field: filter.field ?? null },
    unitId: actor.unitId,
  };
  const db = await getDb();
  const open = await db.exportJob.findMany({
    where: { requestedById: actor.userId, role: actor.role, kind: "annex", status: { in: ["QUEUED", "RUNNING"] } },
    orderBy: { createdAt: "desc" },
  });
  // jsonb keeps its own key order: compare the fields, not the text.
  const key = (x: typeof params) => [x.filter.roundId, x.filter.unitId, x.filter.field, x.unitId].join("\u0000");
  const same = open.find((j) => key(j.params as typeof params) === key(params));
  if (same) return { job: view(same), created: false };
  const job = await db.exportJob.create({
    data: { kind: "annex", params, requestedById: actor.userId, role: actor.role },
  });
  return { job: view(job), created: true };
}

/** One's own export job; someone else's reads as not found. */
export async function getExportJob(id: string): Promise<ExportJobView> {
  const user = await requireUser();
  const job = await (await getDb()).exportJob.findFirst({ where: { id, requestedById: user.id } });
  if (!job) throw new NotFoundError();
  return view(job);
}

/** The finished file of one's own export job, to download. */
export async function getExportJobFile(id: string): Promise<{ fileKey: string; fileName: string; mimeType: string }> {
  const user = await requireUser();
  const job = await (await getDb()).exportJob.findFirst({ where: { id, requestedById: user.id, status: "DONE" } });
  if (!job?.fileKey || !job.fileName || !job.mimeType) throw new NotFoundError();
  return { fileKey: job.fileKey, fileName: job.fileName, mimeType: job.mimeType };
}

// ——— For the job runner (no session: the job acts as the one who asked, checked afresh) ———

/**
 * Takes a queued (or interrupted) job and reads its annex as its requester, if they still hold the role in
 * the unit and the role may export; a job already done is left alone (a retried or repeated job is no-op).
 */
export async function startAnnexJob(db: Db, id: string): Promise<{ data: TaskExport } | null> {
  const job = await db.exportJob.findUnique({ where: { id } });
  if (!job || job.status === "DONE" || job.status === "FAILED") return null;
  await db.exportJob.update({ where: { id }, data: { status: "RUNNING", progress: 5 } });
  const params = job.params as { filter: { roundId: string; unitId: string | null; field: string | null }; unitId: string };
  const membership = await db.roleMembership.findFirst({
    where: { userId: job.requestedById, role: job.role, unitId: params.unitId, user: { active: true } },
    include: { unit: { select: { path: true } }, user: { select: { cadreId: true } } },
  });
  if (!membership || !hasPermission(job.role, "export:download")) {
    await failExportJob(db, id, "forbidden");
    return null;
  }
  const actor: Actor = {
    userId: job.requestedById,
    role: job.role,
    unitId: membership.unitId,
    unitPath: membership.unit.path,
    cadreId: membership.user.cadreId,
  };
  const filter = ExportFilterSchema.parse({
    roundId: params.filter.roundId,
    unitId: params.filter.unitId ?? undefined,
    field: params.filter.field ?? undefined,
  });
  const data = await getAnnexExportAs(actor, filter);
  await db.exportJob.update({ where: { id }, data: { progress: 40, total: data.tasks.length } });
  return { data };
}

export async function setExportJobProgress(db: Db, id: string, progress: number): Promise<void> {
  await db.exportJob.updateMany({
    where: { id, status: "RUNNING" },
    data: { progress: Math.max(0, Math.min(99, Math.round(progress))) },
  });
}

export async function finishExportJob(db: Db, id: string, file: { fileKey: string; fileName: string; mimeType: string }) {
  await db.exportJob.update({ where: { id }, data: { ...file, status: "DONE", progress: 100, finishedAt: new Date() } });
}

export async function failExportJob(db: Db, id: string, error: string) {
  await db.exportJob.update({ where: { id }, data: { status: "FAILED", error: error.slice(0, 500), finishedAt: new Date() } });
}
