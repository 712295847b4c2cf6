import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../../shared/model/vault';
import { api, ApiError } from '../../app/api';
import { messageOf } from '../../app/errors';
import { PassphraseField } from './PassphraseField';
import { RememberChoice } from './RememberChoice';

/**
 * The only screen of an encrypted workspace until its passphrase is given. Nothing of the
 * workspace is loaded before: the page starts again once unlocked.
 */
export function UnlockScreen({ status }: { status: VaultStatus }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const unlock = async () => {
    if (!passphrase || busy) return;
    setBusy(true);
    setError('');
    try {
      await api.unlockWorkspace({ passphrase, remember });
      window.location.reload();
    } catch (e) {
      setError(e instanceof ApiError && e.code === 'wrongPassphrase' ? t('vault.wrong') : messageOf(e));
      setBusy(false);
    }
  };

  return (
    <main className="unlock" aria-labelledby="unlock-title">
      <form
        className="unlock-card"
        onSubmit={(e) => {
          e.preventDefault();
          void unlock();
        }}
      >
        <svg className="unlock-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true">
          <rect x="4.5" y="10.5" width="15" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <circle cx="12" cy="15.5" r="1.4" fill="currentColor" />
        </svg>
        <h1 id="unlock-title">{t('vault.unlockTitle')}</h1>
        <p className="muted">{t('vault.unlockBody', { path: status.path })}</p>
        {status.unfinished && (
          <p className="unlock-note" role="status">
            {t(`vault.unfinished.${status.unfinished}`)}
          </p>
        )}
        <PassphraseField
          label={t('vault.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          autoFocus
          autoComplete="current-password"
          error={error}
          testId="unlock-passphrase"
        />
        <RememberChoice refused={status.rememberRefused} checked={remember} onChange={setRemember} />
        <button type="submit" className="button button-primary unlock-button" disabled={!passphrase || busy} aria-busy={busy}>
          {busy ? t('vault.unlocking') : t('vault.unlock')}
        </button>
        <p className="muted small">{t('vault.forgotten')}</p>
      </form>
    </main>
  );
}
