import { createCadre, createProvince, createRound, createTask, createUser } from "@/tests/factories";

/** A province whose standing committee assigned `tasks` tasks to one cadre in a closed round: an annex to build. */
export async function annexWorld(tasks = 3) {
  const p = await createProvince();
  const cadre = await createCadre({ unitId: p.department.id, managedById: p.province.id, fullName: "Trần Thị Nền" });
  const cadreUser = await createUser({ roles: [{ role: "CADRE", unitId: p.department.id }], cadreId: cadre.id });
  const standing = await createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: p.province.id }] });
  const org = await createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: p.province.id }] });
  const round = await createRound({ assigningBodyId: p.province.id, status: "CLOSED" });
  const created = [];
  for (let i = 0; i < tasks; i++) {
    created.push(await createTask({ roundId: round.id, cadre, supervisorId: standing.id, assignedById: standing.id }));
  }
  return { p, cadreUser, standing, org, round, tasks: created };
}

/** Polls until `check` holds (a job runs on its own schedule), failing after `ms`. */
export async function waitFor(check: () => Promise<boolean>, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("timed out");
}
