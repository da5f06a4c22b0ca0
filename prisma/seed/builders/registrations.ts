// Writes a registration with its proposed tasks, targets, milestones and one snapshot per revision.
import * as D from "@/prisma/seed-data";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { get, pad, dateOnly, endOfDay, addDays, isoDay } from "../shared";
import type { CadreInfo, Spec, ProposedInfo } from "../shared";
import type { SeedContext } from "../context";
import type { templateTools } from "./templates";

type World = SeedContext & ReturnType<typeof templateTools>;

export function registrationBuilder(w: World) {
  const { placeholders, rows, softer, targetDeadline } = w;
  // ── Registrations and proposed tasks ──

  const regCounters = new Map<string, number>();
  const snapshotData = (specs: { title: string; spec: Spec }[], fill: (s: string) => string, year: number, revision: number) => ({
    revision,
    proposedTasks: specs.map(({ title, spec }, i) => ({
      position: i + 1,
      title,
      field: spec.tpl.field,
      breakthroughKind: spec.tpl.kind,
      objectives: fill(spec.tpl.objectives),
      expectedProduct: fill(spec.tpl.product),
      startDate: isoDay(dateOnly(year, 1, 1)),
      endDate: isoDay(dateOnly(year, 12, 31)),
      targets: spec.tpl.targets.map(([indicator, unitOfMeasure, baseline, target, direction], j) => ({
        indicator,
        unitOfMeasure,
        baseline: baseline === null ? null : String(baseline),
        // What the cadre submitted: before an adjustment by the committee.
        targetValue: String(j === 0 && spec.adjust ? softer(get(spec.tpl.targets, j)) : target),
        direction,
      })),
    })),
  });

  const makeRegistration = (opts: {
    roundId: string;
    year: number;
    cadre: CadreInfo;
    status: RegistrationStatus;
    revision: number;
    createdAt: Date;
    submittedAt: Date | null;
    isLate?: boolean;
    returnedReason?: string | null;
    forwardedAt?: Date | null;
    decidedAt?: Date | null;
    specs: Spec[];
    decidedBy?: string;
  }) => {
    const roundKey = opts.roundId.replace(/^round-/, "");
    const n = (regCounters.get(roundKey) ?? 0) + 1;
    regCounters.set(roundKey, n);
    const id = `reg-${roundKey}-${pad(n)}`;
    const fill = placeholders(opts.cadre, opts.year);
    const updatedAt = opts.decidedAt ?? opts.forwardedAt ?? opts.submittedAt ?? opts.createdAt;
    rows.registrations.push({
      id,
      roundId: opts.roundId,
      cadreId: opts.cadre.id,
      status: opts.status,
      revision: opts.revision,
      submittedAt: opts.submittedAt,
      isLate: opts.isLate ?? false,
      returnedReason: opts.returnedReason ?? null,
      forwardedAt: opts.forwardedAt ?? null,
      decidedAt: opts.decidedAt ?? null,
      createdAt: opts.createdAt,
      updatedAt,
    });
    const proposed: ProposedInfo[] = [];
    opts.specs.forEach((spec, i) => {
      const ptId = `pt-${roundKey}-${pad(n)}-${i + 1}`;
      const title = fill(spec.tpl.title);
      const decided = spec.decision !== "PENDING";
      rows.proposedTasks.push({
        id: ptId,
        registrationId: id,
        position: i + 1,
        title,
        field: spec.tpl.field,
        breakthroughKind: spec.tpl.kind,
        objectives: fill(spec.tpl.objectives),
        plan: fill(spec.tpl.plan ?? D.PLAN_BY_FIELD[spec.tpl.field]),
        expectedProduct: fill(spec.tpl.product),
        startDate: dateOnly(opts.year, 1, 1),
        endDate: endOfDay(opts.year, 12, 31),
        reviewProposal: spec.reviewProposal ?? null,
        reviewNote: spec.reviewNote ?? null,
        decision: spec.decision,
        decisionReason: spec.decisionReason ?? null,
        decidedById: decided ? (opts.decidedBy ?? null) : null,
        decidedAt: decided ? (opts.decidedAt ?? null) : null,
        supplemented: spec.supplemented ?? false,
        createdAt: spec.supplemented && opts.decidedAt ? addDays(opts.decidedAt, -2) : opts.createdAt,
        updatedAt,
      });
      const targets = spec.tpl.targets.map((t, j) => {
        const proposedValue = j === 0 && spec.adjust ? softer(t) : t[3];
        const [indicator, unitOfMeasure, baseline, , direction, month] = t;
        rows.targets.push({
          id: `tgt-${ptId}-${j + 1}`,
          proposedTaskId: ptId,
          position: j + 1,
          indicator,
          unitOfMeasure,
          baseline: baseline === null ? null : String(baseline),
          originalValue: String(proposedValue),
          targetValue: String(proposedValue),
          direction,
          deadline: targetDeadline(opts.year, month),
          createdAt: opts.createdAt,
          updatedAt: opts.createdAt,
        });
        return { tpl: t, proposedValue };
      });
      const ms: [string, Date][] = [
        [D.MILESTONES.plan, endOfDay(opts.year, 4, 30)],
        [D.MILESTONES.mid, endOfDay(opts.year, 6, 30)],
        [D.MILESTONES.end, endOfDay(opts.year, 12, 15)],
      ];
      ms.forEach(([description, due], j) => {
        rows.milestones.push({ id: `ms-${ptId}-${j + 1}`, proposedTaskId: ptId, position: j + 1, description, dueDate: due });
      });
      proposed.push({ id: ptId, spec, title, targets });
    });
    // One snapshot per submitted revision.
    const cadreSpecs = opts.specs.map((spec, i) => ({ spec, title: get(proposed, i).title })).filter((x) => !x.spec.supplemented);
    for (let r = 1; r <= opts.revision; r++) {
      const at =
        r === opts.revision
          ? (opts.submittedAt ?? opts.createdAt)
          : addDays(opts.submittedAt ?? opts.createdAt, -6 * (opts.revision - r));
      rows.snapshots.push({
        id: `snap-${id}-r${r}`,
        registrationId: id,
        revision: r,
        data: snapshotData(cadreSpecs, fill, opts.year, r),
        createdAt: at,
      });
    }
    return { id, proposed };
  };

  return { makeRegistration };
}
