import type { z } from "zod";

type Node = z.core.$ZodType & { def: Record<string, unknown> & { type: string } };

/**
 * The longest text a schema accepts at a field, read from the schema itself, so that a form's `maxLength`
 * and the server's check are one number. `path` names the field as the form does ("results",
 * "targets.0.indicator"); a list index reads the list's element. Undefined when the field has no limit.
 */
export function maxLengthOf(schema: z.core.$ZodType, path = ""): number | undefined {
  const parts = path ? path.split(".") : [];
  return walk(schema as Node, parts);
}

function walk(node: Node, parts: string[]): number | undefined {
  const def = node.def;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return walk(def.innerType as Node, parts);
    case "pipe": {
      // A transform's input holds the limit (z.string().max(n).transform(…)); a preprocess's output does.
      const input = def.in as Node;
      return input.def.type === "transform" ? walk(def.out as Node, parts) : walk(input, parts);
    }
    case "union": {
      const found = (def.options as Node[]).map((o) => walk(o, parts)).filter((n): n is number => n !== undefined);
      return found.length ? Math.max(...found) : undefined;
    }
    case "object": {
      if (parts.length === 0) return undefined;
      const [key, ...rest] = parts;
      const child = (def.shape as Record<string, Node>)[key!];
      return child ? walk(child, rest) : undefined;
    }
    case "array": {
      if (parts.length === 0) return undefined;
      const [index, ...rest] = parts;
      return /^\d+$/.test(index!) ? walk(def.element as Node, rest) : undefined;
    }
    case "string": {
      if (parts.length > 0) return undefined;
      const max = (node as unknown as z.ZodString).maxLength;
      return max === null ? undefined : max;
    }
    default:
      return undefined;
  }
}
