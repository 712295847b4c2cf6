import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { addPerson } from '../../../../shared/logic/chart';
import { findings, type Finding } from '../../../../shared/logic/coverage';
import { BUYING_ROLE_TERMS, CUSTOMER_TYPE_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { EmptyState } from '../../ui/EmptyState';
import { localToday } from '../../ui/format';
import { decisionFieldId } from '../account/sections';
import { useChart } from '../canvas/chart-store';
import { usePanelSection } from '../person/panel-store';
import { describe, fixOf, groupOf, type FindingGroup } from './describe';

const GROUPS: readonly FindingGroup[] = ['decisions', 'relationships', 'travel', 'coverage'];

/** Every gap and risk of the account, grouped, each with the step that fixes it. */
export function FindingsView() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const account = useChart((s) => s.account)!;
  const [, navigate] = useLocation();
  const list = useMemo(() => findings(account, localToday()), [account]);
  const base = `/accounts/${account.id}`;

  const openPerson = (personId: string, section: Parameters<ReturnType<typeof usePanelSection.getState>['choose']>[0]) => {
    usePanelSection.getState().choose(section);
    navigate(`${base}/people/${personId}`);
  };
  const addPlaceholder = (f: Finding & { kind: 'roleUncovered' | 'typeUncovered' }) => {
    const label = f.kind === 'roleUncovered' ? BUYING_ROLE_TERMS[f.role].label[lang] : CUSTOMER_TYPE_TERMS[f.customerType].label[lang];
    // Placed left of the chart, where it does not cover anyone; the rep moves it into place.
    const xs = Object.values(account.canvas.positions).map((p) => p.x);
    const ys = Object.values(account.canvas.positions).map((p) => p.y);
    const at = { x: (xs.length ? Math.min(...xs) : 0) - 300, y: ys.length ? Math.min(...ys) : 0 };
    const { patch, id } = addPerson(at, {
      placeholder: true,
      title: label,
      ...(f.kind === 'roleUncovered' ? { roles: [f.role] } : { customerType: f.customerType }),
    });
    const result = useChart.getState().apply(patch);
    if ('step' in result) openPerson(id, 'profile');
  };

  if (list.length === 0) {
    return (
      <div className="findings-view">
        <EmptyState title={t('findings.noneTitle')} body={t('findings.noneBody')} />
      </div>
    );
  }
  return (
    <div className="findings-view" data-testid="findings">
      <p className="muted">{t('findings.summary', { count: list.length })}</p>
      {GROUPS.map((g) => {
        const items = list.filter((f) => groupOf(f) === g);
        if (!items.length) return null;
        return (
          <section key={g} aria-labelledby={`findings-${g}`}>
            <h2 id={`findings-${g}`}>
              {t(`findings.groups.${g}`)} <span className="count">{items.length}</span>
            </h2>
            <ul className="finding-list">
              {items.map((f, i) => {
                const fix = fixOf(f);
                return (
                  <li key={i} className={`finding finding-${f.kind}`} data-kind={f.kind}>
                    <span className="finding-text">{describe(f, account, t, lang)}</span>
                    {fix?.kind === 'person' && (
                      <button type="button" className="button button-small" onClick={() => openPerson(fix.personId, fix.section)}>
                        {t(`findings.fix.${fix.section === 'relationship' ? 'relationship' : fix.section === 'motives' ? 'motives' : 'itinerary'}`)}
                      </button>
                    )}
                    {fix?.kind === 'question' && (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => navigate(`${base}/details/${decisionFieldId(fix.opportunityId, fix.question)}`)}
                      >
                        {t('findings.fix.answer')}
                      </button>
                    )}
                    {(f.kind === 'roleUncovered' || f.kind === 'typeUncovered') &&
                      (f.placeholders.length ? (
                        <button type="button" className="button button-small" onClick={() => openPerson(f.placeholders[0]!, 'profile')}>
                          {t('findings.fix.fillPlaceholder')}
                        </button>
                      ) : (
                        <button type="button" className="button button-small" onClick={() => addPlaceholder(f)}>
                          {t('findings.fix.addPlaceholder')}
                        </button>
                      ))}
                    {f.kind === 'singleThreaded' && (
                      <span className="finding-hint muted small">{t('findings.fix.singleThreaded')}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
