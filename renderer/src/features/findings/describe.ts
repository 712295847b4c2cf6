import type { TFunction } from 'i18next';
import { openFindings, type Finding } from '../../../../shared/logic/coverage';
import type { Account } from '../../../../shared/model/account';
import type { Language } from '../../../../shared/taxonomy/keys';
import { BUYING_ROLE_TERMS, CUSTOMER_TYPE_TERMS, DECISION_QUESTION_TERMS, STAGE_TERMS } from '../../../../shared/taxonomy/labels';
import type { PersonSection } from '../person/sections';
import { listItems, listNames } from '../../../../shared/i18n/lists';
import { formatDate } from '../../../../shared/logic/date-text';

export type FindingGroup = 'coverage' | 'decisions' | 'relationships' | 'plan' | 'competition' | 'travel';

const GROUP_OF: Record<Finding['kind'], FindingGroup> = {
  roleUncovered: 'coverage',
  typeUncovered: 'coverage',
  questionUnanswered: 'decisions',
  keyRoleDistant: 'relationships',
  strongOpponent: 'relationships',
  keyPersonSilent: 'relationships',
  singleThreaded: 'relationships',
  relationshipGap: 'relationships',
  motivesStale: 'relationships',
  newIncumbent: 'relationships',
  keyPersonNoAction: 'plan',
  actionOverdue: 'plan',
  leansToCompetitor: 'competition',
  criterionBehind: 'competition',
  keyPersonTravelling: 'travel',
};
export const groupOf = (f: Finding): FindingGroup => GROUP_OF[f.kind];

/** What fixes a finding: open a person at a section, answer a question, add a placeholder, open the plan or an opportunity's criteria. */
export type FindingFix =
  | { kind: 'person'; personId: string; section: PersonSection }
  | { kind: 'question'; opportunityId: string; question: string }
  | { kind: 'plan'; actionId: string | null }
  | { kind: 'criteria'; opportunityId: string }
  | { kind: 'placeholder'; role?: Finding & { kind: 'roleUncovered' }; type?: Finding & { kind: 'typeUncovered' } };

/** Personal findings, by the person they name (for the canvas highlight and the person's card). */
export function personOf(f: Finding): string | null {
  return 'personId' in f ? f.personId : null;
}

/** Everyone a finding names: people with a risk, and placeholders standing for an uncovered role. */
export function peopleWithFindings(account: Account, today: string): Set<string> {
  const ids = new Set<string>();
  for (const f of openFindings(account, today)) {
    const id = personOf(f);
    if (id) ids.add(id);
    if (f.kind === 'roleUncovered' || f.kind === 'typeUncovered') for (const p of f.placeholders) ids.add(p);
  }
  return ids;
}

export function fixOf(f: Finding): FindingFix | null {
  switch (f.kind) {
    case 'roleUncovered':
      return { kind: 'placeholder', role: f };
    case 'typeUncovered':
      return { kind: 'placeholder', type: f };
    case 'questionUnanswered':
      return { kind: 'question', opportunityId: f.opportunityId, question: f.question };
    case 'keyRoleDistant':
    case 'keyPersonSilent':
      return { kind: 'person', personId: f.personId, section: 'relationship' };
    case 'strongOpponent':
    case 'motivesStale':
    case 'newIncumbent':
      return { kind: 'person', personId: f.personId, section: 'motives' };
    case 'keyPersonTravelling':
      return { kind: 'person', personId: f.personId, section: 'itinerary' };
    case 'relationshipGap':
      return { kind: 'person', personId: f.personId, section: 'relationship' };
    case 'leansToCompetitor':
      return { kind: 'person', personId: f.personId, section: 'plan' };
    case 'keyPersonNoAction':
      return { kind: 'plan', actionId: null };
    case 'actionOverdue':
      return { kind: 'plan', actionId: f.actionId };
    case 'criterionBehind':
      return { kind: 'criteria', opportunityId: f.opportunityId };
    case 'singleThreaded':
      return null;
  }
}

/** The hint of a finding fixed by no single button: a second relationship, or a first one when there is none. */
export const hintOf = (f: Finding): 'findings.fix.singleThreaded' | 'findings.fix.singleThreadedNone' | null =>
  f.kind === 'singleThreaded' ? (f.trusted.length ? 'findings.fix.singleThreaded' : 'findings.fix.singleThreadedNone') : null;

/** One sentence per finding, in the UI language. */
export function describe(f: Finding, account: Account, t: TFunction, lang: Language): string {
  const name = (id: string) => account.people.find((p) => p.id === id)?.name || t('canvas.placeholderName');
  const formerName = (id: string) => account.formerPeople.find((p) => p.id === id)?.name || t('plan.removedPerson');
  const competitor = (id: string) => account.competitors.find((c) => c.id === id)?.name || t('plan.removedPerson');
  const placeholders = (ids: string[]) => (ids.length ? ' ' + t('findings.placeholders', { names: listNames(ids.map(name), lang) }) : '');
  switch (f.kind) {
    case 'roleUncovered':
      return t('findings.roleUncovered', { role: BUYING_ROLE_TERMS[f.role].label[lang] }) + placeholders(f.placeholders);
    case 'typeUncovered':
      return t('findings.typeUncovered', { type: CUSTOMER_TYPE_TERMS[f.customerType].label[lang] }) + placeholders(f.placeholders);
    case 'questionUnanswered':
      return t('findings.questionUnanswered', {
        opportunity: account.opportunities.find((o) => o.id === f.opportunityId)?.name || '—',
        question: DECISION_QUESTION_TERMS[f.question].label[lang],
      });
    case 'keyRoleDistant':
      return t('findings.keyRoleDistant', { name: name(f.personId), roles: listItems(f.roles.map((r) => BUYING_ROLE_TERMS[r].label[lang]), lang), stage: STAGE_TERMS[f.stage].label[lang] });
    case 'strongOpponent':
      return t('findings.strongOpponent', { name: name(f.personId), influence: f.influence });
    case 'keyPersonSilent':
      return f.days === null
        ? t('findings.keyPersonNeverContacted', { name: name(f.personId) })
        : t('findings.keyPersonSilent', { name: name(f.personId), days: f.days, date: formatDate(f.lastContact, lang) });
    case 'singleThreaded':
      return f.trusted.length === 0 ? t('findings.singleThreadedNone') : t('findings.singleThreaded', { names: listNames(f.trusted.map(name), lang) });
    case 'keyPersonTravelling':
      return t('findings.keyPersonTravelling', {
        name: name(f.personId),
        city: f.city || '—',
        from: formatDate(f.from, lang),
        to: formatDate(f.to || f.from, lang),
      });
    case 'relationshipGap':
      return f.by
        ? t('findings.relationshipGapBy', { name: name(f.personId), stage: STAGE_TERMS[f.stage].label[lang], target: STAGE_TERMS[f.target].label[lang], by: formatDate(f.by, lang) })
        : t('findings.relationshipGap', { name: name(f.personId), stage: STAGE_TERMS[f.stage].label[lang], target: STAGE_TERMS[f.target].label[lang] });
    case 'keyPersonNoAction':
      return t('findings.keyPersonNoAction', { name: name(f.personId) });
    case 'actionOverdue': {
      const action = account.actions.find((a) => a.id === f.actionId);
      return t('findings.actionOverdue', { action: action?.text.trim() || '—', due: formatDate(f.due, lang) });
    }
    case 'motivesStale':
      return t('findings.motivesStale', { name: name(f.personId), date: formatDate(f.reviewedOn, lang), days: f.days });
    case 'newIncumbent':
      return t('findings.newIncumbent', { name: name(f.personId), predecessor: formerName(f.predecessorId), count: f.days, since: formatDate(f.since, lang) });
    case 'leansToCompetitor':
      return t('findings.leansToCompetitor', { name: name(f.personId), competitor: competitor(f.competitorId) });
    case 'criterionBehind': {
      const o = account.opportunities.find((x) => x.id === f.opportunityId);
      const c = o?.criteria.find((x) => x.id === f.criterionId);
      return f.ours === null
        ? t('findings.criterionUnscored', { criterion: c?.text || '—', weight: f.weight, competitor: competitor(f.competitorId), theirs: f.theirs, opportunity: o?.name || '—' })
        : t('findings.criterionBehind', { criterion: c?.text || '—', weight: f.weight, competitor: competitor(f.competitorId), theirs: f.theirs, ours: f.ours, opportunity: o?.name || '—' });
    }
  }
}
