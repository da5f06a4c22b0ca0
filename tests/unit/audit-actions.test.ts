import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, moveAuditAction } from "@/lib/domain/audit-actions";
import { LIFECYCLES } from "@/lib/domain/lifecycle";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";

const root = path.resolve(import.meta.dirname, "../..");
const DOTTED = /^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(rel);
    return /\.(ts|tsx)$/.test(entry.name) ? [rel] : [];
  });
}

/** The text of a call from its opening parenthesis to the one that closes it. */
function callText(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === "(") depth++;
    else if (source[i] === ")" && --depth === 0) return source.slice(open, i + 1);
  }
  return source.slice(open);
}

/**
 * Every audit action a source text writes: the dotted string literals inside an `audit(…)` or
 * `auditEvent.create…(…)` call, and any `action: "entity.verb"` (how a seed row or an audit entry names it);
 * plus the places that build an action at run time from a template, which no list could hold.
 */
function auditActionsIn(source: string): { actions: string[]; dynamic: string[] } {
  const actions = new Set<string>();
  const dynamic: string[] = [];
  const calls = /\b(?:audit|auditEvent\.create(?:Many)?)\s*\(/g;
  for (const match of source.matchAll(calls)) {
    const text = callText(source, match.index + match[0].length - 1);
    for (const literal of text.matchAll(/"([^"\n]*)"/g)) if (DOTTED.test(literal[1]!)) actions.add(literal[1]!);
    for (const template of text.matchAll(/action:\s*(`[^`]*\$\{[^`]*`)/g)) dynamic.push(template[1]!);
  }
  for (const match of source.matchAll(/\baction:\s*"([^"\n]*)"/g)) if (DOTTED.test(match[1]!)) actions.add(match[1]!);
  return { actions: [...actions], dynamic };
}

const files = [
  ...sourceFiles("app"),
  ...sourceFiles("lib"),
  // The seed's entry point and its steps and builders under prisma/seed/.
  ...sourceFiles("prisma").filter((file) => /^prisma\/seed/.test(file.split(path.sep).join("/"))),
];

function label(messages: unknown, action: string): unknown {
  const [entity, verb] = action.split(".") as [string, string];
  const actions = (messages as { timeline: { actions: Record<string, Record<string, string> | string> } }).timeline.actions;
  const group = actions[entity];
  return typeof group === "object" ? group[verb] : undefined;
}

describe("the audit trail's closed list of actions", () => {
  it("finds a mistyped or run-time action in a call, so the scan below can fail", () => {
    const found = auditActionsIn(
      'await audit(tx, actor, { action: ok ? "report.submitt" : "report.return", entityType: "QuarterlyReport" });\n' +
        'await audit(tx, actor, { action: `report.${input.action}`, entityType: "QuarterlyReport" });',
    );
    expect(found.actions.sort()).toEqual(["report.return", "report.submitt"]);
    expect(found.dynamic).toEqual(["`report.${input.action}`"]);
  });

  it("is the only source of the actions app/, lib/ and the seed write, none built at run time", () => {
    const unknown: string[] = [];
    const dynamic: string[] = [];
    let seen = 0;
    for (const file of files) {
      const found = auditActionsIn(readFileSync(path.join(root, file), "utf8"));
      seen += found.actions.length;
      for (const action of found.actions)
        if (!(AUDIT_ACTIONS as readonly string[]).includes(action)) unknown.push(`${file}: ${action}`);
      for (const d of found.dynamic) dynamic.push(`${file}: ${d}`);
    }
    // The scan must be seeing the data layer, the sign-in and the seed, or it proves nothing.
    expect(seen).toBeGreaterThan(40);
    expect(unknown).toEqual([]);
    expect(dynamic).toEqual([]);
  });

  it("names every lifecycle move, so transition() writes only listed actions", () => {
    for (const lifecycle of LIFECYCLES)
      for (const t of lifecycle.transitions)
        // An edit keeps the state: it is a versioned write, not a move, and is never audited as one.
        if (t.action !== "edit") expect(moveAuditAction(lifecycle.entity, t.action)).toBe(`${lifecycle.entity}.${t.action}`);
    expect(() => moveAuditAction("report", "publish")).toThrow(/not in AUDIT_ACTIONS/);
  });

  it("has a label for every action in both catalogs, under timeline.actions.<entity>.<verb>", () => {
    for (const action of AUDIT_ACTIONS) {
      expect(DOTTED.test(action), action).toBe(true);
      expect(typeof label(vi, action), `vi ${action}`).toBe("string");
      expect(typeof label(en, action), `en ${action}`).toBe("string");
    }
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });
});
