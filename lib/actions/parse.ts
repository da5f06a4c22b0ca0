/**
 * Turning what a browser (or an attacker) sent into values a zod schema can check, without letting any
 * field name reach an object's prototype. Pure: no Next, no server-only, so it is unit-tested directly.
 */

/** Names that would reach a prototype if used as a key: refused at any depth and in any position. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** A list index above this is not a form row but an attempt to allocate a huge sparse array. */
const MAX_INDEX = 999;
/** Deeper than any form or payload of the app; deeper means someone is probing the parser. */
const MAX_DEPTH = 32;

/** The input cannot be read safely; the wrapper answers it with a translated refusal, never a write. */
export class HostileInputError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "HostileInputError";
  }
}

export type Dict = Record<string, unknown>;

const dict = (): Dict => Object.create(null) as Dict;

/** Secrets are never echoed and never rewritten: a password is compared byte for byte at sign-in. */
export const isSecretField = (key: string) => /password/i.test(key);

export const nfc = (value: string) => value.normalize("NFC");

/** PostgreSQL text cannot hold U+0000; no form or typist produces it, so it is refused rather than stored cut. */
function checkText(value: string): string {
  if (value.includes("\u0000")) throw new HostileInputError("NUL character");
  return value;
}

function checkKey(key: string) {
  if (FORBIDDEN_KEYS.has(key)) throw new HostileInputError(`forbidden key ${key}`);
}

/**
 * FormData as flat values (a repeated key becomes an array) in a null-prototype object: every string NFC
 * (secrets as typed), Next's own `$ACTION*` fields and files left out, forbidden names refused wherever
 * they appear in a dotted name, NUL characters refused anywhere.
 */
export function readFlatForm(form: FormData, skip: ReadonlySet<string> = new Set()): Record<string, string | string[]> {
  const out = dict() as Record<string, string | string[]>;
  for (const [rawKey, value] of form.entries()) {
    if (rawKey.startsWith("$ACTION")) continue;
    rawKey.split(".").forEach(checkKey);
    if (skip.has(rawKey) || typeof value !== "string") continue;
    const key = nfc(checkText(rawKey));
    const text = isSecretField(key) ? checkText(value) : nfc(checkText(value));
    const existing = out[key];
    if (existing === undefined) out[key] = text;
    else out[key] = Array.isArray(existing) ? [...existing, text] : [existing, text];
  }
  return out;
}

/**
 * Flat form values as nested ones: "targets.0.targetValue" becomes { targets: [{ targetValue }] }, so a
 * flat form carries lists to a schema whose error paths name the same inputs. Every object on the way is
 * null-prototype; a name that is both a value and a container, or an index past MAX_INDEX, is refused.
 */
export function nest(flat: Record<string, string | string[]>): Dict {
  const out = dict();
  for (const key of Object.keys(flat)) {
    const parts = key.split(".");
    if (parts.length > MAX_DEPTH) throw new HostileInputError("too deep");
    let node: Dict | unknown[] = out;
    parts.forEach((part, i) => {
      checkKey(part);
      const isIndex = /^\d+$/.test(part);
      if (isIndex && Array.isArray(node) && Number(part) > MAX_INDEX) throw new HostileInputError("index too large");
      if (!isIndex && Array.isArray(node)) throw new HostileInputError("name inside a list");
      const container = node as Record<string | number, unknown>;
      const slot = Array.isArray(node) ? Number(part) : part;
      if (i === parts.length - 1) {
        if (container[slot] !== undefined) throw new HostileInputError("value and container share a name");
        container[slot] = flat[key];
        return;
      }
      const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
      const existing = container[slot];
      if (existing === undefined) container[slot] = nextIsIndex ? [] : dict();
      else if (typeof existing !== "object" || existing === null || Array.isArray(existing) !== nextIsIndex)
        throw new HostileInputError("value and container share a name");
      node = container[slot] as Dict | unknown[];
    });
  }
  return out;
}

/**
 * A JSON-like payload (what a client component passes to an action) copied into null-prototype objects:
 * forbidden keys refused at any depth, strings NFC (secrets as typed), other values as they came for the
 * schema to judge.
 */
export function sanitize(value: unknown, depth = 0, key = ""): unknown {
  if (depth > MAX_DEPTH) throw new HostileInputError("too deep");
  if (typeof value === "string") return isSecretField(key) ? checkText(value) : nfc(checkText(value));
  if (Array.isArray(value)) return value.map((item) => sanitize(item, depth + 1, key));
  if (value !== null && typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const out = dict();
    for (const k of Reflect.ownKeys(value)) {
      if (typeof k !== "string") continue;
      checkKey(k);
      checkText(k);
      out[k] = sanitize((value as Dict)[k], depth + 1, k);
    }
    return out;
  }
  return value;
}
