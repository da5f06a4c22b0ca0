"use server";

import { action } from "@/lib/actions/server";
import { changeRoundStatus, createRound, grantExtension, setRoundRuleSet } from "@/lib/dal/registrations/rounds";
import { CreateRoundSchema, GrantExtensionSchema, RoundActionSchema, SetRoundRuleSetSchema } from "@/lib/validation/registration";

export const createRoundAction = action(CreateRoundSchema, createRound, {
  revalidate: "/rounds",
  redirect: (_input, { id }) => `/rounds/${id}`,
});

export const changeRoundStatusAction = action(RoundActionSchema, changeRoundStatus, {
  revalidate: "/rounds",
  notice: "roundChanged",
});

export const grantExtensionAction = action(GrantExtensionSchema, grantExtension, {
  revalidate: (input) => `/rounds/${input.roundId}`,
  redirect: (input) => `/rounds/${input.roundId}`,
});

export const setRoundRuleSetAction = action(SetRoundRuleSetSchema, setRoundRuleSet, {
  revalidate: (input) => `/rounds/${input.id}`,
  notice: "ruleSetChanged",
});
