import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { AccountSummary } from '../../../../shared/ipc/types';
import { api } from '../../app/api';
import { reportError } from '../../app/errors';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { EmptyState } from '../../ui/EmptyState';
import { ImportContactsDialog } from '../contacts/ImportContactsDialog';
import { UpcomingCard } from '../itinerary/UpcomingCard';
import { MyActionsCard } from '../plan/MyActionsCard';
import { DebriefsDueCard } from '../meetings/DebriefsDueCard';
import { useImport } from '../sharing/import-store';
import { shareFromHere } from '../sharing/SharingLayer';
import { modKeyName, useShortcut } from '../../ui/shortcuts';
import { useNow } from '../../ui/useNow';
import { AccountRow } from './AccountRow';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { NameDialog } from './NameDialog';
import { ProblemsBanner } from './ProblemsBanner';
import { useDemoWorkspace } from './useDemoWorkspace';
import { useUndoDelete } from './useUndoDelete';

type Modal =
  | { kind: 'new' }
  | { kind: 'contacts' }
  | { kind: 'rename'; account: AccountSummary }
  | { kind: 'delete'; account: AccountSummary }
  | null;

export function HomeScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const accounts = useApp((s) => s.accounts);
  const problems = useApp((s) => s.info?.problems ?? []);
  const { refreshAccounts, load, toast } = useApp.getState();
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter);
  const [modal, setModal] = useState<Modal>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const openDemo = useDemoWorkspace();
  const deleteWithUndo = useUndoDelete();
  const now = useNow();
  // Each visit reads the list afresh (saves also update it as they land, see the chart's save queue).
  useEffect(() => {
    void refreshAccounts().catch(reportError);
  }, [refreshAccounts]);

  const language = currentLanguage();
  const shown = useMemo(() => {
    const needle = deferred.trim().toLowerCase();
    const matching = needle ? accounts.filter((a) => a.name.toLowerCase().includes(needle)) : accounts;
    // Chinese names sort by pinyin, as a Chinese user expects.
    const collator = new Intl.Collator(language);
    return [...matching].sort((a, b) => collator.compare(a.name, b.name));
  }, [accounts, deferred, language]);

  useShortcut(
    'n',
    useCallback(() => setModal({ kind: 'new' }), []),
  );
  useShortcut(
    'f',
    useCallback(() => filterRef.current?.focus(), []),
  );

  const open = useCallback((id: string) => navigate(`/accounts/${id}`), [navigate]);
  const review = useCallback((id: string) => navigate(`/accounts/${id}/review`), [navigate]);
  const rename = useCallback((account: AccountSummary) => setModal({ kind: 'rename', account }), []);
  const remove = useCallback((account: AccountSummary) => setModal({ kind: 'delete', account }), []);

  const restore = async (id: string) => {
    try {
      const summary = await api.restoreBackup({ id });
      await load();
      toast({ kind: 'info', message: t('home.restored', { name: summary.name }) });
    } catch (e) {
      reportError(e);
    }
  };

  return (
    <main className="home" aria-labelledby="home-title">
      <header className="page-header">
        <h1 id="home-title">{t('home.title')}</h1>
        <span className="muted">{t('home.count', { count: accounts.length })}</span>
        <div className="spacer" />
        <input
          ref={filterRef}
          type="search"
          className="filter"
          aria-label={t('home.filterLabel')}
          placeholder={t('home.filterPlaceholder')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          title={t('shortcuts.find', { mod: modKeyName() })}
        />
        <button
          type="button"
          className="button"
          onClick={() => void useImport.getState().begin({ from: 'dialog' })}
          title={t('sharing.importShortcut', { mod: modKeyName() })}
        >
          {t('sharing.importButton')}
        </button>
        {accounts.length > 0 && (
          <button
            type="button"
            className="button"
            onClick={() => shareFromHere('/')}
            title={t('sharing.exportShortcut', { mod: modKeyName() })}
          >
            {t('sharing.exportButton')}
          </button>
        )}
        <button type="button" className="button" onClick={() => setModal({ kind: 'contacts' })}>
          {t('contacts.importButton')}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setModal({ kind: 'new' })}
          title={t('shortcuts.newAccount', { mod: modKeyName() })}
        >
          {t('home.newAccount')}
        </button>
      </header>

      <ProblemsBanner problems={problems} onRestore={restore} />

      {accounts.length === 0 ? (
        <EmptyState title={t('home.emptyTitle')} body={t('home.emptyBody')}>
          <button type="button" className="button button-primary" onClick={() => setModal({ kind: 'new' })}>
            {t('home.newAccount')}
          </button>
          <button type="button" className="button" onClick={() => setModal({ kind: 'contacts' })}>
            {t('contacts.importButton')}
          </button>
          <button type="button" className="button" onClick={() => void useImport.getState().begin({ from: 'dialog' })}>
            {t('sharing.importButton')}
          </button>
          <button type="button" className="button" onClick={openDemo}>
            {t('home.openDemo')}
          </button>
        </EmptyState>
      ) : (
        <div className="home-body">
          {shown.length === 0 ? (
            <div className="home-main">
              <EmptyState title={t('home.noMatch', { filter })} body="">
                <button type="button" className="button" onClick={() => setFilter('')}>
                  {t('home.clearFilter')}
                </button>
              </EmptyState>
            </div>
          ) : (
            <ul className="account-list home-main" aria-label={t('home.title')}>
              {shown.map((a) => (
                <AccountRow key={a.id} account={a} now={now} onOpen={open} onReview={review} onRename={rename} onDelete={remove} />
              ))}
            </ul>
          )}
          <div className="home-side">
            <DebriefsDueCard />
            <MyActionsCard />
            <UpcomingCard />
          </div>
        </div>
      )}

      {modal?.kind === 'new' && (
        <NameDialog
          title={t('dialogs.newTitle')}
          initial=""
          submitLabel={t('dialogs.create')}
          onClose={() => setModal(null)}
          onSubmit={async (name) => {
            try {
              const created = await api.createAccount({ name });
              await refreshAccounts();
              setModal(null);
              toast({ kind: 'info', message: t('toasts.created', { name: created.name }) });
              // A new account is drawn next: straight to its (empty) chart.
              navigate(`/accounts/${created.id}`);
            } catch (e) {
              reportError(e);
            }
          }}
        />
      )}
      {modal?.kind === 'contacts' && <ImportContactsDialog onClose={() => setModal(null)} />}
      {modal?.kind === 'rename' && (
        <NameDialog
          title={t('dialogs.renameTitle')}
          initial={modal.account.name}
          submitLabel={t('dialogs.save')}
          onClose={() => setModal(null)}
          onSubmit={async (name) => {
            try {
              await api.renameAccount({ id: modal.account.id, name });
              await refreshAccounts();
              setModal(null);
            } catch (e) {
              reportError(e);
            }
          }}
        />
      )}
      {modal?.kind === 'delete' && (
        <ConfirmDeleteDialog
          account={modal.account}
          onClose={() => setModal(null)}
          onConfirm={() => {
            setModal(null);
            void deleteWithUndo(modal.account);
          }}
        />
      )}
    </main>
  );
}
