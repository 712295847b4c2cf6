import { Panel } from '@xyflow/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asOfRefusal } from '../../../../shared/logic/succession';
import { formatDate } from '../../../../shared/logic/date-text';
import { currentLanguage } from '../../app/i18n';
import { DateField } from '../../ui/DateField';
import { localToday } from '../../ui/format';
import { refusalText } from './refusals';
import { useSuccession } from './store';

/**
 * The chart toolbar's date, folded to a button so the toolbar keeps one row beside the person
 * panel at 1280 px: the button opens the field under it; empty is today, a past date shows the
 * chart as it was then (the button stays pressed while it does).
 */
export function AsOfControl() {
  const { t } = useTranslation();
  const asOf = useSuccession((s) => s.asOf);
  const [open, setOpen] = useState(false);
  const pop = useId();
  return (
    <span
      className="as-of-control"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        setOpen(false);
      }}
    >
      <button
        type="button"
        className={`button button-small toolbar-icon${asOf ? ' active' : ''}`}
        aria-label={t('succession.asOf.label')}
        aria-expanded={open}
        aria-controls={pop}
        title={asOf ? `${t('succession.asOf.label')}: ${formatDate(asOf, currentLanguage())}` : t('succession.asOf.label')}
        onClick={() => setOpen(!open)}
      >
        <svg width="13" height="13" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M8 4.2V8l2.6 1.8" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
      </button>
      {open && (
        <span id={pop} className="as-of-pop">
          <DateField
            inline
            label={t('succession.asOf.label')}
            value={asOf ?? ''}
            onChange={(d) => useSuccession.getState().showAsOf(d && d !== localToday() ? d : null)}
            check={(d) => {
              const refusal = asOfRefusal(d, localToday());
              return refusal ? refusalText(refusal) : null;
            }}
          />
        </span>
      )}
    </span>
  );
}

/** Over the chart while it shows a past date: what it shows, that it is read-only, and the way back (Esc). */
export function AsOfBanner({ date }: { date: string }) {
  const { t } = useTranslation();
  const back = () => useSuccession.getState().showAsOf(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || (e.target instanceof HTMLElement && e.target.closest('dialog, input, textarea, select'))) return;
      useSuccession.getState().showAsOf(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <Panel position="top-center" className="as-of-banner" role="status" data-testid="as-of-banner">
      <span>{t('succession.asOf.banner', { date: formatDate(date, currentLanguage()) })}</span>
      <button type="button" className="button button-small button-primary" onClick={back} title="Esc">
        {t('succession.asOf.back')} (Esc)
      </button>
    </Panel>
  );
}
