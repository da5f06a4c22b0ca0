"use server";

import { action } from "@/lib/actions/server";
import {
  addRole,
  createUser,
  removeRole,
  resetMfa,
  resetPassword,
  setNationalId,
  setUserActive,
  unlinkSso,
  updateUser,
} from "@/lib/dal/admin/users";
import { createCadre, setCadreActive, updateCadre } from "@/lib/dal/admin/cadres";
import { createUnit, setUnitActive, updateUnit } from "@/lib/dal/admin/units";
import {
  AddRoleSchema,
  CreateCadreSchema,
  CreateUnitSchema,
  CreateUserSchema,
  RemoveRoleSchema,
  ResetMfaSchema,
  ResetPasswordSchema,
  SetActiveSchema,
  SetNationalIdSchema,
  UnlinkSsoSchema,
  UpdateCadreSchema,
  UpdateUnitSchema,
  UpdateUserSchema,
} from "@/lib/validation/admin";

const activeNotice = (input: { active: boolean }) => (input.active ? "activated" : "deactivated");

export const createUnitAction = action(CreateUnitSchema, createUnit, { revalidate: "/admin/units", redirect: "/admin/units" });
export const updateUnitAction = action(UpdateUnitSchema, updateUnit, { revalidate: "/admin/units", redirect: "/admin/units" });
export const setUnitActiveAction = action(SetActiveSchema, setUnitActive, { revalidate: "/admin/units", notice: activeNotice });

export const createCadreAction = action(CreateCadreSchema, createCadre, {
  revalidate: "/admin/cadres",
  redirect: "/admin/cadres",
});
export const updateCadreAction = action(UpdateCadreSchema, updateCadre, {
  revalidate: "/admin/cadres",
  redirect: "/admin/cadres",
});
export const setCadreActiveAction = action(SetActiveSchema, setCadreActive, {
  revalidate: "/admin/cadres",
  notice: activeNotice,
});

export const createUserAction = action(CreateUserSchema, createUser, {
  revalidate: "/admin/users",
  redirect: (_input, created) => `/admin/users/${created.id}`,
});
export const updateUserAction = action(UpdateUserSchema, updateUser, { revalidate: "/admin/users", notice: "saved" });
export const setUserActiveAction = action(SetActiveSchema, setUserActive, { revalidate: "/admin/users", notice: activeNotice });
export const resetPasswordAction = action(ResetPasswordSchema, resetPassword, {
  revalidate: "/admin/users",
  notice: "passwordReset",
});
export const resetMfaAction = action(ResetMfaSchema, resetMfa, { revalidate: "/admin/users", notice: "mfaReset" });
export const addRoleAction = action(AddRoleSchema, addRole, { revalidate: "/admin/users", notice: "roleAdded" });
export const removeRoleAction = action(RemoveRoleSchema, (input) => removeRole(input.membershipId), {
  revalidate: "/admin/users",
  notice: "roleRemoved",
});
export const setNationalIdAction = action(SetNationalIdSchema, setNationalId, { revalidate: "/admin/users", notice: "nationalIdSaved" });
export const unlinkSsoAction = action(UnlinkSsoSchema, unlinkSso, { revalidate: "/admin/users", notice: "ssoUnlinked" });
