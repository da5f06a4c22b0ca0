import "server-only";
import { getDb } from "@/lib/db/client";
import { unitInScope } from "@/lib/dal/_shared/scope";
import { requireAnyAdmin } from "@/lib/dal/admin/access";
import { userInScope } from "@/lib/dal/admin/users";

export async function getAdminOverview(): Promise<{ units: number; cadres: number; users: number; lockedUsers: number }> {
  const actor = await requireAnyAdmin();
  const db = await getDb();
  const now = new Date();
  const [units, cadres, users, lockedUsers] = await Promise.all([
    db.unit.count({ where: { ...unitInScope(actor), active: true } }),
    db.cadre.count({ where: { active: true, unit: unitInScope(actor) } }),
    db.user.count({ where: { active: true, ...userInScope(actor) } }),
    db.user.count({ where: { lockedUntil: { gt: now }, ...userInScope(actor) } }),
  ]);
  return { units, cadres, users, lockedUsers };
}
