import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedactionLevel } from '../../../../shared/taxonomy/keys';
import { api } from '../../app/api';
import { messageOf } from '../../app/errors';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { Dialog } from '../../ui/Dialog';
import { LevelPicker } from '../../ui/LevelPicker';

type State = { step: 'form' } | { step: 'saving' } | { step: 'done'; path: string; count: number } | { step: 'failed'; message: string };

/** Accounts as one .bidmap file, at a level the services cut it to before it is written. */
export function ShareDialog({ initial, onClose }: { initial: readonly string[]; onClose(): void }) {
  const { t } = useTranslation();
  const collator = new Intl.Collator(currentLanguage());
  const accounts = useApp((s) => s.accounts)
    .filter((a) => !a.damaged)
    .sort((a, b) => collator.compare(a.name, b.name)); // as the home screen lists them
  const [picked, setPicked] = useState<string[]>(() => initial.filter((id) => accounts.some((a) => a.id === id)));
  const [level, setLevel] = useState<RedactionLevel>('team');
  const [state, setState] = useState<State>({ step: 'form' });

  const save = async () => {
    if (picked.length === 0 || state.step === 'saving') return;
    setState({ step: 'saving' });
    try {
      const { path, accounts: count } = await api.exportBidmap({ accountIds: picked, level });
      setState(path ? { step: 'done', path, count } : { step: 'form' });
    } catch (e) {
      setState({ step: 'failed', message: messageOf(e) });
    }
  };

  if (state.step === 'done') {
    return (
      <Dialog
        title={t('sharing.export.title')}
        onClose={onClose}
        actions={
          <>
            <button type="button" className="button" onClick={() => void api.openExported({ path: state.path, reveal: true }).catch(() => {})}>
              {t('briefing.export.reveal')}
            </button>
            <button type="button" className="button button-primary" onClick={onClose}>
              {t('chart.close')}
            </button>
          </>
        }
      >
        <p role="status">{t('sharing.export.done', { count: state.count, path: state.path })}</p>
      </Dialog>
    );
  }
  return (
    <Dialog
      title={t('sharing.export.title')}
      onClose={onClose}
      onSubmit={() => void save()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('dialogs.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={picked.length === 0 || state.step === 'saving'}>
            {state.step === 'saving' ? t('sharing.export.saving') : t('sharing.export.save')}
          </button>
        </>
      }
    >
      <div className="export-form">
        <fieldset className="field">
          <legend className="field-label">
            {t('sharing.export.accounts')}{' '}
            <button type="button" className="button-link small" onClick={() => setPicked(accounts.map((a) => a.id))}>
              {t('sharing.export.all')}
            </button>{' '}
            <button type="button" className="button-link small" onClick={() => setPicked([])}>
              {t('sharing.export.none')}
            </button>
          </legend>
          <div className="share-accounts">
            {accounts.map((a) => (
              <label key={a.id} className="check">
                <input type="checkbox" checked={picked.includes(a.id)} onChange={(e) => setPicked((p) => (e.target.checked ? [...p, a.id] : p.filter((id) => id !== a.id)))} />
                {a.name}
              </label>
            ))}
          </div>
          {picked.length === 0 && <p className="muted small">{t('sharing.export.pickOne')}</p>}
        </fieldset>
        <LevelPicker legend={t('sharing.export.level')} name="share-level" value={level} onChange={setLevel} />
        <p className="muted small">{t('sharing.export.help')}</p>
        {state.step === 'failed' && (
          <p className="panel-problem" role="alert">
            {state.message}
          </p>
        )}
      </div>
    </Dialog>
  );
}
