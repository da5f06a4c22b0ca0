/** What the inbox orders by: whether a line is overdue, and its earliest due date when it has one. */
export type Urgency = { due: Date | null; overdue: boolean };

/** Most urgent first: overdue by how long, then due soonest, then the undated in their given order. */
export function sortInbox<T extends Urgency>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      const rank = (x: Urgency) => (x.overdue ? 0 : x.due ? 1 : 2);
      const d = rank(a.item) - rank(b.item);
      if (d) return d;
      if (a.item.due && b.item.due) return a.item.due.getTime() - b.item.due.getTime() || a.i - b.i;
      return a.i - b.i;
    })
    .map((x) => x.item);
}
