import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Account } from '../../../../shared/model/account';
import { api } from '../../app/api';
import { messageOf } from '../../app/errors';
import { EmptyState } from '../../ui/EmptyState';
import { AccountCanvas } from './AccountCanvas';

type Loaded = { state: 'loading' } | { state: 'ready'; account: Account } | { state: 'failed'; message: string };

export function AccountScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    api.getAccount({ id }).then(
      (account) => live && setLoaded({ state: 'ready', account }),
      (e: unknown) => live && setLoaded({ state: 'failed', message: messageOf(e) }),
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);

  return (
    <main className="account-screen">
      <header className="page-header">
        <Link href="/" className="button button-small" aria-label={t('nav.back')}>
          ←
        </Link>
        {loaded.state === 'ready' ? (
          <>
            <h1>{loaded.account.name}</h1>
            <span className="muted">{t('account.people', { count: loaded.account.people.length })}</span>
          </>
        ) : (
          <h1 className="muted">{loaded.state === 'loading' ? t('account.loading') : t('errors.title')}</h1>
        )}
      </header>
      {loaded.state === 'ready' && (
        <ReactFlowProvider>
          <AccountCanvas account={loaded.account} />
        </ReactFlowProvider>
      )}
      {loaded.state === 'failed' && (
        <EmptyState title={t('errors.title')} body={loaded.message}>
          <button type="button" className="button" onClick={() => {
              setLoaded({ state: 'loading' });
              setAttempt((n) => n + 1);
            }}>
            {t('errors.retry')}
          </button>
        </EmptyState>
      )}
    </main>
  );
}
