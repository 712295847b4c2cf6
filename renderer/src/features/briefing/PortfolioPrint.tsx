import i18next from 'i18next';
import type { AccountSummary } from '../../../../shared/ipc/types';
import { POTENTIALS, ZONES, type Language } from '../../../../shared/taxonomy/keys';
import { POTENTIAL_TERMS, ZONE_TERMS } from '../../../../shared/taxonomy/labels';
import { formatMoneyShort } from '../../../../shared/logic/money';
import { listItems } from '../../../../shared/i18n/lists';
import { formatDate } from '../../../../shared/logic/date-text';

/** The portfolio one-pager: the nine-grid with every account, each zone's strategy and the open opportunity values. */
export function PortfolioPrint({ accounts, language, today }: { accounts: readonly AccountSummary[]; language: Language; today: string }) {
  const t = i18next.getFixedT(language);
  const live = accounts.filter((a) => !a.damaged);
  const value = (a: AccountSummary) => (a.openValue.length ? a.openValue.map((v) => formatMoneyShort(v.amount, v.currency, language)).join(' + ') : '—');
  const unplaced = live.filter((a) => !a.potential || !a.zone);
  return (
    <div className="print-doc portfolio-print" lang={language}>
      <section className="print-page">
        <h1>{t('portfolio.title')}</h1>
        <p className="muted">{formatDate(today, language)}</p>
        <table className="print-grid">
          <thead>
            <tr>
              <th />
              {ZONES.map((z) => (
                <th key={z} className={`zone-${z}`}>
                  <strong>{ZONE_TERMS[z].label[language]}</strong> <span className="muted">{ZONE_TERMS[z].description[language]}</span>
                  <div className="small">{ZONE_TERMS[z].strategy[language]}</div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {POTENTIALS.map((p) => (
              <tr key={p}>
                <th>{POTENTIAL_TERMS[p].description[language]}</th>
                {ZONES.map((z) => (
                  <td key={z} className={`zone-${z}`}>
                    {live
                      .filter((a) => a.potential === p && a.zone === z)
                      .map((a) => (
                        <div key={a.id} className="grid-account">
                          <strong>{a.name}</strong>
                          <div className="small">{value(a)}</div>
                        </div>
                      ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {unplaced.length > 0 && (
          <p className="small">
            {t('portfolio.unplaced', { count: unplaced.length })}: {listItems(unplaced.map((a) => a.name), language)}
          </p>
        )}
      </section>
    </div>
  );
}
