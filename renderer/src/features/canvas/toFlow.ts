import type { Edge, Node } from '@xyflow/react';
import { layoutReportingTree } from '../../../../shared/logic/layout';
import type { Account } from '../../../../shared/model/account';
import type { Link } from '../../../../shared/model/link';
import type { Person } from '../../../../shared/model/person';

export type PersonNodeData = { person: Person; department: string };
export type PersonFlowNode = Node<PersonNodeData, 'person'>;

/** People as nodes at their saved positions; anyone without one gets a tidy-tree place. */
export function toNodes(account: Account): PersonFlowNode[] {
  const departments = new Map(account.departments.map((d) => [d.id, d.name]));
  const saved = account.canvas.positions;
  const missing = account.people.some((p) => !saved[p.id]);
  const laidOut = missing ? layoutReportingTree(account.people.map((p) => p.id), account.links) : null;
  return account.people.map((person) => ({
    id: person.id,
    type: 'person',
    position: saved[person.id] ?? laidOut?.get(person.id) ?? { x: 0, y: 0 },
    data: { person, department: person.departmentId ? (departments.get(person.departmentId) ?? '') : '' },
  }));
}

/** A reporting line is drawn from the manager down to the subordinate. */
function edgeOf(link: Link): Edge {
  const base = { id: link.id, className: `edge-${link.kind}${link.dotted ? ' edge-dotted' : ''}`, data: { kind: link.kind } };
  if (link.kind === 'reportsTo') return { ...base, source: link.target, target: link.source, type: 'smoothstep' };
  return {
    ...base,
    source: link.source,
    target: link.target,
    type: 'default',
    markerEnd: link.kind === 'influences' ? { type: 'arrowclosed' as const } : undefined,
  };
}

export function toEdges(account: Account): Edge[] {
  const ids = new Set(account.people.map((p) => p.id));
  return account.links.filter((l) => ids.has(l.source) && ids.has(l.target)).map(edgeOf);
}
