import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { withQuery } from "@/lib/url";

/** Previous / next links that keep the other query parameters. */
export async function Pagination({
  page,
  pageCount,
  total,
  basePath,
  params = {},
}: {
  page: number;
  pageCount: number;
  total: number;
  basePath: string;
  params?: Record<string, string | undefined>;
}) {
  const t = await getTranslations("common");
  const href = (p: number) => withQuery(basePath, { ...params, page: String(p) });
  const link = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100";
  return (
    <nav className="mt-4 flex flex-wrap items-center justify-between gap-2" aria-label={t("pageOf", { page, pageCount, total })}>
      <span className="text-sm text-slate-600">{t("pageOf", { page, pageCount, total })}</span>
      <span className="flex gap-2">
        {page > 1 && (
          <Link className={link} href={href(page - 1)} rel="prev">
            {t("previous")}
          </Link>
        )}
        {page < pageCount && (
          <Link className={link} href={href(page + 1)} rel="next">
            {t("next")}
          </Link>
        )}
      </span>
    </nav>
  );
}
