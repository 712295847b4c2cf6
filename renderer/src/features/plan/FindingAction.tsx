import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { findingKey, type Finding } from '../../../../shared/logic/coverage';
import { actionForFinding, actionOfFinding } from '../../../../shared/logic/plan/edit';
import type { Account } from '../../../../shared/model/account';
import { currentLanguage } from '../../app/i18n';
import { actionTextFor } from './from-finding';
import { makeAction } from './make-action';

/**
 * Beside a finding's fix: "Make it an action" (an action of mine, prompted by the finding, naming its
 * people and opportunity, its words ready to sharpen), or "In the plan" once an open action answers it.
 * Nothing for a finding that is an action already (an overdue one).
 */
export function FindingAction({ finding, account }: { finding: Finding; account: Account }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const seed = actionForFinding(finding);
  if (!seed) return null;
  const planned = actionOfFinding(account, findingKey(finding));
  const plan = `/accounts/${account.id}/plan`;
  if (planned)
    return (
      <button
        type="button"
        className="button button-small button-quiet"
        data-testid="finding-in-plan"
        title={t('plan.inPlanHelp', { text: planned.text })}
        onClick={() => navigate(`${plan}/${encodeURIComponent(planned.id)}`)}
      >
        ✓ {t('plan.inPlan')}
      </button>
    );
  return (
    <button
      type="button"
      className="button button-small"
      data-testid="finding-make-action"
      title={t('plan.makeActionHelp')}
      onClick={() => makeAction({ ...seed, text: actionTextFor(finding, account, t, currentLanguage()) })}
    >
      {t('plan.makeAction')}
    </button>
  );
}
