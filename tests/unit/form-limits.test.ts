import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(rel);
    return entry.name.endsWith(".tsx") ? [rel] : [];
  });
}

/** Each JSX element `<Tag …>` in a file, with its attributes' text (up to the tag's closing `>`). */
function elements(source: string, tag: string): string[] {
  const found: string[] = [];
  const opening = new RegExp(`<${tag}\\b`, "g");
  for (let m = opening.exec(source); m; m = opening.exec(source)) {
    let depth = 0;
    let i = m.index + m[0].length;
    for (; i < source.length; i++) {
      const c = source[i];
      if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === ">" && depth === 0) break;
    }
    found.push(source.slice(m.index, i + 1));
  }
  return found;
}

// Inputs that hold no free text: the browser bounds them itself, or the user cannot type in them.
const NOT_TEXT = /type=("|\{")(hidden|file|checkbox|radio|date|number|submit)\b/;

describe("every text field carries its server limit in the browser", () => {
  const files = [...sources("app"), ...sources("components")];

  it("each text input and text area names its schema or its maxLength", () => {
    const unbounded: string[] = [];
    let checked = 0;
    for (const file of files) {
      const source = readFileSync(path.join(root, file), "utf8");
      for (const el of [...elements(source, "TextField"), ...elements(source, "TextAreaField")]) {
        if (/type="(date|number)"/.test(el)) continue;
        checked++;
        if (!/\b(schema|maxLength)=/.test(el)) unbounded.push(`${file}: ${el.replace(/\s+/g, " ").slice(0, 90)}`);
      }
      for (const el of [...elements(source, "input"), ...elements(source, "textarea")]) {
        if (NOT_TEXT.test(el)) continue;
        checked++;
        // The shared renderers spread props that carry the limit (task-fields.tsx, fields.tsx).
        if (/\{\.\.\.props\}|maxLength=/.test(el)) continue;
        unbounded.push(`${file}: ${el.replace(/\s+/g, " ").slice(0, 90)}`);
      }
    }
    expect(unbounded).toEqual([]);
    // The scan saw the app's forms (about sixty text fields), not an empty tree.
    expect(checked).toBeGreaterThan(40);
  });
});
