import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { isUnstarted, openFindings } from '../../../../shared/logic/coverage';
import { api } from '../../app/api';
import { useApp } from '../../app/store';
import { messageOf } from '../../app/errors';
import { EmptyState } from '../../ui/EmptyState';
import { localToday } from '../../ui/format';
import { isMod } from '../../ui/shortcuts';
import { AccountDetails } from '../account/AccountDetails';
import { ExportDialog } from '../briefing/ExportDialog';
import { HistoryDialog } from '../versions/HistoryDialog';
import { useShare } from '../sharing/share-store';
import { modKeyName, useShortcut } from '../../ui/shortcuts';
import { FindingsView } from '../findings/FindingsView';
import { CriteriaView } from '../criteria/CriteriaView';
import { PlanView } from '../plan/PlanView';
import { ReviewView } from '../review/ReviewView';
import { TimelineView } from '../timeline/TimelineView';
import { TrendsView } from '../trends/TrendsView';
import { AccountCanvas } from './AccountCanvas';
import { saves, useChart } from './chart-store';
import { SuccessionDialogs } from '../succession/SuccessionDialogs';
import { ConflictsButton } from '../team/ConflictsButton';
import { TeamShareDialog } from '../team/TeamShareDialog';
import { useSuccession } from '../succession/store';

type Loaded = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: string };

/** What the part of the address after the account says: which view, and what to bring forward. */
export type AccountView =
  | { view: 'chart'; reveal: string | null }
  | { view: 'details'; focus: string | null }
  | { view: 'findings' }
  | { view: 'plan'; focus: string | null }
  | { view: 'criteria'; opportunityId: string | null }
  | { view: 'review' }
  | { view: 'timeline' }
  | { view: 'trends' };

export function viewOf(rest: string): AccountView {
  const [head, ...tail] = rest.split('/').filter(Boolean);
  if (head === 'details') return { view: 'details', focus: tail[0] ? decodeURIComponent(tail[0]) : null };
  if (head === 'findings') return { view: 'findings' };
  if (head === 'review') return { view: 'review' };
  if (head === 'timeline') return { view: 'timeline' };
  if (head === 'trends') return { view: 'trends' };
  if (head === 'criteria') return { view: 'criteria', opportunityId: tail[0] ? decodeURIComponent(tail[0]) : null };
  if (head === 'plan') return { view: 'plan', focus: tail[0] ? decodeURIComponent(tail[0]) : null };
  if (head === 'people' && tail[0]) return { view: 'chart', reveal: decodeURIComponent(tail[0]) };
  return { view: 'chart', reveal: null };
}

/**
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Y) outside a text field while the details or findings cover
 * the chart: the account's edits are one history, whichever view made them.
 */
function useOffChartUndo(on: boolean): void {
  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      if (!isMod(e) || e.altKey) return;
      const el = e.target;
      // A text field undoes its own typing; a select or a button has no undo of its own.
      if (
        el instanceof HTMLElement &&
        (el.isContentEditable || el.closest('textarea, input:not([type=checkbox]):not([type=radio]), dialog'))
      )
        return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) useChart.getState().undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') useChart.getState().redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on]);
}

/**
 * One account: its chart, its details and its coverage & risks. The chart stays mounted under
 * the other views, so coming back keeps the view, the selection and the open panel.
 */
export function AccountScreen({ id, rest = '' }: { id: string; rest?: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [history, setHistory] = useState(false);
  const [teamShare, setTeamShare] = useState(false);
  const closeHistory = useCallback(() => setHistory(false), []);
  useShortcut('y', () => setHistory(true), { shift: true });
  const openReview = useCallback(() => navigate(`/accounts/${id}/review`), [navigate, id]);
  useShortcut('r', openReview, { shift: true });
  const account = useChart((s) => (s.account?.id === id ? s.account : null));
  const view = viewOf(rest);
  const base = `/accounts/${id}`;
  // Open findings only (not those set aside); none counted before anyone is drawn (first steps show there).
  const staleMotiveDays = useApp((s) => s.info?.settings.staleMotiveDays);
  const findingCount = useMemo(
    () => (account && !isUnstarted(account) ? openFindings(account, localToday(), { staleMotiveDays }).length : null),
    [account, staleMotiveDays],
  );
  const onRevealed = useCallback(() => navigate(base, { replace: true }), [navigate, base]);
  const onPlanFocused = useCallback(() => navigate(`${base}/plan`, { replace: true }), [navigate, base]);
  useOffChartUndo(view.view !== 'chart');
  const missing =
    view.view === 'chart' && view.reveal !== null && account !== null && !account.people.some((p) => p.id === view.reveal);
  useEffect(() => {
    if (missing) onRevealed();
  }, [missing, onRevealed]);

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
      // Another account opens on today's chart.
      useSuccession.setState({ asOf: null, dialog: null });
      // After the fields' own clean-up, which saves what was being typed into this account.
      setTimeout(() => useChart.getState().close(id));
    };
  }, [id, attempt]);

  const tab = (href: string, label: string, current: boolean, title?: string) => (
    <Link href={href} className={`view-tab${current ? ' active' : ''}`} aria-current={current ? 'page' : undefined} title={title}>
      {label}
    </Link>
  );
  return (
    <main className="account-screen">
      <header className="page-header">
        <Link href="/" className="button button-small" aria-label={t('nav.back')}>
          ←
        </Link>
        {loaded.state === 'ready' && account ? (
          <>
            <h1 title={account.name}>{account.name}</h1>
            <span className="muted">{t('account.people', { count: account.people.length })}</span>
            <nav className="view-tabs" aria-label={t('account.tabs')}>
              {tab(base, t('account.tabChart'), view.view === 'chart')}
              {tab(`${base}/details`, t('account.tabDetails'), view.view === 'details')}
              {tab(
                `${base}/findings`,
                findingCount === null ? t('account.tabFindings') : `${t('account.tabFindings')} (${findingCount})`,
                view.view === 'findings',
              )}
              {tab(`${base}/plan`, t('plan.tab'), view.view === 'plan')}
              {tab(`${base}/criteria`, t('criteria.tab'), view.view === 'criteria')}
              {tab(`${base}/review`, t('review.tab'), view.view === 'review', t('review.shortcut', { mod: modKeyName() }))}
              {tab(`${base}/timeline`, t('timeline.tab'), view.view === 'timeline')}
              {tab(`${base}/trends`, t('trends.tab'), view.view === 'trends')}
            </nav>
            <span className="spacer" />
            <ConflictsButton account={account} />
            <button type="button" className="button button-small" onClick={() => setTeamShare(true)} data-testid="team-share-button">
              {t('team.shareButton')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => useShare.getState().open([id])}
              title={t('sharing.exportShortcut', { mod: modKeyName() })}
            >
              {t('sharing.exportButton')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => setHistory(true)}
              title={t('versions.shortcut', { mod: modKeyName() })}
            >
              {t('versions.button')}
            </button>
            <button type="button" className="button button-small" onClick={() => setExporting(true)}>
              {t('briefing.export.button')}
            </button>
          </>
        ) : (
          <h1 className="muted">{loaded.state === 'failed' ? t('errors.title') : t('account.loading')}</h1>
        )}
      </header>
      {loaded.state === 'ready' && account && (
        <div className="account-view">
          <div className={`account-chart${view.view === 'chart' ? '' : ' covered'}`}>
            <ReactFlowProvider>
              <AccountCanvas
                reveal={view.view === 'chart' ? view.reveal : null}
                onRevealed={onRevealed}
                active={view.view === 'chart'}
              />
            </ReactFlowProvider>
          </div>
          {view.view === 'details' && (
            <div className="account-overlay">
              <AccountDetails focus={view.focus} />
            </div>
          )}
          {view.view === 'criteria' && (
            <div className="account-overlay">
              <CriteriaView opportunityId={view.opportunityId} />
            </div>
          )}
          {view.view === 'trends' && (
            <div className="account-overlay">
              <TrendsView />
            </div>
          )}
          {view.view === 'findings' && (
            <div className="account-overlay">
              <FindingsView />
            </div>
          )}
          {view.view === 'review' && (
            <div className="account-overlay">
              <ReviewView />
            </div>
          )}
          {view.view === 'timeline' && (
            <div className="account-overlay">
              <TimelineView />
            </div>
          )}
          {view.view === 'plan' && (
            <div className="account-overlay">
              <PlanView focus={view.focus} onFocused={onPlanFocused} />
            </div>
          )}
        </div>
      )}
      {exporting && account && <ExportDialog account={account} onClose={() => setExporting(false)} />}
      {history && account && <HistoryDialog onClose={closeHistory} />}
      {teamShare && account && <TeamShareDialog accountId={account.id} accountName={account.name} onClose={() => setTeamShare(false)} />}
      {account && <SuccessionDialogs />}
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
