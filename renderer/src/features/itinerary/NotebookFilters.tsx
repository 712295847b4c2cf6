import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/ipc/types';
import { formatDate } from '../../../../shared/logic/date-text';
import { currentLanguage } from '../../app/i18n';
import { DateField } from '../../ui/DateField';
import { AccountPicker } from './AccountPicker';
import { isFiltered, PERIODS, useNotebookFilters, type Period } from './filters';

/** Days ahead (or two dates), city, accounts and key people: what the notebook lists. */
export function NotebookFilters({ accounts, cities, today }: { accounts: AccountSummary[]; cities: string[]; today: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const f = useNotebookFilters();
  const setPeriod = (value: string) => {
    const period: Period = value === 'custom' ? 'custom' : (Number(value) as Period);
    // Dates start from what was shown, so switching to dates changes nothing until edited.
    if (period === 'custom' && !f.from) f.set({ period, from: today, to: '' });
    else f.set({ period });
  };
  return (
    <div className="notebook-filters" role="group" aria-label={t('notebook.title')}>
      <label className="nb-field">
        <span>{t('notebook.period')}</span>
        <select value={String(f.period)} onChange={(e) => setPeriod(e.target.value)}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`notebook.next${p}`)}
            </option>
          ))}
          <option value="custom">{t('notebook.custom')}</option>
        </select>
      </label>
      {f.period === 'custom' && (
        <>
          <DateField
            inline
            label={t('notebook.from')}
            value={f.from}
            onChange={(from) => f.set({ from })}
            check={(from) => (f.to && f.to < from ? t('dates.startAfterEnd', { end: formatDate(f.to, lang) }) : null)}
          />
          <DateField
            inline
            label={t('notebook.to')}
            value={f.to}
            onChange={(to) => f.set({ to })}
            check={(to) =>
              to < (f.from || today) ? t('dates.endBeforeStart', { start: formatDate(f.from || today, lang) }) : null
            }
          />
        </>
      )}
      <label className="nb-field">
        <span>{t('notebook.city')}</span>
        <input type="search" className="city-filter" list="notebook-cities" placeholder={t('notebook.cityPlaceholder')} value={f.city} onChange={(e) => f.set({ city: e.target.value })} />
        <datalist id="notebook-cities">
          {cities.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </label>
      <AccountPicker accounts={accounts} chosen={f.accountIds} onChange={(accountIds) => f.set({ accountIds })} />
      <label className="nb-check">
        <input type="checkbox" checked={f.keyOnly} onChange={(e) => f.set({ keyOnly: e.target.checked })} />
        {t('notebook.keyOnly')}
      </label>
      <label className="nb-check">
        <input type="checkbox" checked={f.actions} onChange={(e) => f.set({ actions: e.target.checked })} />
        {t('plan.notebook.show')}
      </label>
      <label className="nb-check">
        <input type="checkbox" checked={f.reviews} onChange={(e) => f.set({ reviews: e.target.checked })} />
        {t('review.notebook.show')}
      </label>
      {isFiltered(f) && (
        <button type="button" className="button button-small" onClick={f.clear}>
          {t('notebook.clearFilters')}
        </button>
      )}
    </div>
  );
}
