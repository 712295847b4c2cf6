import { useTranslation } from 'react-i18next';
import { shareOf, zoneOf } from '../../../../shared/logic/segmentation';
import type { Segmentation } from '../../../../shared/model/account';
import { POTENTIALS, ZONES, type Potential, type Zone } from '../../../../shared/taxonomy/keys';
import { POTENTIAL_TERMS, ZONE_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { MoneyField } from '../../ui/MoneyField';
import { SelectField } from '../../ui/Fields';
import type { AccountSectionProps } from './sections';

/** Where the account sits on the nine-grid: potential × zone, the zone from our share unless set by hand. */
export function SegmentationSection({ account, commit }: AccountSectionProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const s = account.segmentation;
  const set = (c: Partial<Segmentation>, session?: string) => commit((a) => ({ segmentation: { ...a.segmentation, ...c } }), session);
  const money = (key: 'annualPurchases' | 'ourRevenue') => (
    <MoneyField
      label={t(`accountInfo.segmentation.${key}`)}
      amount={s[key]}
      currency={s.currency}
      onCommit={(amount, currency, session) => set({ [key]: amount, ...(currency ? { currency } : {}) }, `seg.${key}:${session}`)}
    />
  );
  const share = shareOf(s);
  const computed = zoneOf({ ...s, zoneOverride: null });
  const zone = zoneOf(s);
  return (
    <div className="section-grid wide-grid">
      <SelectField<Potential>
        label={t('accountInfo.segmentation.potential')}
        value={s.potential}
        none={t('person.fields.notSet')}
        options={POTENTIALS.map((p) => ({ value: p, label: POTENTIAL_TERMS[p].label[lang], title: POTENTIAL_TERMS[p].description[lang] }))}
        onChange={(potential) => set({ potential })}
      />
      {money('annualPurchases')}
      {money('ourRevenue')}
      <SelectField
        label={t('accountInfo.currency')}
        value={s.currency}
        options={[...new Set(['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', s.currency])].map((c) => ({ value: c, label: c }))}
        onChange={(currency) => currency && set({ currency })}
      />
      <p className="field-wide share" data-testid="share">
        {share === null
          ? t('accountInfo.segmentation.noShare')
          : t('accountInfo.segmentation.share', { share: (share * 100).toFixed(1), zone: computed ? ZONE_TERMS[computed].label[lang] : '' })}
      </p>
      <SelectField<Zone>
        label={t('accountInfo.segmentation.zone')}
        value={s.zoneOverride}
        none={computed ? t('accountInfo.segmentation.fromShare', { zone: ZONE_TERMS[computed].label[lang] }) : t('accountInfo.segmentation.fromShareNone')}
        options={ZONES.map((z) => ({ value: z, label: ZONE_TERMS[z].label[lang], title: ZONE_TERMS[z].description[lang] }))}
        onChange={(zoneOverride) => set({ zoneOverride })}
      />
      {zone && (
        <p className={`field-wide zone-strategy zone-${zone}`}>
          <strong>{ZONE_TERMS[zone].label[lang]}</strong> — {ZONE_TERMS[zone].strategy[lang]}
        </p>
      )}
    </div>
  );
}
