import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { isSearchable, searchWords } from "@/lib/domain/search-text";
import { escapeLike } from "@/lib/dal/_shared/scope";

/**
 * A query as the search columns hold text: `normalized` is the whole query through the database's
 * `search_norm` (composed, accents and case removed), `words` its runs of letters and digits. Every list's
 * search box and /search use these, against the same trigger-kept "searchText" columns and their trigram
 * indexes (migration search, decision 067).
 */
export type SearchTerms = { normalized: string; words: string[] };

/** Longer input (only the data layer's own callers could send it: the URL's is 100) is cut. */
const QUERY_MAX_CHARS = 200;

/** The terms of a typed query, or null when it is absent or too short to search with. */
export async function searchTerms(db: Db | Tx, q: string | undefined | null): Promise<SearchTerms | null> {
  if (!q) return null;
  const terms = await foldedWords(db, q);
  return isSearchable(terms.words) ? terms : null;
}

async function foldedWords(db: Db | Tx, q: string): Promise<SearchTerms> {
  // What PostgreSQL cannot hold in a text (NUL, a lone surrogate) is a space; past the box's length is cut.
  const text = q
    .slice(0, QUERY_MAX_CHARS)
    .toWellFormed()
    .replace(/\p{Cc}/gu, " ");
  // The database's own function, so that the query is folded exactly as the stored columns were.
  const [row] = await db.$queryRaw<{ n: string | null }[]>`SELECT public.search_norm(${text}) AS n`;
  const normalized = row?.n ?? "";
  return { normalized, words: searchWords(normalized) };
}

/**
 * A list's search box, for its Prisma `where` (put the result in its AND): every word of the query found in
 * the record's search column. One letter is enough here (the list is already scoped and paged); a query with
 * no letter or digit at all ("%%", "?") finds nothing, rather than everything. The words hold only letters
 * and digits, so `contains` needs no escaping of LIKE's wildcards.
 */
export async function listSearchConditions(
  db: Db | Tx,
  q: string | undefined | null,
): Promise<{ searchText: { contains: string } }[]> {
  const words = await listSearchWords(db, q);
  if (!words) return [];
  // The search columns never hold a line break (white space is folded to single spaces).
  return words.length ? words.map((word) => ({ searchText: { contains: word } })) : [{ searchText: { contains: "\n" } }];
}

/** A list's search words: null when there is no search; empty when the query has no letter or digit. */
export async function listSearchWords(db: Db | Tx, q: string | undefined | null): Promise<string[] | null> {
  return q ? (await foldedWords(db, q)).words : null;
}

/** The same condition for a list written in SQL (the dashboard's), over a search column. */
export function listSearchSql(words: string[] | null, column: Prisma.Sql): Prisma.Sql {
  if (!words) return Prisma.sql`TRUE`;
  return words.length ? wordsMatchSql({ normalized: "", words }, column) : Prisma.sql`FALSE`;
}

/** The same condition in SQL, over a search column. */
export function wordsMatchSql(terms: SearchTerms, column: Prisma.Sql): Prisma.Sql {
  return Prisma.join(
    terms.words.map((word) => Prisma.sql`${column} LIKE ${`%${word}%`}`),
    " AND ",
  );
}

/**
 * /search's condition. First every word must be found ("words"); only when that finds nothing of a kind is the
 * query matched by similarity ("similar"): close enough to a whole word or run of words, for a letter typed wrong
 * ("hoangg" for "hoang"). That is pg_trgm's strict word similarity (`<<%`, default threshold 0.5); the plain word
 * similarity (`<%`) also accepts pieces of neighbouring words ("hoa đường" for "hoang"). Similarity is kept for
 * the second pass because it is both noisy ("hoàn thành" is similar to "hoang") and slow (every row sharing a
 * trigram is rechecked). Both use the trigram index.
 */
export type SearchMode = "words" | "similar";

export function searchMatchSql(terms: SearchTerms, column: Prisma.Sql, mode: SearchMode = "words"): Prisma.Sql {
  return mode === "words" ? Prisma.sql`(${wordsMatchSql(terms, column)})` : Prisma.sql`(${terms.words.join(" ")} <<% ${column})`;
}

/**
 * The rank of a match, lower first: 0 the first part of the text (a name, a code) is the query; 1 the query is
 * found as whole words; 2 the text starts with it; 3 a word starts with it; 4 every word is found somewhere;
 * 5 only similar. Ties go to the closer text.
 */
export function searchRankSql(terms: SearchTerms, column: Prisma.Sql): { tier: Prisma.Sql; similarity: Prisma.Sql } {
  const q = escapeLike(terms.normalized);
  return {
    tier: Prisma.sql`(CASE
      WHEN ${column} = ${terms.normalized} OR ${column} LIKE ${`${q} | %`} THEN 0
      WHEN ' ' || ${column} || ' ' LIKE ${`% ${q} %`} THEN 1
      WHEN ${column} LIKE ${`${q}%`} THEN 2
      WHEN ${column} LIKE ${`% ${q}%`} THEN 3
      WHEN ${wordsMatchSql(terms, column)} THEN 4
      ELSE 5 END)`,
    similarity: Prisma.sql`strict_word_similarity(${terms.words.join(" ")}, ${column})`,
  };
}
