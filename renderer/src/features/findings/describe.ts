import type { TFunction } from 'i18next';
import { findings, type Finding } from '../../../../shared/logic/coverage';
import type { Account } from '../../../../shared/model/account';
import type { Language } from '../../../../shared/taxonomy/keys';
import { BUYING_ROLE_TERMS, CUSTOMER_TYPE_TERMS, DECISION_QUESTION_TERMS, STAGE_TERMS } from '../../../../shared/taxonomy/labels';
import type { PersonSection } from '../person/sections';

export type FindingGroup = 'coverage' | 'decisions' | 'relationships' | 'travel';

export const groupOf = (f: Finding): FindingGroup =>
  f.kind === 'roleUncovered' || f.kind === 'typeUncovered'
    ? 'coverage'
    : f.kind === 'questionUnanswered'
      ? 'decisions'
      : f.kind === 'keyPersonTravelling'
        ? 'travel'
        : 'relationships';

/** What fixes a finding: open a person at a section, answer a question, or add a placeholder. */
export type FindingFix =
  | { kind: 'person'; personId: string; section: PersonSection }
  | { kind: 'question'; opportunityId: string; question: string }
  | { kind: 'placeholder'; role?: Finding & { kind: 'roleUncovered' }; type?: Finding & { kind: 'typeUncovered' } };

/** Personal findings, by the person they name (for the canvas highlight and the person's card). */
export function personOf(f: Finding): string | null {
  return 'personId' in f ? f.personId : null;
}

/** Everyone a finding names: people with a risk, and placeholders standing for an uncovered role. */
export function peopleWithFindings(account: Account, today: string): Set<string> {
  const ids = new Set<string>();
  for (const f of findings(account, today)) {
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
      return { kind: 'person', personId: f.personId, section: 'motives' };
    case 'keyPersonTravelling':
      return { kind: 'person', personId: f.personId, section: 'itinerary' };
    case 'singleThreaded':
      return null;
  }
}

/** One sentence per finding, in the UI language. */
export function describe(f: Finding, account: Account, t: TFunction, lang: Language): string {
  const name = (id: string) => account.people.find((p) => p.id === id)?.name || t('canvas.placeholderName');
  const placeholders = (ids: string[]) => (ids.length ? ' ' + t('findings.placeholders', { names: ids.map(name).join(', ') }) : '');
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
      return t('findings.keyRoleDistant', { name: name(f.personId), roles: f.roles.map((r) => BUYING_ROLE_TERMS[r].label[lang]).join(', '), stage: STAGE_TERMS[f.stage].label[lang] });
    case 'strongOpponent':
      return t('findings.strongOpponent', { name: name(f.personId), influence: f.influence });
    case 'keyPersonSilent':
      return f.days === null ? t('findings.keyPersonNeverContacted', { name: name(f.personId) }) : t('findings.keyPersonSilent', { name: name(f.personId), days: f.days, date: f.lastContact });
    case 'singleThreaded':
      return f.trusted.length === 0 ? t('findings.singleThreadedNone') : t('findings.singleThreaded', { names: f.trusted.map(name).join(', ') });
    case 'keyPersonTravelling':
      return t('findings.keyPersonTravelling', { name: name(f.personId), city: f.city || '—', from: f.from, to: f.to || f.from });
  }
}
