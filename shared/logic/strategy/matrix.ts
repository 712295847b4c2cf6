import type { Account } from '../../model/account';
import type { Person } from '../../model/person';
import { CRITERIA_MAX, PersonCriterion, type Criterion } from '../../model/strategy';

/** One person's row of the matrix: what they count as good on each criterion, or null where they do not care. */
export interface MatrixRow {
  person: Person;
  cells: (PersonCriterion | null)[];
  /** How many of the opportunity's criteria they care about. */
  cares: number;
}

/** People × an opportunity's criteria (the keyboard case: who counts what as "the best"). */
export interface CriteriaMatrix {
  criteria: Criterion[];
  rows: MatrixRow[];
  /** How many people care about each criterion (same order as `criteria`). */
  carers: number[];
  /** People on the chart who care about none of these criteria (left out unless `everyone`). */
  indifferent: number;
}

/**
 * The matrix of one opportunity: a row for each person who cares about at least one of its criteria
 * (or for everyone on the chart with `everyone`), those who decide and weigh most first.
 * Placeholders stand for a role, not a person: they are left out. `lang` orders names as the reader does.
 */
export function criteriaMatrix(account: Pick<Account, 'people' | 'opportunities'>, opportunityId: string, options: { everyone?: boolean; lang?: string } = {}): CriteriaMatrix {
  const criteria = account.opportunities.find((o) => o.id === opportunityId)?.criteria ?? [];
  const column = new Map(criteria.map((c, i) => [c.id, i]));
  const carers = criteria.map(() => 0);
  const rows: MatrixRow[] = [];
  let indifferent = 0;
  for (const person of account.people) {
    if (person.placeholder) continue;
    const cells: (PersonCriterion | null)[] = criteria.map(() => null);
    let cares = 0;
    for (const pc of person.criteria) {
      const i = column.get(pc.id);
      if (i === undefined || cells[i]) continue;
      cells[i] = pc;
      carers[i]!++;
      cares++;
    }
    if (!cares) indifferent++;
    if (cares || options.everyone) rows.push({ person, cells, cares });
  }
  const collator = new Intl.Collator(options.lang === 'zh-CN' ? 'zh-CN-u-co-pinyin' : options.lang);
  const weight = (p: Person) => (p.roles.includes('decisionMaker') ? 2 : 0) + (p.keyPerson ? 1 : 0);
  rows.sort((a, b) => Number(!a.cares) - Number(!b.cares) || weight(b.person) - weight(a.person) || b.person.influence - a.person.influence || collator.compare(a.person.name, b.person.name));
  return { criteria, rows, carers, indifferent };
}

/**
 * A person with their view of one criterion changed: `change` sets their priority or what "good"
 * means to them (adding the criterion to those they care about), null takes it off. Answers
 * 'tooMany' when they already care about CRITERIA_MAX criteria.
 */
export function withPersonCriterion(person: Person, criterionId: string, change: Partial<Omit<PersonCriterion, 'id'>> | null): Person | 'tooMany' {
  const had = person.criteria.find((c) => c.id === criterionId);
  if (change === null) return had ? { ...person, criteria: person.criteria.filter((c) => c.id !== criterionId) } : person;
  if (had) return { ...person, criteria: person.criteria.map((c) => (c.id === criterionId ? { ...c, ...change } : c)) };
  if (person.criteria.length >= CRITERIA_MAX) return 'tooMany';
  return { ...person, criteria: [...person.criteria, PersonCriterion.parse({ id: criterionId, ...change })] };
}
