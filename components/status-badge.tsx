import { getTranslations } from "next-intl/server";
import { Badge, type Tone } from "@/components/ui/badge";

const TONES = {
  registration: {
    DRAFT: "neutral",
    SUBMITTED: "info",
    RETURNED: "warning",
    FORWARDED: "info",
    DECIDED: "success",
    WITHDRAWN: "neutral",
  },
  task: { ASSIGNED: "info", COMPLETED: "success", UNFINISHED: "danger", CARRIED_OVER: "warning", CANCELLED: "neutral" },
  report: { DRAFT: "neutral", SUBMITTED: "info", RETURNED: "warning", RESPONDED: "success" },
  round: { DRAFT: "neutral", OPEN: "success", CLOSED: "neutral" },
  changeRequest: { PENDING: "warning", APPROVED: "success", REJECTED: "danger", WITHDRAWN: "neutral" },
  evaluation: { SELF_ASSESSMENT: "neutral", COUNCIL_SCORING: "info", PROPOSED: "warning", DECIDED: "success" },
  explanation: { OPEN: "warning", ANSWERED: "success", ESCALATED: "danger" },
} as const satisfies Record<string, Record<string, Tone>>;

export type StatusEntity = keyof typeof TONES;

/** A lifecycle state in words, with its colour. */
export async function StatusBadge<E extends StatusEntity>({
  entity,
  status,
}: {
  entity: E;
  status: keyof (typeof TONES)[E] & string;
}) {
  const t = await getTranslations("status");
  const tones = TONES[entity] as Record<string, Tone>;
  const key: string = `${entity}.${String(status)}`;
  return <Badge tone={tones[status] ?? "neutral"}>{t(key)}</Badge>;
}
