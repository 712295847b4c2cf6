import { useTranslation } from 'react-i18next';
import type { PrefillPlan } from '../../../../shared/logic/strategy/prefill';
import type { Account } from '../../../../shared/model/account';
import { WHITESPACE_STATUS_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { Dialog } from '../../ui/Dialog';

/**
 * What filling the grid from the installed base would write, shown before it writes: the cells it
 * fills, those it keeps (already set, or filled by an earlier row) and the rows that fill nothing.
 */
export function PrefillDialog({
  account,
  plan,
  onApply,
  onClose,
}: {
  account: Account;
  plan: PrefillPlan;
  onApply(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const ws = account.whitespace;
  const line = (kind: 'products' | 'units', id: string) => ws[kind].find((l) => l.id === id)?.name ?? '';
  const row = (id: string) => account.background.installedBase.find((r) => r.id === id);
  const whose = (f: PrefillPlan['fills'][number]) =>
    f.status === 'ours'
      ? WHITESPACE_STATUS_TERMS.ours.label[lang]
      : (account.competitors.find((c) => c.id === f.competitorId)?.name ?? f.vendor);
  return (
    <Dialog
      title={t('whitespace.prefillTitle')}
      onClose={onClose}
      onSubmit={() => {
        if (plan.fills.length) onApply();
        onClose();
      }}
      wide
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('whitespace.cancel')}
          </button>
          {plan.fills.length > 0 && (
            <button type="submit" className="button button-primary" data-autofocus>
              {t('whitespace.prefillApply', { count: plan.fills.length })}
            </button>
          )}
        </>
      }
    >
      <p className="muted small">{t('whitespace.prefillHelp')}</p>
      {plan.fills.length === 0 ? (
        <p>{t('whitespace.prefillNone')}</p>
      ) : (
        <>
          <h3 className="field-label">{t('whitespace.prefillFills')}</h3>
          <ul data-testid="prefill-fills">
            {plan.fills.map((f) => (
              <li key={`${f.productId}:${f.unitId}`}>
                {line('products', f.productId)} · {line('units', f.unitId)}: {whose(f)}{' '}
                <span className="muted small">{t('whitespace.prefillFrom', { product: row(f.installedId)?.product ?? '' })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.kept.length > 0 && (
        <>
          <h3 className="field-label">{t('whitespace.prefillKept')}</h3>
          <ul className="small">
            {plan.kept.map((f, i) => (
              <li key={i}>
                {line('products', f.productId)} · {line('units', f.unitId)}:{' '}
                {f.why === 'alreadySet' ? t('whitespace.prefillAlreadySet') : t('whitespace.prefillTwice')}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.skipped.length > 0 && (
        <>
          <h3 className="field-label">{t('whitespace.prefillSkipped')}</h3>
          <ul className="small">
            {plan.skipped.map((s) => (
              <li key={s.installedId}>
                “{row(s.installedId)?.product ?? ''}”:{' '}
                {s.reason === 'noProductLine' ? t('whitespace.prefillNoProductLine') : t('whitespace.prefillNoVendor')}
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
