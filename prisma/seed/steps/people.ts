// People: the staff accounts with their roles, then the cadres with their accounts and CADRE role.
import * as D from "@/prisma/seed-data";
import type { Role } from "@/lib/generated/prisma/enums";
import { get, pad, vn, usernameOf } from "../shared";
import type { Level, CadreInfo } from "../shared";
import { DEMO_MFA_ACCOUNT, DEMO_MFA_SECRET } from "../accounts";
import type { SeedContext } from "../context";
import type { seedUnits } from "./units";

type World = SeedContext & ReturnType<typeof seedUnits>;

export function seedPeople(w: World) {
  const { LV, P, TH, TU, communeA, communeB, passwordHash, pick, rows } = w;
  // ── Users: staff ──
  const userCreated = vn(P - 1, 11, 2, 8);
  const staffName = new Map<string, string>();
  const taken = new Set<string>();
  let mem = 0;
  const addMembership = (userId: string, role: Role, unitId: string) => {
    rows.memberships.push({ id: `mem-${pad(++mem)}`, userId, role, unitId, createdAt: userCreated });
  };
  for (const s of D.STAFF) {
    taken.add(s.username);
    staffName.set(s.id, s.fullName);
    rows.users.push({
      id: s.id,
      username: s.username,
      passwordHash,
      fullName: s.fullName,
      locale: "vi",
      mustChangePassword: false,
      // The demo administrator has a second factor enrolled, with the secret `npm run demo` prints.
      ...(s.username === DEMO_MFA_ACCOUNT ? { mfaSecret: DEMO_MFA_SECRET, mfaEnrolledAt: userCreated } : {}),
      createdAt: userCreated,
      updatedAt: userCreated,
    });
    for (const r of s.roles) addMembership(s.id, r.role, r.unit);
  }

  // ── Cadres and their users ──
  const usedNames = new Set(D.STAFF.map((s) => s.fullName));
  const makeName = (female: boolean) => {
    for (;;) {
      const name = `${pick(D.FAMILY_NAMES)} ${pick(female ? D.MIDDLE_FEMALE : D.MIDDLE_MALE)} ${pick(female ? D.GIVEN_FEMALE : D.GIVEN_MALE)}`;
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const cadres: CadreInfo[] = [];
  const communeById = new Map(D.COMMUNES.map((x) => [x.id, x]));
  const addCadre = (seed: D.CadreSeed, level: Level, managedById: string) => {
    const id = `cadre-${pad(cadres.length + 1)}`;
    const fullName = seed.name ?? makeName(seed.female ?? false);
    usedNames.add(fullName);
    let username = seed.username ?? usernameOf(fullName);
    if (!seed.username) {
      const base = username;
      for (let i = 2; taken.has(username); i++) username = `${base}${i}`;
    }
    taken.add(username);
    const userId = seed.username ? `user-${seed.username.replace(/\./g, "-")}` : `user-${id}`;
    const info: CadreInfo = {
      id,
      seed,
      fullName,
      userId,
      username,
      unitId: seed.unit,
      level,
      commune: seed.commune ? communeById.get(seed.commune) : undefined,
      used: new Map(),
    };
    cadres.push(info);
    rows.cadres.push({
      id,
      fullName,
      positionTitle: seed.title,
      unitId: seed.unit,
      managedById,
      group: seed.group,
      createdAt: vn(P - 1, 11, 15, 8),
      updatedAt: vn(P - 1, 11, 15, 8),
    });
    rows.users.push({
      id: userId,
      username,
      passwordHash,
      fullName,
      locale: "vi",
      mustChangePassword: false,
      cadreId: id,
      createdAt: userCreated,
      updatedAt: userCreated,
    });
    addMembership(userId, "CADRE", seed.unit);
    return info;
  };
  for (const seed of D.PROVINCE_CADRES) addCadre(seed, TU, D.ROOT_ID);
  for (const seed of D.communeCadres(communeA)) addCadre(seed, TH, communeA.id);
  for (const seed of D.communeCadres(communeB)) addCadre(seed, LV, communeB.id);
  const canbo = get(cadres, 0);
  const canboXa = cadres.find((c) => c.username === "canbo.xa");
  if (!canboXa) throw new Error("seed: canbo.xa missing");
  const nameOfUser = (userId: string) => staffName.get(userId) ?? cadres.find((c) => c.userId === userId)?.fullName ?? userId;

  return { cadres, canbo, canboXa, nameOfUser };
}
