import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/ui/filter-form";
import { maxLengthOf } from "@/lib/validation/limits";
import { SearchQuerySchema } from "@/lib/validation/query";

/**
 * A GET search box: the query lives in the URL, so a filtered list can be shared and bookmarked. Every list
 * and /search read it with the same schema (`querySearch`) and match it the same way, without regard to
 * accents, case or Unicode form (lib/dal/_shared/search.ts). The list's one filter form (FilterForm) with
 * only its search box; `children` are extra fields or hidden inputs.
 */
export async function SearchForm({
  q,
  placeholder,
  children,
  autoFocus,
  path,
}: {
  q?: string;
  placeholder: string;
  children?: React.ReactNode;
  autoFocus?: boolean;
  /** The list's path, to offer Clear once a search is typed. */
  path?: string;
}) {
  const t = await getTranslations("common");
  return (
    <FilterForm path={path} search={{ q, placeholder, autoFocus }} submitLabel={t("search")} label={t("search")}>
      {children}
    </FilterForm>
  );
}

/** The box alone, for a form of its own (the public pages, until they adopt FilterForm). */
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
