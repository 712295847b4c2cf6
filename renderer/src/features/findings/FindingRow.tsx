import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One finding: what it says, the step that fixes it, and "Set aside…", which asks why (optional)
 * in place: Enter sets it aside, Esc keeps it.
 */
export function FindingRow({ kind, text, fix, onSetAside }: { kind: string; text: string; fix: ReactNode; onSetAside(reason: string): void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <li className={`finding finding-${kind}`} data-kind={kind}>
      <span className="finding-text">{text}</span>
      {asking ? (
        <form
          className="set-aside-form"
          onSubmit={(e) => {
            e.preventDefault();
            onSetAside(reason.trim());
          }}
        >
          <input
            autoFocus
            aria-label={t('findings.setAsideReason')}
            placeholder={t('findings.setAsideReason')}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setAsking(false);
            }}
          />
          <button type="submit" className="button button-small">
            {t('findings.setAsideConfirm')}
          </button>
          <button type="button" className="button button-small" onClick={() => setAsking(false)}>
            {t('dialogs.cancel')}
          </button>
        </form>
      ) : (
        <>
          {fix}
          <button type="button" className="button button-small button-quiet" onClick={() => setAsking(true)} title={t('findings.setAsideHelp')}>
            {t('findings.setAside')}
          </button>
        </>
      )}
    </li>
  );
}
