/** Kinds of unit and groups of cadres, for forms in the browser as well as for the schemas. */
export const UNIT_KINDS = [
  "PARTY_COMMITTEE",
  "PARTY_BOARD",
  "GOVERNMENT",
  "DEPARTMENT",
  "MASS_ORGANISATION",
  "COMMUNE",
  "PUBLIC_SERVICE",
  "OTHER",
] as const;
export const CADRE_GROUPS = [
  "STANDING_MEMBER",
  "LOCAL_LEADER",
  "PARTY_MASS_HEAD",
  "DEPARTMENT_HEAD",
  "DEPUTY_HEAD",
  "OTHER",
] as const;
/** The states of an evaluation, in the order it moves through them (as the schema's enum, which the data layer sorts by). */
export const EVALUATION_STATUSES = ["SELF_ASSESSMENT", "COUNCIL_SCORING", "PROPOSED", "DECIDED"] as const;
