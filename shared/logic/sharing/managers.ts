import type { Account } from '../../model/account';
import type { Link } from '../../model/link';
import type { Person } from '../../model/person';

/**
 * A person as the merge sees them: their solid and dotted managers are fields of their own, so
 * "who reports to whom" merges (and conflicts) per person, and a merge can never give anyone two
 * managers. The other kinds of lines stay records of the account.
 */
export type MergePerson = Person & { reportsTo: string | null; dottedTo: string | null };
export type MergeView = Omit<Account, 'people'> & { people: MergePerson[] };

const isManagerLine = (l: Link) => l.kind === 'reportsTo';

export function toMergeView(account: Account): MergeView {
  const solid = new Map<string, string>();
  const dotted = new Map<string, string>();
  for (const l of account.links) {
    if (!isManagerLine(l)) continue;
    const into = l.dotted ? dotted : solid;
    if (!into.has(l.source)) into.set(l.source, l.target);
  }
  return {
    ...account,
    people: account.people.map((p) => ({ ...p, reportsTo: solid.get(p.id) ?? null, dottedTo: dotted.get(p.id) ?? null })),
    links: account.links.filter((l) => !isManagerLine(l)),
  };
}

/**
 * The account back from a merged view: the manager fields become reporting lines again, reusing
 * the id a line has on either side, so an unchanged line keeps its identity.
 */
export function fromMergeView(view: MergeView, sides: readonly Account[], newLinkId: () => string): Account {
  const lineKey = (l: Pick<Link, 'source' | 'target' | 'dotted'>) => `${l.source}>${l.target}>${l.dotted}`;
  // The first side (mine) wins where both have a line: its id, note and strength are kept. A line
  // is found by the people it joins, never by id alone: ids of the two sides may collide.
  const known = new Map<string, Link>();
  for (const side of [...sides].reverse()) for (const l of side.links) if (isManagerLine(l)) known.set(lineKey(l), l);
  const present = new Set(view.people.map((p) => p.id));
  // Another kind of line that came with the id of one of my reporting lines (it can only be theirs): it takes a new one.
  const reportingIds = new Set((sides[0]?.links ?? []).filter(isManagerLine).map((l) => l.id));
  const others = view.links
    .filter((l) => present.has(l.source) && present.has(l.target))
    .map((l) => (reportingIds.has(l.id) ? { ...l, id: newLinkId() } : l));
  const used = new Set(others.map((l) => l.id));
  const lines: Link[] = [];
  const line = (source: string, target: string, dotted: boolean) => {
    const existing = known.get(lineKey({ source, target, dotted }));
    let id = existing?.id;
    if (!id || used.has(id)) id = newLinkId();
    used.add(id);
    lines.push({ id, source, target, kind: 'reportsTo', dotted, strength: existing?.strength ?? null, note: existing?.note ?? '' });
  };
  const people: Person[] = view.people.map(({ reportsTo, dottedTo, ...person }) => {
    if (reportsTo && reportsTo !== person.id && present.has(reportsTo)) line(person.id, reportsTo, false);
    if (dottedTo && dottedTo !== person.id && present.has(dottedTo)) line(person.id, dottedTo, true);
    return person;
  });
  return { ...view, people, links: [...lines, ...others] };
}
