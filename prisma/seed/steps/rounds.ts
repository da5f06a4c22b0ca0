// The registration rounds of the three years and their quarterly report deadlines.
import { reportDueDate } from "@/lib/domain/quarters";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CadreGroup, Role } from "@/lib/generated/prisma/enums";
import { CADRE_GROUPS } from "@/lib/validation/admin";
import { vn, endOfDay, lastDayOf } from "../shared";
import type { Level } from "../shared";
import type { SeedContext } from "../context";
import type { seedUnits } from "./units";

type World = SeedContext & ReturnType<typeof seedUnits>;

export function seedRounds(w: World) {
  const { LV, N, P, TH, TU, Y, audit, rows } = w;
  // ── Rounds ──
  const rounds = new Map<string, Prisma.RoundCreateManyInput>();
  const ALL_GROUPS: CadreGroup[] = [...CADRE_GROUPS];
  const COMMUNE_GROUPS: CadreGroup[] = ["PARTY_MASS_HEAD", "DEPARTMENT_HEAD", "DEPUTY_HEAD", "OTHER"];
  const addRound = (level: Level, year: number, open: boolean) => {
    const slug = level.key === "tu" ? "tu" : level.key === "th" ? "tan-hoa" : "lam-vien";
    const id = `round-${slug}-${year}`;
    const createdAt = open ? vn(year - 1, 10, 20) : vn(year - 1, 12, 10);
    const deadline = open ? endOfDay(year - 1, 12, 31) : endOfDay(year, 2, lastDayOf(year, 2));
    const round: Prisma.RoundCreateManyInput = {
      id,
      name:
        level.key === "tu" ? `Đăng ký việc đột phá, đổi mới năm ${year}` : `Đăng ký việc đột phá năm ${year} – ${level.bodyName}`,
      assigningBodyId: level.bodyId,
      periodKind: "YEAR",
      startYear: year,
      endYear: year,
      registrationDeadline: deadline,
      status: open ? "OPEN" : "CLOSED",
      minTasksPerCadre: 1,
      maxTasksPerCadre: level.key === "tu" ? 5 : 3,
      cadreGroups: level.key === "tu" ? ALL_GROUPS : COMMUNE_GROUPS,
      isPublic: !open && level.key === "tu",
      createdAt,
      updatedAt: open ? vn(year - 1, 11, 1, 8) : vn(year, 3, 16, 8),
    };
    rows.rounds.push(round);
    rounds.set(id, round);
    const due: [number, number, number][] = [
      [year, 4, 15],
      [year, 7, 15],
      [year, 10, 15],
      [year + 1, 1, 15],
    ];
    due.forEach(([y, m, d], i) => {
      rows.deadlines.push({ id: `${id}-q${i + 1}`, roundId: id, year, quarter: i + 1, dueDate: endOfDay(y, m, d) });
    });
    const actorRole: Role = "ORG_COMMITTEE";
    audit(
      open ? vn(year - 1, 11, 1, 8) : vn(year - 1, 12, 15, 8),
      level.orgUser,
      actorRole,
      "round.open",
      "Round",
      id,
      "DRAFT",
      "OPEN",
    );
    if (!open) audit(vn(year, 3, 16, 8), level.orgUser, actorRole, "round.close", "Round", id, "OPEN", "CLOSED");
    return id;
  };
  const roundTuP = addRound(TU, P, false);
  const roundTuY = addRound(TU, Y, false);
  const roundTuN = addRound(TU, N, true);
  const roundThY = addRound(TH, Y, false);
  const roundThN = addRound(TH, N, true);
  const roundLvY = addRound(LV, Y, false);
  const roundLvN = addRound(LV, N, true);
  const roundName = (id: string) => rounds.get(id)?.name ?? id;
  const dueDate = (year: number, quarter: number) => reportDueDate({ year, quarter });

  return { roundTuP, roundTuY, roundTuN, roundThY, roundThN, roundLvY, roundLvN, roundName, dueDate };
}
