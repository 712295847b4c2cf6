import type { TFunction } from 'i18next';
import type { Finding } from '../../../../shared/logic/coverage';
import type { Account } from '../../../../shared/model/account';
import type { Language } from '../../../../shared/taxonomy/keys';
import { BUYING_ROLE_TERMS, CUSTOMER_TYPE_TERMS, DECISION_QUESTION_TERMS, STAGE_TERMS } from '../../../../shared/taxonomy/labels';

/**
 * The first words of an action made from a finding, in the UI's language: what to do about it
 * ("Call or visit Sun Jianhua"), for the rep to sharpen. '' for a finding that is an action already.
 */
export function actionTextFor(f: Finding, account: Account, t: TFunction, lang: Language): string {
  const name = (id: string) => account.people.find((p) => p.id === id)?.name || t('canvas.placeholderName');
  const competitor = (id: string) => account.competitors.find((c) => c.id === id)?.name || t('plan.removedPerson');
  const opportunity = (id: string) => account.opportunities.find((o) => o.id === id)?.name || t('plan.removedPerson');
  const text = (): string => {
    switch (f.kind) {
      case 'roleUncovered':
        return t('plan.fromFinding.roleUncovered', { role: BUYING_ROLE_TERMS[f.role].label[lang] });
      case 'typeUncovered':
        return t('plan.fromFinding.typeUncovered', { type: CUSTOMER_TYPE_TERMS[f.customerType].label[lang] });
      case 'questionUnanswered':
        return t('plan.fromFinding.questionUnanswered', {
          opportunity: opportunity(f.opportunityId),
          question: DECISION_QUESTION_TERMS[f.question].label[lang],
        });
      case 'keyRoleDistant':
      case 'strongOpponent':
      case 'keyPersonSilent':
      case 'keyPersonNoAction':
      case 'motivesStale':
      case 'newIncumbent':
        return t(`plan.fromFinding.${f.kind}`, { name: name(f.personId) });
      case 'singleThreaded':
        return t('plan.fromFinding.singleThreaded');
      case 'keyPersonTravelling':
        return t('plan.fromFinding.keyPersonTravelling', { name: name(f.personId), city: f.city });
      case 'relationshipGap':
        return t('plan.fromFinding.relationshipGap', { name: name(f.personId), target: STAGE_TERMS[f.target].label[lang] });
      case 'leansToCompetitor':
        return t('plan.fromFinding.leansToCompetitor', { name: name(f.personId), competitor: competitor(f.competitorId) });
      case 'criterionBehind': {
        const o = account.opportunities.find((x) => x.id === f.opportunityId);
        const criterion = o?.criteria.find((c) => c.id === f.criterionId)?.text || '—';
        return t('plan.fromFinding.criterionBehind', {
          opportunity: opportunity(f.opportunityId),
          criterion,
          competitor: competitor(f.competitorId),
        });
      }
      case 'actionOverdue':
        return '';
    }
  };
  return text().slice(0, 1000);
}
