import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { reportError } from '../../app/errors';
import { useApp } from '../../app/store';
import { modKeyName } from '../../ui/shortcuts';
import { IdleLockSelect, PassphraseDialog } from './PassphraseDialogs';
import { RememberChoice } from './RememberChoice';
import { lockNow, useVault } from './vault-store';

/** Settings > Encryption: turn it on or off, change the passphrase, idle lock, remember, lock now. */
export function SecuritySection() {
  const { t } = useTranslation();
  const status = useVault((s) => s.status);
  const [dialog, setDialog] = useState<'encrypt' | 'change' | 'disable' | null>(null);
  useEffect(() => {
    void useVault.getState().refresh().catch(reportError);
  }, []);
  if (!status) return null;

  const setIdle = (minutes: number) =>
    void api
      .setIdleLock({ minutes })
      .then((s) => useVault.getState().set(s))
      .catch(reportError);
  const setRemember = (remember: boolean) =>
    void api
      .rememberOnDevice({ remember })
      .then((s) => {
        useVault.getState().set(s);
        useApp.getState().toast({ kind: 'info', message: remember ? t('vault.rememberOn') : t('vault.rememberOff') });
      })
      .catch(reportError);

  return (
    <section className="field vault-section" aria-labelledby="vault-title" data-testid="vault-section">
      <span id="vault-title">{t('vault.section')}</span>
      <p className="muted">{status.encrypted ? t('vault.onBody') : t('vault.offBody')}</p>
      {status.encrypted ? (
        <>
          <IdleLockSelect value={status.idleLockMinutes} onChange={setIdle} />
          <RememberChoice refused={status.rememberRefused} checked={status.remembered} onChange={setRemember} />
          <div className="row">
            <button type="button" className="button" onClick={() => void lockNow()} title={t('vault.lockNowHelp', { mod: modKeyName() })}>
              {t('vault.lockNow')}
            </button>
            <button type="button" className="button" onClick={() => setDialog('change')}>
              {t('vault.change')}
            </button>
            <button type="button" className="button" onClick={() => setDialog('disable')}>
              {t('vault.disable')}
            </button>
          </div>
          <p className="muted small">{t('vault.lockNowHelp', { mod: modKeyName() })}</p>
        </>
      ) : (
        <div className="row">
          <button type="button" className="button button-primary" onClick={() => setDialog('encrypt')}>
            {t('vault.encrypt')}
          </button>
        </div>
      )}
      {dialog && <PassphraseDialog kind={dialog} onClose={() => setDialog(null)} />}
    </section>
  );
}
