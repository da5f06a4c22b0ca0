import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getCurrentUser, requirePermission } from "@/lib/auth/session";
import { ForbiddenError } from "@/lib/domain/errors";
import { createProvince, createUser } from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

describe("the session checked against the database", () => {
  it("a signed-in user acts in their highest-priority role by default and may switch to another of theirs", async () => {
    const { province, orgBoard } = await createProvince();
    const user = await createUser({
      roles: [
        { role: "SUPERVISOR", unitId: province.id },
        { role: "STANDING_COMMITTEE", unitId: province.id },
      ],
    });
    actAs(user);
    expect((await getCurrentUser())?.active?.role).toBe("STANDING_COMMITTEE");
    const supervisor = user.memberships.find((m) => m.role === "SUPERVISOR")!;
    actAs(user, supervisor.id);
    expect((await getCurrentUser())?.active?.role).toBe("SUPERVISOR");
    // A membership id that is not the user's own is ignored.
    const other = await createUser({ roles: [{ role: "ADMIN", unitId: orgBoard.id }] });
    actAs(user, other.memberships[0]!.id);
    expect((await getCurrentUser())?.active?.role).toBe("STANDING_COMMITTEE");
  });

  it("a deactivated user's session ends at the next request", async () => {
    const { province } = await createProvince();
    const user = await createUser({ roles: [{ role: "ADMIN", unitId: province.id }] });
    actAs(user);
    expect(await getCurrentUser()).not.toBeNull();
    await (await getDb()).user.update({ where: { id: user.id }, data: { active: false } });
    expect(await getCurrentUser()).toBeNull();
    await expect(requirePermission("admin:users")).rejects.toThrow("NEXT_REDIRECT");
  });

  it("a session whose version is older than the account's ends at the next request", async () => {
    const { province } = await createProvince();
    const user = await createUser({ roles: [{ role: "ADMIN", unitId: province.id }] });
    actAs(user);
    await (await getDb()).user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("a role without the permission is refused by the data layer", async () => {
    const { province } = await createProvince();
    const user = await createUser({ roles: [{ role: "COUNCIL", unitId: province.id }] });
    actAs(user);
    await expect(requirePermission("admin:users")).rejects.toBeInstanceOf(ForbiddenError);
  });
});
