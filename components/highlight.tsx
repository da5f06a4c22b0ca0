import { highlightParts } from "@/lib/domain/search-text";

/**
 * The text with the searched words marked. React escapes every part: the user's text is never parsed as
 * HTML (no dangerouslySetInnerHTML), whatever it holds.
 */
export function Highlight({ text, words }: { text: string; words: string[] }) {
  return (
    <>
      {highlightParts(text, words).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit" data-testid="search-mark">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
