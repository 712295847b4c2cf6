import { MarkerType, Position, type Edge, type Node } from '@xyflow/react';
import { directReports, subtreeSize } from '../../../../shared/logic/chart';
import { CARD_HEIGHT, CARD_WIDTH, layoutReportingTree } from '../../../../shared/logic/layout';
import type { Account } from '../../../../shared/model/account';
import type { Link } from '../../../../shared/model/link';
import type { Person } from '../../../../shared/model/person';
import type { Language } from '../../../../shared/taxonomy/keys';
import { LINK_KIND_TERMS } from '../../../../shared/taxonomy/labels';
import { layoutFrames, linkRoutes } from '../../../../shared/render/chart-frames';
import { competitorMarks } from '../../../../shared/logic/plan/people';
import { leaningBadge, sameBadge, type LeaningBadge } from './leaning-badge';

export type EditField = 'name' | 'title';

export type PersonNodeData = {
  person: Person;
  department: string;
  /** Another person is highlighted by a filter and this one is not. */
  dimmed: boolean;
  /** The current find result. */
  found: boolean;
  editing: EditField | null;
  /** People below this manager (all levels); 0 when none. */
  reports: number;
  collapsed: boolean;
  /** Whom they lean to, as the card's badge shows it (the competitor's mark and name are the account's). */
  leaning: LeaningBadge | null;
  /** A post its holder left, not filled yet (issue 18): the card says "Vacant". */
  vacant: boolean;
};
export type PersonFlowNode = Node<PersonNodeData, 'person'>;
/** Where a frame's label goes (relative to the frame) and its lines: wrapped, never cut. */
export type FrameLabelData = { x: number; y: number; lines: string[]; backing: boolean };
export type DepartmentNodeData = { departmentId: string; name: string; count: number; members: string[]; label: FrameLabelData };
export type DepartmentFlowNode = Node<DepartmentNodeData, 'department'>;
export type ChartNode = PersonFlowNode | DepartmentFlowNode;
/** A line on the canvas, carrying the link it draws. */
export type LinkEdge = Edge<{ link: Link }>;

export interface ChartView {
  hidden: ReadonlySet<string>;
  /** People a highlight filter keeps bright; null: no filter. */
  highlighted: ReadonlySet<string> | null;
  found: string | null;
  editing: { id: string; field: EditField } | null;
}

/**
 * A card's size and its two dots, known in advance. React Flow then need not render every card
 * once to measure it (a big chart's first paint draws only the cards in view), and a card that
 * scrolls into view measures as declared, so panning sends no size changes through the canvas.
 */
const HANDLE = 8;
/** How far a connection dot reaches past its card's edge: React Flow reports a line's ends there. */
export const HANDLE_OVERHANG = HANDLE / 2;
const CARD_SIZE = { width: CARD_WIDTH, height: CARD_HEIGHT };
const PERSON_HANDLES = [
  { id: null, type: 'target' as const, position: Position.Top, x: CARD_WIDTH / 2 - HANDLE / 2, y: -HANDLE / 2, width: HANDLE, height: HANDLE },
  { id: null, type: 'source' as const, position: Position.Bottom, x: CARD_WIDTH / 2 - HANDLE / 2, y: CARD_HEIGHT - HANDLE / 2, width: HANDLE, height: HANDLE },
];

/** A frame's node id: the department, and the manager outside it when the department is split. */
export const departmentNodeId = (departmentId: string, anchor = '') => `dept:${departmentId}${anchor ? `@${anchor}` : ''}`;
export const isDepartmentNode = (id: string) => id.startsWith('dept:');

/** The department frame a point (flow coordinates) falls in, if any. */
export function frameAt(nodes: readonly ChartNode[], p: { x: number; y: number }, except?: string): DepartmentFlowNode | undefined {
  return nodes.find(
    (n): n is DepartmentFlowNode =>
      n.type === 'department' &&
      !(except && n.data.members.includes(except)) &&
      p.x >= n.position.x &&
      p.x <= n.position.x + (n.width ?? 0) &&
      p.y >= n.position.y &&
      p.y <= n.position.y + (n.height ?? 0),
  );
}

function sameData(a: PersonNodeData, b: PersonNodeData): boolean {
  return (
    a.person === b.person &&
    a.department === b.department &&
    a.dimmed === b.dimmed &&
    a.found === b.found &&
    a.editing === b.editing &&
    a.reports === b.reports &&
    a.collapsed === b.collapsed &&
    a.vacant === b.vacant &&
    sameBadge(a.leaning, b.leaning)
  );
}

/**
 * The flow nodes for an account. A person whose card would not change keeps the very node
 * object it had, so React Flow re-renders only the cards that did change.
 */
export function buildNodes(account: Account, view: ChartView, previous: readonly ChartNode[]): ChartNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  const departments = new Map(account.departments.map((d) => [d.id, d.name]));
  const saved = account.canvas.positions;
  const missing = account.people.some((p) => !saved[p.id]);
  const laidOut = missing ? layoutReportingTree(account.people.map((p) => p.id), account.links) : null;
  const staff = directReports(account.links);
  const collapsed = new Set(account.canvas.collapsed);
  const marks = competitorMarks(account.competitors);
  // Placeholders standing for a post someone left (the as-of chart shows a filled post vacant too).
  const posts = new Set(account.successions.map((s) => s.postId));
  const people: PersonFlowNode[] = [];
  for (const person of account.people) {
    if (view.hidden.has(person.id)) continue;
    const position = saved[person.id] ?? laidOut?.get(person.id) ?? { x: 0, y: 0 };
    const data: PersonNodeData = {
      person,
      department: person.departmentId ? (departments.get(person.departmentId) ?? '') : '',
      dimmed: view.highlighted !== null && !view.highlighted.has(person.id),
      found: view.found === person.id,
      editing: view.editing?.id === person.id ? view.editing.field : null,
      reports: staff.has(person.id) ? subtreeSize(staff, person.id) : 0,
      collapsed: collapsed.has(person.id),
      leaning: leaningBadge(person, account.competitors, marks),
      vacant: person.placeholder && posts.has(person.id),
    };
    const old = before.get(person.id) as PersonFlowNode | undefined;
    if (old && old.position.x === position.x && old.position.y === position.y && sameData(old.data, data)) {
      people.push(old);
      continue;
    }
    people.push({
      id: person.id,
      type: 'person',
      position,
      data: old && sameData(old.data, data) ? old.data : data,
      selected: old?.selected ?? false,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      measured: CARD_SIZE,
      handles: PERSON_HANDLES,
    });
  }
  return [...departmentFrames(account, people, before), ...people];
}

/** A frame around each group of a department's visible people (see departmentGroups), drawn behind them. */
function departmentFrames(account: Account, people: readonly PersonFlowNode[], before: ReadonlyMap<string, ChartNode>): DepartmentFlowNode[] {
  const names = new Map(account.departments.map((d) => [d.id, d.name]));
  const where = new Map(people.map((n) => [n.id, n.position]));
  // Labels are placed clear of the lines drawn between the visible people (as in the SVG drawing).
  const routes = linkRoutes(account.links.filter((l) => where.has(l.source) && where.has(l.target)), (id) => where.get(id));
  const frames: DepartmentFlowNode[] = [];
  for (const f of layoutFrames(people.map((n) => n.data.person), account.links, names, (id) => where.get(id)!, routes.values())) {
    const id = departmentNodeId(f.departmentId, f.anchor);
    const { x, y, width, height } = f.box;
    const label: FrameLabelData = { x: f.label.x - x, y: f.label.y - y, lines: f.label.lines, backing: f.backing };
    const old = before.get(id) as DepartmentFlowNode | undefined;
    if (
      old &&
      old.position.x === x &&
      old.position.y === y &&
      old.width === width &&
      old.height === height &&
      old.data.name === f.name &&
      old.data.members.join() === f.members.join() &&
      sameLabel(old.data.label, label)
    ) {
      frames.push(old);
      continue;
    }
    frames.push({
      id,
      type: 'department',
      position: { x, y },
      width,
      height,
      measured: { width, height },
      zIndex: -1,
      selectable: true,
      handles: [],
      data: { departmentId: f.departmentId, name: f.name, count: f.members.length, members: f.members, label },
      selected: old?.selected ?? false,
    });
  }
  return frames;
}

const sameLabel = (a: FrameLabelData, b: FrameLabelData) => a.x === b.x && a.y === b.y && a.backing === b.backing && a.lines.join('\n') === b.lines.join('\n');

/** What a screen reader says for a line: its kind and the two people, e.g. "Reports to: Ann → Bo". */
function edgeLabel(link: Link, names: ReadonlyMap<string, string>, lang: Language): string {
  return `${LINK_KIND_TERMS[link.kind].label[lang]}: ${names.get(link.source) ?? ''} → ${names.get(link.target) ?? ''}`;
}

/** A reporting line is drawn from the manager down to the subordinate; influence points at whom it moves. */
function edgeOf(link: Link, ariaLabel: string, old: LinkEdge | undefined): LinkEdge {
  const className = `edge-${link.kind}${link.dotted ? ' edge-dotted' : ''}${link.strength ? ` strength-${link.strength}` : ''}`;
  const [source, target] = link.kind === 'reportsTo' ? [link.target, link.source] : [link.source, link.target];
  if (old && old.source === source && old.target === target && old.className === className && old.ariaLabel === ariaLabel && old.data?.link === link) return old;
  return {
    id: link.id,
    source,
    target,
    className,
    ariaLabel,
    // Every line is drawn by LineEdge, on the routes the SVG drawing takes (shared/render/chart-lines).
    type: 'line',
    reconnectable: true,
    selected: old?.selected ?? false,
    data: { link },
    markerEnd: link.kind === 'influences' ? { type: MarkerType.ArrowClosed, width: 16, height: 16 } : undefined,
    // A label only where a note was written.
    label: link.note ? (link.note.length > 40 ? `${link.note.slice(0, 39)}…` : link.note) : undefined,
  };
}

export function buildEdges(account: Account, hidden: ReadonlySet<string>, previous: readonly LinkEdge[], lang: Language): LinkEdge[] {
  const before = new Map(previous.map((e) => [e.id, e]));
  const names = new Map(account.people.map((p) => [p.id, p.name]));
  return account.links
    .filter((l) => names.has(l.source) && names.has(l.target) && !hidden.has(l.source) && !hidden.has(l.target))
    .map((l) => edgeOf(l, edgeLabel(l, names, lang), before.get(l.id)));
}

export const linkOf = (edge: Edge): Link => (edge.data as { link: Link }).link;
