import { useTranslation } from 'react-i18next';
import type { Competitor } from '../../../../shared/model/account';
import { newId, TEXT_MAX } from '../../../../shared/model/ids';
import { EditableTable } from '../../ui/EditableTable';
import { CompetitorSupporters } from './CompetitorSupporters';
import type { AccountSectionProps } from './sections';

const TEXTS = ['name', 'products', 'repName', 'repStyle', 'repRelationship', 'notes'] as const;

/** Who else bids, how the client likes them, and who their rep is. */
export function CompetitorsSection({ account, edit, commit }: AccountSectionProps) {
  const { t } = useTranslation();
  const change = (id: string, c: Partial<Competitor>, session?: string) => commit((a) => ({ competitors: a.competitors.map((x) => (x.id === id ? { ...x, ...c } : x)) }), session);
  return (
    <>
      <div className="section-head">
        <span />
        <button
          type="button"
          className="button button-small"
          onClick={() => edit((a) => ({ competitors: [...a.competitors, { id: newId('comp'), name: '', products: '', satisfaction: null, repName: '', repStyle: '', repRelationship: '', notes: '' }] }))}
        >
          + {t('accountInfo.competitors.add')}
        </button>
      </div>
      <EditableTable<Competitor>
        caption={t('accountInfo.sections.competitors')}
        rows={account.competitors}
        rowName={(c) => c.name}
        columns={[
          ...TEXTS.slice(0, 2).map((key) => ({ key, label: t(`accountInfo.competitors.${key}`), maxLength: key === 'name' ? 200 : TEXT_MAX })),
          {
            key: 'satisfaction' as const,
            label: t('accountInfo.competitors.satisfaction'),
            render: (c: Competitor) => (
              <select
                aria-label={`${t('accountInfo.competitors.satisfaction')}: ${c.name}`}
                value={c.satisfaction ?? ''}
                onChange={(e) => change(c.id, { satisfaction: e.target.value ? Number(e.target.value) : null })}
              >
                <option value="">{t('accountInfo.unknown')}</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {t(`accountInfo.competitors.satisfactionLevels.${n as 1 | 2 | 3 | 4 | 5}`)}
                  </option>
                ))}
              </select>
            ),
          },
          ...TEXTS.slice(2).map((key) => ({ key, label: t(`accountInfo.competitors.${key}`), maxLength: key === 'repName' ? 200 : TEXT_MAX })),
        ]}
        onChange={change}
        onRemove={(id) =>
          edit((a) => ({
            competitors: a.competitors.filter((c) => c.id !== id),
            // An opportunity no longer lists a competitor that is gone.
            opportunities: a.opportunities.map((o) => (o.competitorIds.includes(id) ? { ...o, competitorIds: o.competitorIds.filter((c) => c !== id) } : o)),
          }))
        }
        removeLabel={t('accountInfo.remove')}
        empty={t('accountInfo.competitors.empty')}
      />
      <CompetitorSupporters account={account} />
    </>
  );
}
