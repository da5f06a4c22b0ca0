/** Indents a unit by its depth so a flat list of options reads as the tree. */
export function unitOptionLabel(unit: { name: string; depth: number }, baseDepth = 0) {
  return `${"\u00a0\u00a0".repeat(Math.max(0, unit.depth - baseDepth))}${unit.name}`;
}
