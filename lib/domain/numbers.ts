/**
 * A measured quantity as typed by a Vietnamese official: "1.234,5" (vi), "1234,5", "1234.5" or
 * "1,234.5". Returns the canonical decimal string ("1234.5") a Decimal column accepts, or null.
 * A lone separator followed by exactly three digits is read as a thousands separator in Vietnamese
 * style ("2.101" is two thousand one hundred and one), as officials write counts.
 */
export function parseDecimalInput(raw: string): string | null {
  const s = raw.trim().replace(/\s/g, "");
  if (!/^-?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  let normalised: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both appear: the later one is the decimal separator.
    const decimal = lastComma > lastDot ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    normalised = s.split(thousands).join("").replace(decimal, ".");
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? "," : ".";
    const parts = s.split(sep);
    const isThousands = parts.length > 2 || (parts[1]?.length === 3 && sep === ".") || (parts.length > 2 && sep === ",");
    normalised = isThousands ? parts.join("") : `${parts[0]}.${parts[1]}`;
  } else {
    normalised = s;
  }
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  const [int, frac] = normalised.split(".");
  if ((int ?? "").replace("-", "").length > 14 || (frac?.length ?? 0) > 4) return null;
  return normalised.replace(/^(-?)0+(?=\d)/, "$1");
}
