/**
 * Pure helpers of the search (decision 067). The database normalises stored and typed text with its own
 * function (`search_norm`: NFC, unaccent, lower case); these only split what it returned into words, and find
 * those words again in a displayed text to highlight them.
 */

/** What /search finds, in the order it shows them. */
export const SEARCH_KINDS = ["task", "cadre", "unit", "registration", "report"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Shorter queries are not run: two letters already match a good share of every name. */
export const SEARCH_MIN_LENGTH = 2;
/** Words beyond these are ignored (each is one more condition on the index). */
export const SEARCH_MAX_WORDS = 8;

/** The words of a normalised query: runs of letters and digits, each once, in order. */
export function searchWords(normalized: string): string[] {
  const words = normalized.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [...new Set(words)].slice(0, SEARCH_MAX_WORDS);
}

/** Whether the words are enough to search with. */
export function isSearchable(words: string[]): boolean {
  return words.join("").length >= SEARCH_MIN_LENGTH;
}

/**
 * One character folded as the database folds it for Vietnamese and Latin text: decomposed, marks dropped,
 * đ/Đ as d, lower case. (For highlighting only: what matches is decided by the database.)
 */
function fold(char: string): string {
  return char.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

export type TextPart = { text: string; match: boolean };

/**
 * The text cut into parts, those that match one of the words marked: "Nguyễn Văn Hoàng" with ["hoang"] gives
 * "Nguyễn Văn " and "Hoàng" (matched). The text is composed (NFC) first, as it is displayed.
 */
export function highlightParts(text: string, words: string[]): TextPart[] {
  const source = [...text.normalize("NFC")];
  let folded = "";
  const origin: number[] = []; // for each folded UTF-16 unit, the index of its source character
  source.forEach((char, i) => {
    const f = fold(char);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
  });
  const marked = new Array<boolean>(source.length).fill(false);
  for (const word of words) {
    if (!word) continue;
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      for (let k = at; k < at + word.length; k++) marked[origin[k]!] = true;
    }
  }
  const parts: TextPart[] = [];
  source.forEach((char, i) => {
    const last = parts[parts.length - 1];
    if (last && last.match === marked[i]) last.text += char;
    else parts.push({ text: char, match: marked[i]! });
  });
  return parts;
}
