import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../app/api';
import { messageOf } from '../../app/errors';
import { EmptyState } from '../../ui/EmptyState';
import { AccountCanvas } from './AccountCanvas';
import { saves, useChart } from './chart-store';

type Loaded = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: string };

export function AccountScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const account = useChart((s) => (s.account?.id === id ? s.account : null));

  useEffect(() => {
    let live = true;
    // Edits of this account still on their way to the store land first: the chart then shows them.
    saves
      .drained(id)
      .then(() => api.getAccount({ id }))
      .then(
      (a) => {
        if (!live) return;
        useChart.getState().open(a);
        setLoaded({ state: 'ready' });
      },
      (e: unknown) => live && setLoaded({ state: 'failed', message: messageOf(e) }),
    );
    return () => {
      live = false;
      useChart.getState().close();
    };
  }, [id, attempt]);

  return (
    <main className="account-screen">
      <header className="page-header">
        <Link href="/" className="button button-small" aria-label={t('nav.back')}>
          ←
        </Link>
        {loaded.state === 'ready' && account ? (
          <>
            <h1>{account.name}</h1>
            <span className="muted">{t('account.people', { count: account.people.length })}</span>
          </>
        ) : (
          <h1 className="muted">{loaded.state === 'failed' ? t('errors.title') : t('account.loading')}</h1>
        )}
      </header>
      {loaded.state === 'ready' && account && (
        <ReactFlowProvider>
          <AccountCanvas />
        </ReactFlowProvider>
      )}
      {loaded.state === 'failed' && (
        <EmptyState title={t('errors.title')} body={loaded.message}>
          <button
            type="button"
            className="button"
            onClick={() => {
              setLoaded({ state: 'loading' });
              setAttempt((n) => n + 1);
            }}
          >
            {t('errors.retry')}
          </button>
        </EmptyState>
      )}
    </main>
  );
}
