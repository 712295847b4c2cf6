import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamStatus } from '../../../../shared/ipc/team';
import { api } from '../../app/api';
import { messageOf } from '../../app/errors';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { CancelSubmit, Dialog } from '../../ui/Dialog';
import { formatDateTime } from '../../ui/format';
import { useTeam } from './team-store';

type Joined = Extract<TeamStatus, { joined: true }>;

/** Settings › Team: join a team server, or see the connection and the shared accounts, and leave. */
export function TeamSection() {
  const { t } = useTranslation();
  const status = useTeam((s) => s.status);
  return (
    <section className="field team-section" aria-labelledby="team-title" data-testid="team-section">
      <span id="team-title">{t('team.section')}</span>
      {status?.joined ? <JoinedTeam status={status} /> : <JoinForm problem={status?.problem ?? null} />}
    </section>
  );
}

function JoinForm({ problem }: { problem: string | null }) {
  const { t } = useTranslation();
  const [server, setServer] = useState('');
  const [name, setName] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const ready = server.trim() !== '' && name.trim() !== '' && token.trim() !== '';
  const join = async () => {
    if (!ready || busy) return;
    setBusy(true);
    setError('');
    try {
      const status = await api.teamJoin({ server: server.trim(), name: name.trim(), token: token.trim() });
      useTeam.setState({ status });
      if (status.joined) useApp.getState().toast({ kind: 'info', message: t('team.joined', { server: status.server, name: status.name }) });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="team-join"
      onSubmit={(e) => {
        e.preventDefault();
        void join();
      }}
    >
      <p className="muted">{t('team.offBody')}</p>
      {problem && (
        <p className="panel-problem" role="alert">
          {t('team.fileProblem', { problem })}
        </p>
      )}
      <div className="field">
        <label htmlFor="team-server">{t('team.server')}</label>
        <input id="team-server" value={server} onChange={(e) => setServer(e.target.value)} placeholder="wss://team.example.com:8443" spellCheck={false} autoComplete="off" aria-describedby="team-server-help" data-testid="team-server" />
        <span className="field-aside" id="team-server-help">
          {t('team.serverHelp')}
        </span>
      </div>
      <label className="field">
        <span>{t('team.name')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={64} spellCheck={false} autoComplete="off" data-testid="team-name" />
      </label>
      <div className="field">
        <label htmlFor="team-token">{t('team.token')}</label>
        <input id="team-token" type="password" value={token} onChange={(e) => setToken(e.target.value)} maxLength={500} autoComplete="off" aria-describedby="team-token-help" data-testid="team-token" />
        <span className="field-aside" id="team-token-help">
          {t('team.tokenHelp')}
        </span>
      </div>
      {error && (
        <p className="panel-problem" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={!ready || busy}>
          {busy ? t('team.joining') : t('team.join')}
        </button>
      </div>
    </form>
  );
}

/** The connection in one sentence: connected, offline since when and why, refused and why. */
export function ConnectionLine({ status }: { status: Joined }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const c = status.connection;
  const text =
    c.status === 'connected'
      ? t('team.connected', { since: formatDateTime(c.since, lang) })
      : c.status === 'offline'
        ? t('team.offline', { since: formatDateTime(c.since, lang), reason: c.reason })
        : c.status === 'refused'
          ? t('team.refused', { reason: c.reason })
          : t(`team.${c.status}`);
  return (
    <p className={`team-connection team-${c.status}`} data-testid="team-connection" role="status">
      <span className="team-dot" aria-hidden="true" />
      {text}
    </p>
  );
}

function JoinedTeam({ status }: { status: Joined }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [leaving, setLeaving] = useState(false);
  const accounts = status.accounts;
  const leave = async () => {
    setLeaving(false);
    try {
      useTeam.setState({ status: await api.teamLeave({}) });
      useApp.getState().toast({ kind: 'info', message: t('team.left') });
    } catch (e) {
      useApp.getState().toast({ kind: 'error', message: messageOf(e) });
    }
  };
  return (
    <div className="team-joined">
      <p>{t('team.memberOf', { name: status.name, server: status.server })}</p>
      <ConnectionLine status={status} />
      <p className="muted small" data-testid="team-waiting">
        {status.waiting === null ? t('team.waitingUnknown') : status.waiting === 0 ? t('team.waitingNone') : t('team.waiting', { count: status.waiting })}
      </p>
      {status.problem && (
        <p className="panel-problem" role="alert">
          {t('team.problem', { problem: status.problem })}
        </p>
      )}
      <span className="field-label">{t('team.sharedAccounts')}</span>
      {accounts.length === 0 ? (
        <p className="muted small">{t('team.noShared')}</p>
      ) : (
        <ul className="team-accounts">
          {accounts.map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong> <span className="badge badge-team">{t(`briefing.levels.${a.level}`)}</span>
              {a.revokedAt && <span className="muted small"> {t('team.revoked', { when: formatDateTime(a.revokedAt, lang) })}</span>}
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="button" className="button" onClick={() => setLeaving(true)}>
          {t('team.leave')}
        </button>
      </div>
      {leaving && (
        <Dialog title={t('team.leaveTitle')} onClose={() => setLeaving(false)} onSubmit={() => void leave()} actions={<CancelSubmit cancel={t('dialogs.cancel')} submit={t('team.leave')} onCancel={() => setLeaving(false)} />}>
          <p>{t('team.leaveBody')}</p>
        </Dialog>
      )}
    </div>
  );
}
