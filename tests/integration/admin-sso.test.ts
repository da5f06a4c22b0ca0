import { describe, expect, it } from "vitest";
import { setNationalIdAction, unlinkSsoAction } from "@/app/(app)/admin/actions";
import { resolveSsoSignIn } from "@/lib/auth/sso";
import type { SsoConfig } from "@/lib/auth/sso-config";
import { initialActionState } from "@/lib/actions/state";
import { getUser, setNationalId, unlinkSso } from "@/lib/dal/admin/users";
import { getDb } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import * as factories from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

const ISSUER = "https://dinhdanh.example.gov.vn";

/** The deployment's settings as decision 086 reads them, matching first sign-ins by national ID. */
const config: SsoConfig = {
  issuer: ISSUER,
  clientId: "dotpha",
  clientSecret: "secret",
  match: "nationalId",
  claim: "national_id",
  label: { vi: "Cổng định danh tỉnh", en: "Provincial identity" },
  createAccounts: false,
  mfaAcr: [],
};

async function setup() {
  const units = await factories.createProvince();
  const provinceAdmin = await factories.createUser({ roles: [{ role: "ADMIN", unitId: units.province.id }] });
  const communeAdmin = await factories.createUser({ roles: [{ role: "ADMIN", unitId: units.commune.id }] });
  const provincial = await factories.createUser({ roles: [{ role: "SUPERVISOR", unitId: units.province.id }] });
  const communal = await factories.createUser({ roles: [{ role: "SUPERVISOR", unitId: units.commune.id }] });
  return { ...units, provinceAdmin, communeAdmin, provincial, communal };
}

async function stored(id: string) {
  return (await getDb()).user.findUniqueOrThrow({ where: { id } });
}

async function auditOf(userId: string, action: string) {
  return (await getDb()).auditEvent.findMany({ where: { entityId: userId, action }, orderBy: { at: "asc" } });
}

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

describe("an administrator sets a user's national ID number", () => {
  it("sets it, corrects it and clears it, each change audited without the full number", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    await setNationalId({ id: s.provincial.id, version: 0, nationalId: "001203004567" });
    expect(await stored(s.provincial.id)).toMatchObject({ nationalId: "001203004567", version: 1 });
    await setNationalId({ id: s.provincial.id, version: 1, nationalId: "001203004568" });
    expect((await getUser(s.provincial.id)).nationalId).toBe("001203004568");
    await setNationalId({ id: s.provincial.id, version: 2, nationalId: null });
    expect(await stored(s.provincial.id)).toMatchObject({ nationalId: null, version: 3 });

    const rows = await auditOf(s.provincial.id, "user.nationalIdSet");
    expect(rows.map((r) => r.data)).toEqual([
      { before: null, after: "••••••••4567" },
      { before: "••••••••4567", after: "••••••••4568" },
      { before: "••••••••4568", after: null },
    ]);
    expect(rows.every((r) => r.actorId === s.provinceAdmin.id && r.actorRole === "ADMIN")).toBe(true);
    expect(JSON.stringify(rows)).not.toContain("001203004567");
  });

  it("the form trims the number and refuses anything but exactly 12 digits at the field, in Vietnamese", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const ok = await setNationalIdAction(initialActionState, form({ id: s.provincial.id, version: "0", nationalId: "  079090001234 " }));
    expect(ok.status).toBe("success");
    expect((await stored(s.provincial.id)).nationalId).toBe("079090001234");
    for (const bad of ["07909000123", "0790900012345", "07909000123a", "079 090 001 234", "０７９０９０００１２３４"]) {
      const state = await setNationalIdAction(initialActionState, form({ id: s.provincial.id, version: "1", nationalId: bad }));
      expect(state.status).toBe("error");
      expect(state.fieldErrors?.nationalId).toEqual(["Số định danh cá nhân (CCCD) gồm đúng 12 chữ số."]);
      expect(state.values?.nationalId).toBe(bad);
    }
    expect(await stored(s.provincial.id)).toMatchObject({ nationalId: "079090001234", version: 1 });
  });

  it("a number another account holds is a translated field error, and nothing changes", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    await setNationalId({ id: s.provincial.id, version: 0, nationalId: "001203004567" });
    const state = await setNationalIdAction(initialActionState, form({ id: s.communal.id, version: "0", nationalId: "001203004567" }));
    expect(state).toMatchObject({ status: "error", code: "nationalIdTaken" });
    expect(state.fieldErrors?.nationalId).toEqual(["Số định danh cá nhân này đã gắn với một tài khoản khác."]);
    expect(await stored(s.communal.id)).toMatchObject({ nationalId: null, version: 0 });
    expect(await auditOf(s.communal.id, "user.nationalIdSet")).toHaveLength(0);
  });

  it("two parallel saves of the same number on two users: one wins, the other is told the number is taken", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    const results = await Promise.allSettled([
      setNationalId({ id: s.provincial.id, version: 0, nationalId: "038095012345" }),
      setNationalId({ id: s.communal.id, version: 0, nationalId: "038095012345" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toMatchObject({ code: "nationalIdTaken", field: "nationalId" });
    const holders = await (await getDb()).user.findMany({ where: { nationalId: "038095012345" }, select: { id: true } });
    expect(holders).toHaveLength(1);
    expect(await auditOf(holders[0]!.id, "user.nationalIdSet")).toHaveLength(1);
  });

  it("a stale version is a conflict and the newer number stays", async () => {
    const s = await setup();
    actAs(s.provinceAdmin);
    await setNationalId({ id: s.provincial.id, version: 0, nationalId: "001203004567" });
    await expect(setNationalId({ id: s.provincial.id, version: 0, nationalId: "001203009999" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await stored(s.provincial.id)).nationalId).toBe("001203004567");
  });
});

describe("an administrator unlinks a single sign-on identity", () => {
  it("shows the linked identity, removes it, audits it, and the next sign-in is matched again by the claim", async () => {
    const s = await setup();
    const db = await getDb();
    // The cadre's identity was linked to the wrong account (the provincial supervisor's).
    const link = await db.ssoLink.create({
      data: { provider: ISSUER, subject: "cd-7788", userId: s.provincial.id, linkedAt: new Date("2026-11-02T03:00:00Z") },
    });
    actAs(s.provinceAdmin);
    await setNationalId({ id: s.communal.id, version: 0, nationalId: "036188000777" });
    expect((await getUser(s.provincial.id)).ssoLinks).toEqual([
      { id: link.id, provider: ISSUER, subject: "cd-7788", linkedAt: new Date("2026-11-02T03:00:00Z"), lastSignInAt: null },
    ]);

    const state = await unlinkSsoAction(initialActionState, form({ userId: s.provincial.id, linkId: link.id }));
    expect(state.status).toBe("success");
    expect(await db.ssoLink.count({ where: { id: link.id } })).toBe(0);
    expect((await getUser(s.provincial.id)).ssoLinks).toEqual([]);
    const [row] = await auditOf(s.provincial.id, "user.ssoUnlinked");
    expect(row).toMatchObject({ actorId: s.provinceAdmin.id, data: { provider: ISSUER, subject: "cd-7788", sessionsEnded: 0 } });

    // The identity's next sign-in goes by its national ID, which now names the right account.
    const outcome = await resolveSsoSignIn(config, { sub: "cd-7788", national_id: "036188000777" });
    expect(outcome).toMatchObject({ result: "ok", user: { id: s.communal.id } });
    expect(await db.ssoLink.findFirstOrThrow({ where: { subject: "cd-7788" } })).toMatchObject({ userId: s.communal.id });
  });

  it("after unlinking, an identity whose claim names no account is refused", async () => {
    const s = await setup();
    const db = await getDb();
    const link = await db.ssoLink.create({ data: { provider: ISSUER, subject: "cd-0001", userId: s.provincial.id } });
    actAs(s.provinceAdmin);
    await unlinkSso({ userId: s.provincial.id, linkId: link.id });
    const outcome = await resolveSsoSignIn(config, { sub: "cd-0001", national_id: "099999999999" });
    expect(outcome).toEqual({ result: "refused", error: "ssoUnlinked" });
    expect(await db.ssoLink.count({ where: { subject: "cd-0001" } })).toBe(0);
  });

  it("ends the sessions opened through that identity and keeps the account's password sessions", async () => {
    const s = await setup();
    const db = await getDb();
    const link = await db.ssoLink.create({ data: { provider: ISSUER, subject: "cd-4242", userId: s.provincial.id } });
    const token = (claims: object) =>
      `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.c2lnbmF0dXJl`;
    const now = new Date();
    const session = (id: string, ssoIdToken: string | null) =>
      db.session.create({ data: { id, userId: s.provincial.id, createdAt: now, lastSeenAt: now, ssoIdToken } });
    await session("through-identity", token({ iss: `${ISSUER}/`, sub: "cd-4242" }));
    await session("other-identity", token({ iss: ISSUER, sub: "cd-9999" }));
    await session("password", null);
    actAs(s.provinceAdmin);
    await unlinkSso({ userId: s.provincial.id, linkId: link.id });
    const sessions = await db.session.findMany({ where: { userId: s.provincial.id }, orderBy: { id: "asc" } });
    expect(sessions.map((x) => [x.id, x.revokedAt !== null])).toEqual([
      ["other-identity", false],
      ["password", false],
      ["through-identity", true],
    ]);
    expect((await stored(s.provincial.id)).sessionVersion).toBe(0);
    expect((await auditOf(s.provincial.id, "user.ssoUnlinked"))[0]!.data).toMatchObject({ sessionsEnded: 1 });
  });

  it("a link of another account, or one already removed, reads as not found", async () => {
    const s = await setup();
    const db = await getDb();
    const link = await db.ssoLink.create({ data: { provider: ISSUER, subject: "cd-1", userId: s.communal.id } });
    actAs(s.provinceAdmin);
    await expect(unlinkSso({ userId: s.provincial.id, linkId: link.id })).rejects.toBeInstanceOf(NotFoundError);
    await unlinkSso({ userId: s.communal.id, linkId: link.id });
    await expect(unlinkSso({ userId: s.communal.id, linkId: link.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await auditOf(s.communal.id, "user.ssoUnlinked")).toHaveLength(1);
  });
});

describe("who may do it", () => {
  it("a commune administrator acts within the commune; an account outside it reads as not found", async () => {
    const s = await setup();
    const db = await getDb();
    const outside = await db.ssoLink.create({ data: { provider: ISSUER, subject: "p-1", userId: s.provincial.id } });
    const inside = await db.ssoLink.create({ data: { provider: ISSUER, subject: "c-1", userId: s.communal.id } });
    actAs(s.communeAdmin);
    await expect(getUser(s.provincial.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setNationalId({ id: s.provincial.id, version: 0, nationalId: "001203004567" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(unlinkSso({ userId: s.provincial.id, linkId: outside.id })).rejects.toBeInstanceOf(NotFoundError);
    // Naming an account in scope with a link outside it changes nothing either.
    await expect(unlinkSso({ userId: s.communal.id, linkId: outside.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await stored(s.provincial.id)).toMatchObject({ nationalId: null, version: 0 });
    expect(await db.ssoLink.count({ where: { id: outside.id } })).toBe(1);

    await setNationalId({ id: s.communal.id, version: 0, nationalId: "001203004567" });
    await unlinkSso({ userId: s.communal.id, linkId: inside.id });
    expect((await getUser(s.communal.id)).ssoLinks).toEqual([]);
  });

  it("a commune administrator cannot change an account that also holds a provincial role", async () => {
    const s = await setup();
    const both = await factories.createUser({
      roles: [
        { role: "SUPERVISOR", unitId: s.commune.id },
        { role: "COUNCIL", unitId: s.province.id },
      ],
    });
    const link = await (await getDb()).ssoLink.create({ data: { provider: ISSUER, subject: "b-1", userId: both.id } });
    actAs(s.communeAdmin);
    expect((await getUser(both.id)).writable).toBe(false);
    await expect(setNationalId({ id: both.id, version: 0, nationalId: "001203004567" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(unlinkSso({ userId: both.id, linkId: link.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("an administrator cannot change their own national ID or unlink their own identity", async () => {
    const s = await setup();
    const link = await (await getDb()).ssoLink.create({ data: { provider: ISSUER, subject: "a-1", userId: s.provinceAdmin.id } });
    actAs(s.provinceAdmin);
    await expect(setNationalId({ id: s.provinceAdmin.id, version: 0, nationalId: "001203004567" })).rejects.toMatchObject({
      code: "cannotChangeOwnAccess",
    });
    await expect(unlinkSso({ userId: s.provinceAdmin.id, linkId: link.id })).rejects.toMatchObject({
      code: "cannotChangeOwnAccess",
    });
  });

  it("every other role is refused both calls and nothing changes", async () => {
    const s = await setup();
    const db = await getDb();
    const link = await db.ssoLink.create({ data: { provider: ISSUER, subject: "x-1", userId: s.communal.id } });
    const cadre = await factories.createCadre({ unitId: s.commune.id, managedById: s.province.id });
    const others = [
      await factories.createUser({ roles: [{ role: "ORG_COMMITTEE", unitId: s.province.id }] }),
      await factories.createUser({ roles: [{ role: "STANDING_COMMITTEE", unitId: s.province.id }] }),
      await factories.createUser({ roles: [{ role: "COUNCIL", unitId: s.province.id }] }),
      await factories.createUser({ roles: [{ role: "SUPERVISOR", unitId: s.province.id }] }),
      await factories.createUser({ cadreId: cadre.id, roles: [{ role: "CADRE", unitId: s.commune.id }] }),
    ];
    for (const user of others) {
      actAs(user);
      await expect(setNationalId({ id: s.communal.id, version: 0, nationalId: "001203004567" })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(unlinkSso({ userId: s.communal.id, linkId: link.id })).rejects.toBeInstanceOf(ForbiddenError);
      const state = await unlinkSsoAction(initialActionState, form({ userId: s.communal.id, linkId: link.id }));
      expect(state).toMatchObject({ status: "error", code: "forbidden" });
    }
    expect(await stored(s.communal.id)).toMatchObject({ nationalId: null, version: 0 });
    expect(await db.ssoLink.count({ where: { id: link.id } })).toBe(1);
  });
});
