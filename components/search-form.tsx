import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { maxLengthOf } from "@/lib/validation/limits";
import { SearchQuerySchema } from "@/lib/validation/query";

/**
 * A GET search box: the query lives in the URL, so a filtered list can be shared and bookmarked. Every list
 * and /search read it with the same schema (`querySearch`) and match it the same way, without regard to
 * accents, case or Unicode form (lib/dal/_shared/search.ts).
 */
export async function SearchForm({
  q,
  placeholder,
  children,
  autoFocus,
}: {
  q?: string;
  placeholder: string;
  children?: React.ReactNode;
  autoFocus?: boolean;
}) {
  const t = await getTranslations("common");
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-2" role="search">
      <SearchInput q={q} placeholder={placeholder} autoFocus={autoFocus} />
      {children}
      <Button type="submit" variant="secondary">
        {t("search")}
      </Button>
    </form>
  );
}

/** The box alone, for a list whose filter form already has its own button. */
export async function SearchInput({ q, placeholder, autoFocus }: { q?: string; placeholder: string; autoFocus?: boolean }) {
  const t = await getTranslations("common");
  return (
    <label className="min-w-56 flex-1">
      <span className="sr-only">{t("search")}</span>
      <input
        type="search"
        name="q"
        defaultValue={q}
        maxLength={maxLengthOf(SearchQuerySchema, "q")}
        placeholder={placeholder}
        autoFocus={autoFocus}
        data-testid="search-input"
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm"
      />
    </label>
  );
}
