import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isDueThisWeek, isOverdue } from '../../../../shared/logic/plan/actions';
import { isFiltering, NO_FILTER, type PlanGrouping } from '../../../../shared/logic/plan/view';
import type { Account } from '../../../../shared/model/account';
import { usePlan } from './plan-store';

const GROUPINGS: readonly PlanGrouping[] = ['due', 'owner'];

/** Group by due date or owner; filters: overdue, this week, one person, one opportunity. */
export function PlanToolbar({ account, today }: { account: Account; today: string }) {
  const { t } = useTranslation();
  const { grouping, filter, set } = usePlan();
  const personId = useId();
  const opportunityId = useId();
  const overdue = account.actions.filter((a) => isOverdue(a, today)).length;
  const thisWeek = account.actions.filter((a) => isDueThisWeek(a, today)).length;
  // Everyone an action serves, on the chart, by name; people named by nothing are no use as a filter.
  const served = new Set(account.actions.flatMap((a) => a.personIds));
  const collator = new Intl.Collator(undefined);
  const people = account.people.filter((p) => served.has(p.id)).sort((a, b) => collator.compare(a.name, b.name));
  const setFilter = (patch: Partial<typeof filter>) => set({ filter: { ...filter, ...patch } });
  return (
    <div className="plan-toolbar" role="toolbar" aria-label={t('plan.filters')}>
      <div className="segmented" role="radiogroup" aria-label={t('plan.groupBy')}>
        <span className="muted small">{t('plan.groupBy')}</span>
        {GROUPINGS.map((g) => (
          <button
            key={g}
            type="button"
            role="radio"
            aria-checked={grouping === g}
            className={`button button-small${grouping === g ? ' active' : ''}`}
            onClick={() => set({ grouping: g })}
          >
            {t(g === 'due' ? 'plan.byDue' : 'plan.byOwner')}
          </button>
        ))}
      </div>
      <button
        type="button"
        aria-pressed={filter.overdue}
        className={`button button-small toggle${filter.overdue ? ' active' : ''}`}
        onClick={() => setFilter({ overdue: !filter.overdue })}
      >
        {t('plan.overdue')} <span className="count">{overdue}</span>
      </button>
      <button
        type="button"
        aria-pressed={filter.thisWeek}
        className={`button button-small toggle${filter.thisWeek ? ' active' : ''}`}
        onClick={() => setFilter({ thisWeek: !filter.thisWeek })}
      >
        {t('plan.thisWeek')} <span className="count">{thisWeek}</span>
      </button>
      <label className="nb-field" htmlFor={personId}>
        <span>{t('plan.person')}</span>
        <select
          id={personId}
          aria-label={t('plan.person')}
          value={filter.personId ?? ''}
          onChange={(e) => setFilter({ personId: e.target.value || null })}
        >
          <option value="">{t('plan.anyPerson')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name || t('canvas.placeholderName')}
            </option>
          ))}
          {filter.personId && !people.some((p) => p.id === filter.personId) && (
            <option value={filter.personId}>{t('plan.removedPerson')}</option>
          )}
        </select>
      </label>
      {account.opportunities.length > 0 && (
        <label className="nb-field" htmlFor={opportunityId}>
          <span>{t('plan.opportunity')}</span>
          <select
            id={opportunityId}
            aria-label={t('plan.opportunity')}
            value={filter.opportunityId ?? ''}
            onChange={(e) => setFilter({ opportunityId: e.target.value || null })}
          >
            <option value="">{t('plan.anyOpportunity')}</option>
            {account.opportunities.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {isFiltering(filter) && (
        <button type="button" className="button button-small button-quiet" onClick={() => set({ filter: NO_FILTER })}>
          {t('plan.clearFilters')}
        </button>
      )}
    </div>
  );
}
