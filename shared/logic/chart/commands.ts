import type { Account, Department } from '../../model/account';
import { ChartPatch, type ChartPatchInput } from '../../model/chart-patch';
import { newId } from '../../model/ids';
import { Link } from '../../model/link';
import { Person, type PersonInput } from '../../model/person';
import type { LinkKind } from '../../taxonomy/keys';
import { CARD_HEIGHT, CARD_WIDTH, layoutReportingTree, type LayoutDirection } from '../layout';

// Each command reads the account and answers with the patch that does the edit; the canvas
// applies it, remembers its inverse for undo and sends it to the store.

type Point = { x: number; y: number };
const patch = (p: ChartPatchInput): ChartPatch => ChartPatch.parse(p);

export function addPerson(at: Point, fields: Partial<PersonInput> = {}): { patch: ChartPatch; id: string } {
  const id = newId('p');
  const person = Person.parse({ name: '', ...fields, id });
  return { id, patch: patch({ people: [person], positions: { [id]: roundPoint(at) } }) };
}

/** Removes people with every line touching them and their places. */
export function deletePeople(account: Account, ids: readonly string[]): ChartPatch {
  const gone = new Set(ids);
  return patch({
    removePeople: [...gone],
    removeLinks: account.links.filter((l) => gone.has(l.source) || gone.has(l.target)).map((l) => l.id),
    removePositions: [...gone].filter((id) => account.canvas.positions[id]),
    collapsed: account.canvas.collapsed.some((id) => gone.has(id)) ? account.canvas.collapsed.filter((id) => !gone.has(id)) : null,
  });
}

/**
 * Who would be left without a manager if `ids` were deleted, and where each would go up to: the
 * nearest solid manager above them that stays (null at the top). People deleted together with
 * their manager are not counted.
 */
export function reportsLeftBehind(account: Pick<Account, 'links'>, ids: readonly string[]): Map<string, string | null> {
  const gone = new Set(ids);
  const managerOf = new Map<string, string>();
  for (const l of account.links) if (l.kind === 'reportsTo' && !l.dotted) managerOf.set(l.source, l.target);
  const out = new Map<string, string | null>();
  for (const [person, manager] of managerOf) {
    if (gone.has(person) || !gone.has(manager)) continue;
    const seen = new Set<string>([person]);
    let up: string | undefined = manager;
    while (up && gone.has(up) && !seen.has(up)) {
      seen.add(up);
      up = managerOf.get(up);
    }
    out.set(person, up && !gone.has(up) ? up : null);
  }
  return out;
}

/**
 * Deletes people as deletePeople does, and moves the reports they leave behind up to the nearest
 * manager above who stays (a line each), so nobody is left floating. Example: deleting a division
 * head makes the section heads report to the director.
 */
export function deleteMovingReportsUp(account: Account, ids: readonly string[]): ChartPatch {
  const gone = deletePeople(account, ids);
  const up = [...reportsLeftBehind(account, ids)].filter((e): e is [string, string] => e[1] !== null);
  // A dotted line already between the two becomes the solid one (a person has one line to a manager).
  const dotted = account.links.filter((l) => l.kind === 'reportsTo' && l.dotted && up.some(([s, t]) => l.source === s && l.target === t)).map((l) => l.id);
  return patch({
    ...gone,
    removeLinks: [...gone.removeLinks, ...dotted],
    links: up.map(([source, target]) => Link.parse({ id: newId('l'), source, target, kind: 'reportsTo' })),
  });
}

export function updatePerson(account: Account, id: string, change: Partial<Person>): ChartPatch {
  const person = account.people.find((p) => p.id === id);
  if (!person) return patch({});
  return patch({ people: [{ ...person, ...change, id }] });
}

/**
 * Makes `subordinate` report to `manager` with a solid line. An existing solid manager is
 * replaced (a person has one), and a line already between the two is turned into this one.
 */
export function connectReporting(account: Account, subordinate: string, manager: string): ChartPatch {
  const replaced = account.links.filter(
    (l) =>
      (l.kind === 'reportsTo' && !l.dotted && l.source === subordinate) ||
      (l.kind === 'reportsTo' && l.dotted && l.source === subordinate && l.target === manager),
  );
  const link = Link.parse({ id: newId('l'), source: subordinate, target: manager, kind: 'reportsTo' });
  return patch({ links: [link], removeLinks: replaced.map((l) => l.id) });
}

/** A new line of any kind (the influencer or subordinate first). */
export function addLink(source: string, target: string, kind: LinkKind, extra: Partial<Link> = {}): ChartPatch {
  return patch({ links: [Link.parse({ ...extra, id: newId('l'), source, target, kind })] });
}

export function updateLink(account: Account, id: string, change: Partial<Omit<Link, 'id'>>): ChartPatch {
  const link = account.links.find((l) => l.id === id);
  if (!link) return patch({});
  const next = { ...link, ...change };
  if (next.kind !== 'reportsTo') next.dotted = next.kind === 'informal' ? next.dotted : false;
  return patch({ links: [Link.parse(next)] });
}

/** Swaps a line's ends (who influences whom, who reports to whom). */
export const reverseLink = (account: Account, id: string): ChartPatch => {
  const link = account.links.find((l) => l.id === id);
  return link ? updateLink(account, id, { source: link.target, target: link.source }) : patch({});
};

export const deleteLinks = (ids: readonly string[]): ChartPatch => patch({ removeLinks: [...ids] });

export function movePeople(positions: Readonly<Record<string, Point>>): ChartPatch {
  return patch({ positions: Object.fromEntries(Object.entries(positions).map(([id, p]) => [id, roundPoint(p)])) });
}

export const roundPoint = (p: Point): Point => ({ x: Math.round(p.x), y: Math.round(p.y) });

/** Places every visible person on the reporting tree; hidden (collapsed) people keep theirs. */
export function layoutChart(account: Account, direction: LayoutDirection): ChartPatch {
  const hidden = hiddenPeople(account);
  const visible = account.people.filter((p) => !hidden.has(p.id)).map((p) => p.id);
  const department = new Map(account.people.map((p) => [p.id, p.departmentId]));
  const laid = layoutReportingTree(visible, account.links, {
    direction,
    collapsed: new Set(account.canvas.collapsed),
    groupOf: (id) => department.get(id) ?? null,
  });
  return patch({ positions: Object.fromEntries(laid) });
}

/** Everyone below a collapsed manager (along solid reporting lines). */
export function hiddenPeople(account: Pick<Account, 'links' | 'canvas'>): Set<string> {
  const hidden = new Set<string>();
  if (account.canvas.collapsed.length === 0) return hidden;
  const staff = directReports(account.links);
  const stack = account.canvas.collapsed.flatMap((m) => staff.get(m) ?? []);
  while (stack.length) {
    const id = stack.pop()!;
    if (hidden.has(id)) continue;
    hidden.add(id);
    stack.push(...(staff.get(id) ?? []));
  }
  return hidden;
}

/** Manager id → the people with a solid line to them. */
export function directReports(links: readonly Link[]): Map<string, string[]> {
  const staff = new Map<string, string[]>();
  for (const l of links) {
    if (l.kind !== 'reportsTo' || l.dotted) continue;
    const list = staff.get(l.target);
    if (list) list.push(l.source);
    else staff.set(l.target, [l.source]);
  }
  return staff;
}

/** Number of people below a manager, all levels. */
export function subtreeSize(staff: ReadonlyMap<string, readonly string[]>, manager: string): number {
  let n = 0;
  const seen = new Set<string>([manager]);
  const stack = [...(staff.get(manager) ?? [])];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    n++;
    stack.push(...(staff.get(id) ?? []));
  }
  return n;
}

export function setCollapsed(account: Account, manager: string, collapse: boolean): ChartPatch {
  const rest = account.canvas.collapsed.filter((id) => id !== manager);
  return patch({ collapsed: collapse ? [...rest, manager] : rest });
}

export type AlignMode = 'left' | 'centerX' | 'right' | 'top' | 'centerY' | 'bottom';

export function alignPeople(account: Account, ids: readonly string[], mode: AlignMode): ChartPatch {
  const pts = ids.map((id) => [id, account.canvas.positions[id]] as const).filter((e): e is readonly [string, Point] => !!e[1]);
  if (pts.length < 2) return patch({});
  const xs = pts.map(([, p]) => p.x);
  const ys = pts.map(([, p]) => p.y);
  const target: Record<AlignMode, (p: Point) => Point> = {
    left: (p) => ({ ...p, x: Math.min(...xs) }),
    right: (p) => ({ ...p, x: Math.max(...xs) }),
    centerX: (p) => ({ ...p, x: (Math.min(...xs) + Math.max(...xs)) / 2 }),
    top: (p) => ({ ...p, y: Math.min(...ys) }),
    bottom: (p) => ({ ...p, y: Math.max(...ys) }),
    centerY: (p) => ({ ...p, y: (Math.min(...ys) + Math.max(...ys)) / 2 }),
  };
  return movePeople(Object.fromEntries(pts.map(([id, p]) => [id, target[mode](p)])));
}

/** Spreads three or more cards evenly between the outermost two, across or down. */
export function distributePeople(account: Account, ids: readonly string[], axis: 'x' | 'y'): ChartPatch {
  const pts = ids.map((id) => [id, account.canvas.positions[id]] as const).filter((e): e is readonly [string, Point] => !!e[1]);
  if (pts.length < 3) return patch({});
  pts.sort((a, b) => a[1][axis] - b[1][axis]);
  const first = pts[0]![1][axis];
  const step = (pts[pts.length - 1]![1][axis] - first) / (pts.length - 1);
  return movePeople(Object.fromEntries(pts.map(([id, p], i) => [id, { ...p, [axis]: first + i * step }])));
}

/** A department by name, created when the account has none of that name. */
export function departmentNamed(account: Account, name: string): { department: Department; created: boolean } {
  const found = account.departments.find((d) => d.name === name);
  if (found) return { department: found, created: false };
  return { department: { id: newId('d'), name, parentId: null }, created: true };
}

export const CARD_SIZE = { width: CARD_WIDTH, height: CARD_HEIGHT };
