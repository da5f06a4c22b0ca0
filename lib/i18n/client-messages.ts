import type vi from "./messages/vi.json";

/**
 * Which message namespaces the browser receives. Server components translate on the server from the whole
 * catalog; only client components need messages in the page, and sending the whole catalog (~80 KB) with
 * every page made it most of a cadre's home. So the root layout sends the few namespaces the shared client
 * components use, and a segment whose client components need more wraps its pages in <ClientMessages
 * scope="…"> with the scope's namespaces below (a nested provider replaces the root's messages, so each scope
 * is sent together with the root's). tests/unit/client-messages.test.ts follows the imports from every page
 * to the client components it renders and fails when one uses a namespace its page does not receive.
 */
export type Namespace = keyof typeof vi;

/** Used by client components every page may show (the header's role switcher, tables and pagination, the error page). */
export const ROOT_CLIENT_NAMESPACES = ["common", "errorPage", "nav", "table"] as const satisfies readonly Namespace[];

/** Keyed by the folder under app/ whose layout.tsx wraps its pages in <ClientMessages scope="…">. */
export const SCOPED_CLIENT_NAMESPACES = {
  "(auth)": ["auth", "changePassword", "confirm", "mfa"],
  "(app)/admin": ["admin", "cadreGroups", "confirm", "import", "roles", "unitKinds", "unitPicker"],
  "(app)/dashboard": ["unitPicker"],
  "(app)/evaluations": ["confirm", "evaluations", "ratings"],
  "(app)/exports": ["exportJob"],
  "(app)/publication": ["confirm", "publication"],
  "(app)/registrations": [
    "assignTask",
    "confirm",
    "breakthroughKinds",
    "decision",
    "directions",
    "fields",
    "registrations",
    "reviewProposals",
    "taskForm",
    "unitPicker",
    "validation",
  ],
  "(app)/rounds": ["cadreGroups", "confirm", "periodKinds", "rounds", "ruleSets", "unitPicker"],
  "(app)/tasks": [
    "assignTask",
    "breakthroughKinds",
    "changeRequests",
    "confirm",
    "decision",
    "directions",
    "errors",
    "explanations",
    "fields",
    "registrations",
    "reports",
    "taskForm",
    "unitPicker",
    "validation",
  ],
  "(app)/task-templates": [
    "breakthroughKinds",
    "bulkAssign",
    "confirm",
    "decisionImport",
    "directions",
    "fields",
    "import",
    "registrations",
    "taskForm",
    "templates",
    "unitPicker",
    "validation",
  ],
} as const satisfies Record<string, readonly Namespace[]>;

export type MessageScope = keyof typeof SCOPED_CLIENT_NAMESPACES;

/** The namespaces a page under `scope` (or outside every scope) receives. */
export function clientNamespaces(scope?: MessageScope): Namespace[] {
  return [...new Set<Namespace>([...ROOT_CLIENT_NAMESPACES, ...(scope ? SCOPED_CLIENT_NAMESPACES[scope] : [])])].sort();
}

/** The part of a catalog under the given top-level namespaces (a namespace the catalog lacks is left out). */
export function pickMessages<M extends Record<string, unknown>>(messages: M, namespaces: readonly string[]): Partial<M> {
  const picked: Record<string, unknown> = {};
  for (const ns of namespaces) if (Object.hasOwn(messages, ns)) picked[ns] = messages[ns];
  return picked as Partial<M>;
}
