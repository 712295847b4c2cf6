import i18next from 'i18next';
import type { ChartProblem } from '../../../../shared/logic/chart';
import type { Account } from '../../../../shared/model/account';
import { formatDate } from '../../../../shared/logic/date-text';
import { currentLanguage } from '../../app/i18n';

const nameOf = (account: Account, id: string) => account.people.find((p) => p.id === id)?.name || id;

/** A refused edit, in the user's language, naming the people involved. */
export function problemMessage(problem: ChartProblem, account: Account): string {
  switch (problem.code) {
    case 'cycle':
      return i18next.t('chart.problems.cycle', { names: problem.personIds.map((id) => nameOf(account, id)).join(' → ') });
    case 'twoManagers':
      return i18next.t(problem.dotted ? 'chart.problems.twoDottedManagers' : 'chart.problems.twoManagers', { name: nameOf(account, problem.personId) });
    case 'selfLink':
      return i18next.t('chart.problems.selfLink');
    case 'missingPerson':
      return i18next.t('chart.problems.missingPerson');
    case 'duplicateId':
      return i18next.t('chart.problems.duplicateId', { id: problem.id });
    case 'readOnly':
      return i18next.t('succession.asOf.readOnly', { date: formatDate(problem.date, currentLanguage()) });
  }
}
