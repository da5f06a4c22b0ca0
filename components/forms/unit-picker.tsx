"use client";

import { useTranslations } from "next-intl";
import { type KeyboardEvent, useId, useMemo, useRef, useState } from "react";
import type { ActionState } from "@/lib/actions/state";

import { fromUnitList, type UnitList, type UnitNode } from "@/lib/units/unit-list";

export type { UnitList, UnitNode };

/**
 * Units in tree order: each parent before its children, siblings by name; a unit whose parent is not in the
 * list (outside the caller's scope) is a root. Each with its level in the shown tree (1 for a root).
 */
export function treeOrder(units: UnitNode[]): (UnitNode & { level: number })[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, UnitNode[]>();
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: (UnitNode & { level: number })[] = [];
  const visit = (parent: string | null, level: number) => {
    for (const u of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, "vi"))) {
      out.push({ ...u, level });
      visit(u.id, level + 1);
    }
  };
  visit(null, 1);
  return out;
}

/** Lower case without accents ("Hoàng" and "hoang", "Đồng" and "dong" read the same), for matching as one types. */
export function foldAccents(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .trim();
}

/**
 * The units that match a typed text, with their ancestors (so that a match is shown where it sits in the tree),
 * in tree order. An empty text shows the whole tree.
 */
export function filterUnitTree<U extends UnitNode>(units: U[], text: string): { unit: U; match: boolean }[] {
  const q = foldAccents(text);
  if (!q) return units.map((unit) => ({ unit, match: true }));
  const byId = new Map(units.map((u) => [u.id, u]));
  const words = q.split(/\s+/);
  const matches = new Set(units.filter((u) => words.every((w) => foldAccents(u.name).includes(w))).map((u) => u.id));
  const shown = new Set<string>();
  for (const id of matches) {
    for (let u = byId.get(id); u && !shown.has(u.id); u = u.parentId ? byId.get(u.parentId) : undefined) shown.add(u.id);
  }
  return units.filter((u) => shown.has(u.id)).map((unit) => ({ unit, match: matches.has(unit.id) }));
}

/**
 * Chooses one unit from the organisation tree: a text box that filters the tree as one types (accents optional),
 * with the tree below it. An ARIA combobox whose popup is a tree: arrow keys move through the shown units,
 * Enter chooses, Escape closes. The chosen id travels in a hidden input named `name`, so the picker works in
 * any GET filter or server-action form.
 *
 * With `multiple`, the same box and tree choose several units: Enter or a click toggles a unit and the tree
 * stays open for the next; the chosen units are listed under the box, each with a button that removes it. The
 * ids travel in one hidden input each (all named `name`), and `onValuesChange` hands them to a form that
 * keeps its own state (react-hook-form).
 */
export function UnitPicker({
  name,
  units: unitList,
  defaultValue,
  label,
  allLabel: allOption,
  hideLabel = false,
  labelClassName = "block text-xs font-medium text-slate-600",
  required = false,
  describedBy,
  invalid,
  className = "w-full sm:w-72",
  testId = "unit-picker",
  multiple = false,
  values,
  onValuesChange,
}: {
  name: string;
  units: UnitList;
  defaultValue?: string | null;
  label: string;
  /** When given, the first entry chooses no unit (a filter's "all units"; `true` for the usual words). */
  allLabel?: string | true;
  hideLabel?: boolean;
  labelClassName?: string;
  required?: boolean;
  describedBy?: string;
  invalid?: boolean;
  className?: string;
  testId?: string;
  /** Chooses several units (see above); `defaultValue` is then ignored in favour of `values`. */
  multiple?: boolean;
  /** The units chosen at first (with `multiple`). */
  values?: string[];
  onValuesChange?: (ids: string[]) => void;
}) {
  const t = useTranslations("unitPicker");
  const units = useMemo(() => fromUnitList(unitList), [unitList]);
  const allLabel = allOption === true ? t("any") : allOption;
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-tree`;
  const hintId = `${id}-hint`;
  const [selected, setSelected] = useState<string>(defaultValue && units.some((u) => u.id === defaultValue) ? defaultValue : "");
  const [chosen, setChosen] = useState<string[]>(() => (values ?? []).filter((v) => units.some((u) => u.id === v)));
  const isChosen = (unitId: string) => (multiple ? chosen.includes(unitId) : unitId === selected);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  // The highlighted entry; null while typing: then the first unit that matches (not an ancestor shown for context).
  const [active, setActive] = useState<number | null>(0);
  const listRef = useRef<HTMLUListElement>(null);
  const tree = useMemo(() => treeOrder(units), [units]);
  const selectedName = multiple ? "" : (units.find((u) => u.id === selected)?.name ?? allLabel ?? "");

  const shown = useMemo(() => filterUnitTree(tree, text), [tree, text]);
  // The entries of the popup: "all" first when offered and nothing is typed, then the shown units.
  const entries = useMemo(
    () => [
      ...(allLabel && !multiple && !text.trim() ? [{ id: "", name: allLabel, level: 1, match: true }] : []),
      ...shown.map(({ unit, match }) => ({ id: unit.id, name: unit.name, level: unit.level, match })),
    ],
    [allLabel, multiple, text, shown],
  );
  const optionId = (i: number) => `${id}-opt-${i}`;
  const current =
    active ??
    Math.max(
      0,
      entries.findIndex((e) => e.match && e.id !== ""),
    );

  const show = (index: number) => {
    setActive(index);
    requestAnimationFrame(() => document.getElementById(optionId(index))?.scrollIntoView({ block: "nearest" }));
  };
  const openList = () => {
    setOpen(true);
    const current = entries.findIndex((e) => isChosen(e.id));
    show(current >= 0 ? current : 0);
  };
  const toggle = (unitId: string) => {
    const next = chosen.includes(unitId) ? chosen.filter((x) => x !== unitId) : [...chosen, unitId];
    setChosen(next);
    onValuesChange?.(next);
  };
  const choose = (index: number) => {
    const entry = entries[index];
    if (!entry) return;
    if (multiple) {
      // The tree stays open on the same text, for the next unit.
      toggle(entry.id);
      setActive(index);
      return;
    }
    setSelected(entry.id);
    setText("");
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!open) openList();
      else show(Math.min(current + 1, entries.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) openList();
      else show(Math.max(current - 1, 0));
    } else if (e.key === "PageDown" && open) {
      e.preventDefault();
      show(Math.min(current + 10, entries.length - 1));
    } else if (e.key === "PageUp" && open) {
      e.preventDefault();
      show(Math.max(current - 10, 0));
    } else if (e.key === "Enter") {
      if (open) {
        // Choosing, not submitting the form the picker sits in.
        e.preventDefault();
        choose(current);
      }
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setText("");
      }
    }
  };

  return (
    <div className={`relative ${className}`} data-testid={testId}>
      <label htmlFor={inputId} className={hideLabel ? "sr-only" : labelClassName}>
        {label}
        {required && (
          <span aria-hidden className="text-red-700">
            {" *"}
          </span>
        )}
      </label>
      {multiple ? (
        chosen.map((unitId) => <input key={unitId} type="hidden" name={name} value={unitId} />)
      ) : (
        <input type="hidden" name={name} value={selected} />
      )}
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && entries[current] ? optionId(current) : undefined}
        aria-describedby={[hintId, describedBy].filter(Boolean).join(" ")}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        // Only a filter, never sent; as long as a unit's name may be (UnitSchema).
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        value={open ? text : selectedName}
        placeholder={open ? selectedName || t("placeholder") : t("placeholder")}
        onChange={(e) => {
          setText(e.target.value);
          if (!open) setOpen(true);
          setActive(null);
        }}
        onFocus={(e) => e.target.select()}
        onClick={() => (open ? undefined : openList())}
        onBlur={() => {
          setOpen(false);
          setText("");
        }}
        onKeyDown={onKeyDown}
        className="block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm"
      />
      <span id={hintId} className="sr-only">
        {t("hint")}
      </span>
      {open && entries.length === 0 && (
        <p
          role="status"
          className="absolute z-30 mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-600 shadow-lg sm:w-96"
        >
          {t("noMatch")}
        </p>
      )}
      <ul
        ref={listRef}
        id={listId}
        role="tree"
        aria-label={label}
        aria-multiselectable={multiple || undefined}
        hidden={!open || entries.length === 0}
        className="absolute z-30 mt-1 max-h-72 w-full min-w-64 overflow-y-auto rounded-md border border-slate-300 bg-white py-1 text-sm shadow-lg sm:w-96"
      >
        {open &&
          entries.map((entry, i) => (
            <li
              key={entry.id || "all"}
              id={optionId(i)}
              role="treeitem"
              aria-level={entry.level}
              aria-selected={isChosen(entry.id)}
              data-unit-id={entry.id}
              // Keeps the focus in the text box, so that the click chooses and the box stays a combobox.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(i)}
              className={`cursor-pointer py-1.5 pr-3 ${i === current ? "bg-brand-50 outline outline-1 outline-brand-600" : ""} ${
                entry.match ? "text-slate-900" : "text-slate-500"
              } ${isChosen(entry.id) ? "font-semibold" : ""} ${INDENT[Math.min(entry.level - 1, INDENT.length - 1)]}`}
            >
              {multiple && (
                <span aria-hidden className="mr-1 inline-block w-4 text-brand-700">
                  {isChosen(entry.id) ? "✓" : ""}
                </span>
              )}
              {entry.name}
            </li>
          ))}
      </ul>
      {multiple && (
        <ul className="mt-2 flex flex-wrap gap-1" aria-label={t("chosen", { label })} data-testid={`${testId}-chosen`}>
          {chosen.length === 0 && <li className="text-sm text-slate-600">{t("noneChosen")}</li>}
          {chosen.map((unitId) => {
            const unitName = units.find((u) => u.id === unitId)?.name ?? unitId;
            return (
              <li
                key={unitId}
                className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 py-0.5 pl-3 pr-1 text-sm"
                data-testid="unit-chosen"
              >
                {unitName}
                <button
                  type="button"
                  onClick={() => toggle(unitId)}
                  aria-label={t("remove", { name: unitName })}
                  className="inline-flex h-7 w-7 items-center justify-center rounded-full text-slate-600 hover:bg-slate-200 hover:text-slate-900"
                >
                  <span aria-hidden>×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** The unit picker as a form field: its label, the value echoed after an error, and the field's errors. */
export function UnitField({
  name,
  label,
  state,
  units,
  defaultValue,
  required,
}: {
  name: string;
  label: string;
  state?: ActionState;
  units: UnitList;
  defaultValue?: string | null;
  required?: boolean;
}) {
  const echoed = state?.values?.[name];
  const value = typeof echoed === "string" ? echoed : (defaultValue ?? "");
  const errors = state?.fieldErrors?.[name];
  return (
    <div>
      <UnitPicker
        // Remounted on an echoed value, like the other fields (React 19 resets a form after its action).
        key={value}
        name={name}
        label={label}
        units={units}
        defaultValue={value}
        required={required}
        invalid={!!errors}
        describedBy={errors ? `${name}-error` : undefined}
        labelClassName="mb-1 block text-sm font-medium text-slate-800"
        testId={`unit-picker-${name}`}
      />
      {errors && (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

// Indentation by tree level as static classes (the CSP forbids inline styles the server did not sign).
const INDENT = ["pl-3", "pl-7", "pl-11", "pl-15", "pl-19", "pl-23"];
