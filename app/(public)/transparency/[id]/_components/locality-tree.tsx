import Link from "next/link";
import type { LocalityNode } from "@/lib/dal/read-models/publication";

export type LocalityTreeLabels = {
  tasks: (count: number) => string;
  completed: (share: string) => string;
  onTrack: (share: string) => string;
  noTasks: string;
  own: (name: string) => string;
  percent: (value: number) => string;
};

/**
 * The localities of a round as an indented list (the province, its communes below it), each a link that
 * narrows the task list to it, with its share of tasks completed and on track written out and drawn as one
 * bar (the bar repeats the words, for the eye). On a phone the rows stack and stay readable at any depth.
 */
export function LocalityTree({
  nodes,
  selected,
  hrefFor,
  labels,
}: {
  nodes: LocalityNode[];
  selected: { id: string; ownOnly: boolean } | null;
  hrefFor: (id: string, ownOnly: boolean) => string;
  labels: LocalityTreeLabels;
}) {
  const children = (id: string | null) => nodes.filter((n) => n.parentId === id);
  const row = (
    key: string,
    name: string,
    figures: { tasks: number; completed: number; onTrack: number },
    href: string,
    current: boolean,
  ) => {
    const completed = figures.tasks ? (figures.completed / figures.tasks) * 100 : 0;
    const onTrack = figures.tasks ? (figures.onTrack / figures.tasks) * 100 : 0;
    return (
      <Link
        key={key}
        href={href}
        scroll={false}
        aria-current={current ? "true" : undefined}
        data-testid="locality-node"
        className={`block rounded-md px-2 py-2 hover:bg-slate-50 ${current ? "bg-brand-50 ring-1 ring-brand-600" : ""}`}
      >
        <span className="flex flex-wrap items-baseline justify-between gap-x-3">
          <span className="font-medium text-brand-700 underline decoration-slate-300 underline-offset-2">{name}</span>
          <span className="text-sm tabular-nums text-slate-600">{labels.tasks(figures.tasks)}</span>
        </span>
        {figures.tasks ? (
          <>
            <span className="mt-1 flex flex-wrap gap-x-3 text-sm tabular-nums text-slate-700">
              <span>{labels.completed(labels.percent(completed))}</span>
              <span>{labels.onTrack(labels.percent(onTrack))}</span>
            </span>
            <span aria-hidden className="mt-1 flex h-2 overflow-hidden rounded-full bg-slate-200">
              <span className="bg-emerald-600" style={{ width: `${completed}%` }} />
              <span className="bg-sky-500" style={{ width: `${onTrack}%` }} />
            </span>
          </>
        ) : (
          <span className="mt-1 block text-sm text-slate-600">{labels.noTasks}</span>
        )}
      </Link>
    );
  };
  const branch = (node: LocalityNode) => {
    const below = children(node.id);
    return (
      <li key={node.id} data-locality={node.id}>
        {row(node.id, node.name, node, hrefFor(node.id, false), selected?.id === node.id && !selected.ownOnly)}
        {(below.length > 0 || node.own) && (
          <ul className="ml-3 border-l border-slate-200 pl-2 sm:ml-4 sm:pl-3">
            {node.own && (
              <li>
                {row(
                  `${node.id}-own`,
                  labels.own(node.name),
                  node.own,
                  hrefFor(node.id, true),
                  selected?.id === node.id && selected.ownOnly,
                )}
              </li>
            )}
            {below.map(branch)}
          </ul>
        )}
      </li>
    );
  };
  return <ul className="space-y-1">{children(null).map(branch)}</ul>;
}
