import { hasRelationshipGap } from '../../../../shared/logic/plan/people';
import { Id } from '../../../../shared/model/ids';
import type { Person } from '../../../../shared/model/person';
import { ATTITUDES, BUYING_ROLES, CUSTOMER_TYPES, RELATIONSHIP_STAGES } from '../../../../shared/taxonomy/keys';

/** What a highlight filter keeps bright; everyone else is dimmed. */
export type Highlight =
  | { by: 'role'; value: (typeof BUYING_ROLES)[number] }
  | { by: 'type'; value: (typeof CUSTOMER_TYPES)[number] }
  | { by: 'attitude'; value: (typeof ATTITUDES)[number] }
  | { by: 'stage'; value: (typeof RELATIONSHIP_STAGES)[number] }
  | { by: 'key' }
  /** Decision makers and key people two or more stages below their target. */
  | { by: 'gaps' }
  /** Who leans to us ('us') or to one competitor (its id). */
  | { by: 'leaning'; value: string }
  /** People named by a gap or risk of the account (worked out over the account, not per person). */
  | { by: 'findings' };

export function matchesHighlight(p: Person, h: Highlight): boolean {
  switch (h.by) {
    case 'role':
      return p.roles.includes(h.value);
    case 'type':
      return p.customerType === h.value;
    case 'attitude':
      return p.attitude === h.value;
    case 'stage':
      return p.relationship.stage === h.value;
    case 'key':
      return p.keyPerson;
    case 'gaps':
      return hasRelationshipGap(p);
    case 'leaning':
      return h.value === 'us' ? p.leaning.kind === 'us' : p.leaning.kind === 'competitor' && p.leaning.competitorId === h.value;
    case 'findings':
      return false;
  }
}

/** `by:value` for a <select>, and back. */
export const highlightKey = (h: Highlight | null) => (h === null ? '' : h.by === 'key' || h.by === 'findings' || h.by === 'gaps' ? h.by : `${h.by}:${h.value}`);

export function parseHighlight(key: string): Highlight | null {
  if (key === 'key') return { by: 'key' };
  if (key === 'findings') return { by: 'findings' };
  if (key === 'gaps') return { by: 'gaps' };
  const [by, value] = key.split(':');
  if (by === 'leaning' && (value === 'us' || Id.safeParse(value).success)) return { by, value: value! };
  if (by === 'role' && (BUYING_ROLES as readonly string[]).includes(value!)) return { by, value: value as (typeof BUYING_ROLES)[number] };
  if (by === 'type' && (CUSTOMER_TYPES as readonly string[]).includes(value!)) return { by, value: value as (typeof CUSTOMER_TYPES)[number] };
  if (by === 'attitude' && (ATTITUDES as readonly string[]).includes(value!)) return { by, value: value as (typeof ATTITUDES)[number] };
  if (by === 'stage' && (RELATIONSHIP_STAGES as readonly string[]).includes(value!)) return { by, value: value as (typeof RELATIONSHIP_STAGES)[number] };
  return null;
}

/** Find on the chart: name, alternate name, title or department, any case; Chinese as typed. */
export function findPeople(people: readonly Person[], departments: ReadonlyMap<string, string>, query: string): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return people
    .filter((p) =>
      [p.name, p.alternateName, p.title, p.departmentId ? departments.get(p.departmentId) : ''].some((s) => s && s.toLowerCase().includes(q)),
    )
    .map((p) => p.id);
}
