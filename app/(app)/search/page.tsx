import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Highlight } from "@/components/highlight";
import { SearchForm } from "@/components/search-form";
import { StatusBadge } from "@/components/status-badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/data-table";
import { search, type SearchGroup, type SearchHit } from "@/lib/dal/read-models/search";
import { orNotFound } from "@/lib/page-helpers";
import { withQuery } from "@/lib/url";
import { readQuery, SearchQuerySchema } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

/** The global search: every kind the role may see, a few of each, or one kind page by page. */
export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = readQuery(SearchQuerySchema, await searchParams);
  // The data layer refuses (and audits) a role with nothing to search: the 403 page.
  const [result, t] = await Promise.all([orNotFound(search(query)), getTranslations("search")]);
  const found = result.groups.reduce((n, g) => n + g.total, 0);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={query.q && !result.tooShort ? t("summary", { q: query.q, count: found }) : undefined}
      />
      <SearchForm q={query.q} placeholder={t("placeholder")} autoFocus={!query.q}>
        {query.kind && <input type="hidden" name="kind" value={query.kind} />}
      </SearchForm>
      {result.tooShort && <p className="mb-4 text-sm text-slate-700">{t("tooShort")}</p>}
      {query.kind && query.q && (
        <p className="mb-4 text-sm">
          <Link href={withQuery("/search", { q: query.q })} className="text-brand-700 underline">
            {t("allKinds")}
          </Link>
        </p>
      )}
      {query.q && !result.tooShort && found === 0 && (
        <Card>
          <EmptyState>{t("nothing")}</EmptyState>
        </Card>
      )}
      <div className="space-y-4">
        {result.groups
          .filter((g) => g.total > 0)
          .map((group) => (
            <ResultGroup key={group.kind} group={group} words={result.words} q={query.q ?? ""} paged={Boolean(query.kind)} />
          ))}
      </div>
    </>
  );
}

async function ResultGroup({ group, words, q, paged }: { group: SearchGroup; words: string[]; q: string; paged: boolean }) {
  const t = await getTranslations("search");
  return (
    <div data-testid={`search-group-${group.kind}`}>
      <Card title={`${t(`kinds.${group.kind}`)} (${group.total})`}>
        <ul className="divide-y divide-slate-100">
          {group.items.map((hit) => (
            <li key={hit.id} className="py-2" data-testid="search-hit">
              <Hit hit={hit} words={words} />
            </li>
          ))}
        </ul>
        {paged ? (
          <Pagination page={group.page} pageCount={group.pageCount} total={group.total} size={group.size} sizeChoice={false} />
        ) : (
          group.total > group.items.length && (
            <p className="mt-2 text-sm">
              <Link
                href={withQuery("/search", { q, kind: group.kind })}
                className="text-brand-700 underline"
                data-testid="search-more"
              >
                {t("more", { count: group.total - group.items.length })}
              </Link>
            </p>
          )
        )}
      </Card>
    </div>
  );
}

async function Hit({ hit, words }: { hit: SearchHit; words: string[] }) {
  const t = await getTranslations("search");
  const link = "font-medium text-brand-700 underline";
  switch (hit.kind) {
    case "task":
      return (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <div>
            <Link href={hit.href} className={link}>
              <span className="font-mono text-xs">
                <Highlight text={hit.code} words={words} />
              </span>{" "}
              · <Highlight text={hit.title} words={words} />
            </Link>
            <div className="text-xs text-slate-600">{hit.cadreName}</div>
          </div>
          <StatusBadge entity="task" status={hit.status} />
        </div>
      );
    case "cadre":
      return (
        <div>
          <Link href={hit.href} className={link}>
            <Highlight text={hit.fullName} words={words} />
          </Link>
          <div className="text-xs text-slate-600">
            <Highlight text={hit.positionTitle} words={words} /> · {hit.unitName}
          </div>
        </div>
      );
    case "unit":
      return (
        <div>
          <Link href={hit.href} className={link}>
            <Highlight text={hit.name} words={words} />
          </Link>
          <div className="font-mono text-xs text-slate-600">
            <Highlight text={hit.code} words={words} />
          </div>
        </div>
      );
    case "registration":
      return (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <div>
            <Link href={hit.href} className={link}>
              <Highlight text={hit.cadreName} words={words} />
            </Link>
            <div className="text-xs text-slate-600">{hit.roundName}</div>
          </div>
          <StatusBadge entity="registration" status={hit.status} />
        </div>
      );
    case "report":
      return (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <div>
            <Link href={hit.href} className={link}>
              {t("reportOf", { quarter: hit.quarter, year: hit.year })}
            </Link>
            <div className="text-xs text-slate-600">
              <span className="font-mono">
                <Highlight text={hit.code} words={words} />
              </span>{" "}
              · <Highlight text={hit.title} words={words} />
            </div>
          </div>
          <StatusBadge entity="report" status={hit.status} />
        </div>
      );
  }
}
