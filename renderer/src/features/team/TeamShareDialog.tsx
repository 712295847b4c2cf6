import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { TeamMember, TeamShareResult } from '../../../../shared/ipc/team';
import { REDACTION_LEVELS, type RedactionLevel } from '../../../../shared/taxonomy/keys';
import { api } from '../../app/api';
import { messageOf } from '../../app/errors';
import { useApp } from '../../app/store';
import { Dialog } from '../../ui/Dialog';
import { useTeam } from './team-store';

type Members = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; members: TeamMember[] };

/** Account header › Share with team…: the server's members, each with their level on this account. */
export function TeamShareDialog({ accountId, accountName, onClose }: { accountId: string; accountName: string; onClose(): void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const status = useTeam((s) => s.status);
  const [members, setMembers] = useState<Members>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const joined = status?.joined === true;
  useEffect(() => {
    if (!joined) return;
    let live = true;
    api.teamMembers({}).then(
      (list) => live && setMembers({ state: 'ready', members: list }),
      (e: unknown) => live && setMembers({ state: 'failed', message: messageOf(e) }),
    );
    return () => {
      live = false;
    };
  }, [joined, attempt]);

  const close = (
    <button type="button" className="button button-primary" onClick={onClose}>
      {t('chart.close')}
    </button>
  );
  if (!status?.joined) {
    return (
      <Dialog title={t('team.shareTitle', { account: accountName })} onClose={onClose} actions={close}>
        <p>{t('team.needJoin')}</p>
        <button
          type="button"
          className="button"
          data-autofocus
          onClick={() => {
            onClose();
            navigate('/settings');
          }}
        >
          {t('team.openSettings')}
        </button>
      </Dialog>
    );
  }
  const me = status.name;
  /** The server's answer after a share: each member's level on this account, as it now is. */
  const applied = (result: TeamShareResult) => {
    setMembers((m) =>
      m.state !== 'ready'
        ? m
        : {
            state: 'ready',
            members: m.members.map((x) => {
              const level = result.members.find((r) => r.name === x.name)?.level;
              const grants = { ...x.grants };
              if (level) grants[accountId] = level;
              else delete grants[accountId];
              return { ...x, grants };
            }),
          },
    );
    void useTeam.getState().refresh().catch(() => undefined);
  };
  const others = members.state === 'ready' ? members.members.filter((m) => m.name !== me) : [];
  return (
    <Dialog title={t('team.shareTitle', { account: accountName })} onClose={onClose} actions={close} className="team-share-dialog">
      <p className="muted">{t('team.shareHelp')}</p>
      <ul className="team-levels">
        {REDACTION_LEVELS.map((l) => (
          <li key={l}>
            <strong>{t(`briefing.levels.${l}`)}</strong> <span className="muted small">{t(`briefing.levelHelp.${l}`)}</span>
          </li>
        ))}
      </ul>
      {members.state === 'loading' && <p role="status">{t('team.loadingMembers')}</p>}
      {members.state === 'failed' && (
        <div>
          <p className="panel-problem" role="alert">
            {members.message}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setMembers({ state: 'loading' });
              setAttempt((n) => n + 1);
            }}
          >
            {t('errors.retry')}
          </button>
        </div>
      )}
      {members.state === 'ready' && others.length === 0 && <p className="muted">{t('team.noMembers')}</p>}
      {others.length > 0 && (
        <table className="team-members" data-testid="team-members">
          <thead>
            <tr>
              <th scope="col">{t('team.member')}</th>
              <th scope="col">{t('team.levelNow')}</th>
              <th scope="col">{t('team.levelNew')}</th>
              <th scope="col">
                <span className="sr-only">{t('team.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {others.map((m) => (
              <MemberRow key={m.name} accountId={accountId} accountName={accountName} member={m} onDone={applied} />
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}

function MemberRow({ accountId, accountName, member, onDone }: { accountId: string; accountName: string; member: TeamMember; onDone(r: TeamShareResult): void }) {
  const { t } = useTranslation();
  const now = member.grants[accountId] ?? null;
  const [level, setLevel] = useState<RedactionLevel>(now ?? 'team');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const run = async (share: boolean) => {
    setBusy(true);
    setError('');
    try {
      const result = share ? await api.teamShare({ account: accountId, user: member.name, level }) : await api.teamUnshare({ account: accountId, user: member.name });
      onDone(result);
      const levelName = t(`briefing.levels.${level}`);
      useApp.getState().toast({
        kind: 'info',
        message: share ? t('team.shared', { account: accountName, name: member.name, level: levelName }) : t('team.unshared', { account: accountName, name: member.name }),
      });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <tr data-testid="team-member" data-member={member.name}>
      <th scope="row">{member.name}</th>
      <td>{now ? t(`briefing.levels.${now}`) : <span className="muted">{t('team.notShared')}</span>}</td>
      <td>
        <select value={level} onChange={(e) => setLevel(e.target.value as RedactionLevel)} aria-label={t('team.levelFor', { name: member.name })} disabled={busy}>
          {REDACTION_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`briefing.levels.${l}`)}
            </option>
          ))}
        </select>
        {error && (
          <p className="field-refusal" role="alert">
            {error}
          </p>
        )}
      </td>
      <td className="team-member-actions">
        <button type="button" className="button button-small button-primary" disabled={busy || now === level} onClick={() => void run(true)} aria-label={t('team.shareWith', { name: member.name })}>
          {now ? t('team.change') : t('team.share')}
        </button>
        {now && (
          <button type="button" className="button button-small" disabled={busy} onClick={() => void run(false)} aria-label={t('team.unshareWith', { name: member.name })}>
            {t('team.unshare')}
          </button>
        )}
      </td>
    </tr>
  );
}
