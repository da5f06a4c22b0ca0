import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Button, LinkButton } from "@/components/ui/button";
import { maxLengthOf } from "@/lib/validation/limits";
import { SearchQuerySchema } from "@/lib/validation/query";

export type FilterOption = { value: string; label: string };

/** One field of a list's filter: a select (its first entry chooses nothing), a number, or a check box. */
export type FilterField =
  | { kind: "select"; name: string; label: string; value?: string | null; options: FilterOption[]; all?: string; wide?: boolean }
  | { kind: "number"; name: string; label: string; value?: number | null; min?: number; max?: number }
  | { kind: "check"; name: string; label: string; value: string; checked: boolean };

const control = "block rounded-md border border-slate-300 bg-white px-2 py-2 text-base sm:text-sm";
const caption = "block text-xs font-medium text-slate-600";

/**
 * The one filter form of the app's lists: a GET form, so the filters live in the URL (shared, bookmarked, kept
 * on reload) and the page reads them with its query schema (lib/validation/query.ts). It renders the search box
 * (when `search` is given), the fields, any custom control passed as children (a unit picker), the list's sort
 * and page size as hidden inputs (so filtering keeps them), Apply, and Clear (a link to the list with no filter,
 * its sort and page size kept) when a filter is set.
 */
export async function FilterForm({
  path,
  label,
  search,
  fields = [],
  keep = {},
  hidden = {},
  active,
  submitLabel,
  children,
  testId = "filter-form",
}: {
  /** The list's own path, for Clear (without it, no Clear is offered). */
  path?: string;
  /** The form's accessible name. */
  label?: string;
  search?: { q?: string; placeholder: string; autoFocus?: boolean };
  fields?: FilterField[];
  /** The list's sort and page size, kept when filtering and when clearing. */
  keep?: { sort?: string; dir?: string; size?: number };
  /** Other parameters the form carries unchanged (a filter set elsewhere, such as a unit from a link). */
  hidden?: Record<string, string | number | undefined | null>;
  /** Whether a filter is set (Clear is shown); by default, whether the search or any field has a value. */
  active?: boolean;
  submitLabel?: string;
  children?: ReactNode;
  testId?: string;
}) {
  const t = await getTranslations("filterForm");
  const tc = await getTranslations("common");
  const isActive =
    active ??
    (!!search?.q ||
      fields.some((f) => (f.kind === "check" ? f.checked : f.value !== undefined && f.value !== null && f.value !== "")) ||
      Object.values(hidden).some((v) => v !== undefined && v !== null && v !== ""));
  const kept = new URLSearchParams(
    Object.entries(keep).flatMap(([k, v]) => (v === undefined || v === null || v === "" ? [] : [[k, String(v)]])),
  ).toString();
  // Remounted whenever the filters in the URL change, so that after Clear (or Back) the uncontrolled fields show
  // the URL's values rather than what the browser kept from before the navigation.
  const key = JSON.stringify([
    search?.q ?? "",
    fields.map((f) => (f.kind === "check" ? f.checked : (f.value ?? ""))),
    hidden,
    keep,
  ]);
  return (
    <form
      key={key}
      method="get"
      className="mb-4 flex flex-wrap items-end gap-2 print:hidden"
      role="search"
      aria-label={label ?? t("label")}
      data-testid={testId}
    >
      {search && (
        <label className="min-w-56 flex-1">
          <span className="sr-only">{tc("search")}</span>
          <input
            type="search"
            name="q"
            defaultValue={search.q}
            maxLength={maxLengthOf(SearchQuerySchema, "q")}
            placeholder={search.placeholder}
            autoFocus={search.autoFocus}
            data-testid="search-input"
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm"
          />
        </label>
      )}
      {fields.map((f) =>
        f.kind === "select" ? (
          <label key={f.name} className="min-w-0 max-w-full text-sm">
            <span className={caption}>{f.label}</span>
            <select
              name={f.name}
              defaultValue={f.value ?? ""}
              className={`${control} max-w-full ${f.wide ? "" : "sm:max-w-56"}`}
              data-testid={`filter-${f.name}`}
            >
              {f.all !== undefined && <option value="">{f.all}</option>}
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ) : f.kind === "number" ? (
          <label key={f.name} className="text-sm">
            <span className={caption}>{f.label}</span>
            <input
              type="number"
              inputMode="numeric"
              name={f.name}
              min={f.min}
              max={f.max}
              defaultValue={f.value ?? undefined}
              className={`${control} w-24`}
              data-testid={`filter-${f.name}`}
            />
          </label>
        ) : (
          <label key={f.name} className="flex items-center gap-2 py-2 text-sm">
            <input
              type="checkbox"
              name={f.name}
              value={f.value}
              defaultChecked={f.checked}
              className="h-4 w-4"
              data-testid={`filter-${f.name}`}
            />
            {f.label}
          </label>
        ),
      )}
      {children}
      {Object.entries(hidden).map(([name, value]) =>
        value === undefined || value === null || value === "" ? null : (
          <input key={name} type="hidden" name={name} value={value} />
        ),
      )}
      {keep.sort && <input type="hidden" name="sort" value={keep.sort} />}
      {keep.dir && <input type="hidden" name="dir" value={keep.dir} />}
      {keep.size && <input type="hidden" name="size" value={keep.size} />}
      <div className="flex gap-2">
        <Button type="submit" variant="secondary" data-testid="filter-apply">
          {submitLabel ?? t("apply")}
        </Button>
        {isActive && path && (
          <LinkButton href={kept ? `${path}?${kept}` : path} variant="ghost" data-testid="filter-clear">
            {t("clear")}
          </LinkButton>
        )}
      </div>
    </form>
  );
}
