import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_CHOICES, type VaultChange } from '../../../../shared/model/vault';
import { api, ApiError } from '../../app/api';
import { messageOf } from '../../app/errors';
import { useApp } from '../../app/store';
import { Dialog } from '../../ui/Dialog';
import { PassphraseField } from './PassphraseField';
import { RememberChoice } from './RememberChoice';
import { strengthOf } from './strength';
import { useVault } from './vault-store';
import { MIN_PASSPHRASE } from '../../../../shared/model/vault';

type Kind = 'encrypt' | 'change' | 'disable';

/** A new passphrase typed twice, with its strength: the problem to show, or null when it can be used. */
function NewPassphrase({ value, again, onValue, onAgain, tried }: { value: string; again: string; onValue(v: string): void; onAgain(v: string): void; tried: boolean }) {
  const { t } = useTranslation();
  const strength = strengthOf(value);
  return (
    <>
      <PassphraseField label={t('vault.newPassphrase')} value={value} onChange={onValue} autoComplete="new-password" testId="new-passphrase" error={tried && strength === 'tooShort' ? t('vault.tooShort', { min: MIN_PASSPHRASE }) : undefined} />
      {value && strength !== 'tooShort' && (
        <p className={`strength strength-${strength}`} aria-live="polite">
          {t(`vault.strength.${strength}`)}
        </p>
      )}
      <PassphraseField label={t('vault.confirm')} value={again} onChange={onAgain} autoComplete="new-password" testId="confirm-passphrase" error={tried && again !== value ? t('vault.mismatch') : undefined} />
    </>
  );
}

export function IdleLockSelect({ value, onChange }: { value: number; onChange(minutes: number): void }) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{t('vault.idleLock')}</span>
      <select value={value} onChange={(e) => onChange(Number(e.target.value))} data-testid="idle-lock">
        {IDLE_LOCK_CHOICES.map((m) => (
          <option key={m} value={m}>
            {t(`vault.idleChoices.${m}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Turning encryption on, changing the passphrase and turning it off: each rewrites every file of
 * the workspace, so each shows that it is working and cannot be closed meanwhile.
 */
export function PassphraseDialog({ kind, onClose }: { kind: Kind; onClose(): void }) {
  const { t } = useTranslation();
  const status = useVault((s) => s.status);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [idle, setIdle] = useState(DEFAULT_IDLE_LOCK_MINUTES);
  const [remember, setRemember] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const needsNew = kind !== 'disable';
  const needsCurrent = kind !== 'encrypt';
  const newOk = !needsNew || (strengthOf(next) !== 'tooShort' && next === again);

  const submit = async () => {
    setTried(true);
    if (busy || !newOk || (needsCurrent && !current)) return;
    setBusy(true);
    setError('');
    try {
      let done: VaultChange;
      if (kind === 'encrypt') done = await api.enableEncryption({ passphrase: next, idleLockMinutes: idle, remember });
      else if (kind === 'change') done = await api.changePassphrase({ current, next });
      else done = await api.disableEncryption({ passphrase: current });
      useVault.getState().set(done.status);
      const message = kind === 'encrypt' ? t('vault.encrypted', { count: done.files }) : kind === 'change' ? t('vault.changed', { count: done.files }) : t('vault.disabled', { count: done.files });
      useApp.getState().toast({ kind: 'info', message });
      onClose();
    } catch (e) {
      setError(e instanceof ApiError && e.code === 'wrongPassphrase' ? t('vault.wrong') : messageOf(e));
      setBusy(false);
      void useVault.getState().refresh().catch(() => undefined);
    }
  };

  const title = kind === 'encrypt' ? t('vault.encryptTitle') : kind === 'change' ? t('vault.changeTitle') : t('vault.disableTitle');
  let body: ReactNode;
  if (busy) {
    body = (
      <div className="vault-working" role="status">
        <progress aria-label={t('vault.working')} />
        <p>{t('vault.working')}</p>
      </div>
    );
  } else {
    body = (
      <>
        {kind === 'disable' && <p>{t('vault.disableBody')}</p>}
        {needsCurrent && (
          <PassphraseField
            label={kind === 'disable' ? t('vault.passphrase') : t('vault.current')}
            value={current}
            onChange={setCurrent}
            autoFocus
            autoComplete="current-password"
            testId="current-passphrase"
            error={error || undefined}
          />
        )}
        {needsNew && <NewPassphrase value={next} again={again} onValue={setNext} onAgain={setAgain} tried={tried} />}
        {kind === 'encrypt' && (
          <>
            <IdleLockSelect value={idle} onChange={setIdle} />
            <RememberChoice refused={status ? status.rememberRefused : 'noDevice'} checked={remember} onChange={setRemember} />
          </>
        )}
        {kind !== 'disable' && <p className="vault-warning">{t('vault.forgotten')}</p>}
        {error && !needsCurrent && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </>
    );
  }
  return (
    <Dialog
      title={title}
      onClose={() => !busy && onClose()}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('dialogs.cancel')}
          </button>
          <button type="submit" className={kind === 'disable' ? 'button button-danger' : 'button button-primary'} disabled={busy}>
            {title}
          </button>
        </>
      }
    >
      {body}
    </Dialog>
  );
}
