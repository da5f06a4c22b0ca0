import { getTranslations } from "next-intl/server";
import { maxLengthOf } from "@/lib/validation/limits";
import { SearchQuerySchema } from "@/lib/validation/query";

/** The header's search box: a plain GET form to /search, so it works before any script has loaded. */
export async function HeaderSearch({ id }: { id: string }) {
  const t = await getTranslations("search");
  return (
    <form method="get" action="/search" role="search" className="flex min-w-0">
      <label htmlFor={id} className="sr-only">
        {t("title")}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        maxLength={maxLengthOf(SearchQuerySchema, "q")}
        placeholder={t("headerPlaceholder")}
        data-testid="header-search"
        className="header-search"
      />
    </form>
  );
}
