import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patchBetween } from '../../../../shared/logic/chart/between';
import { versionDiff, type VersionDiff } from '../../../../shared/logic/version-diff';
import type { Account } from '../../../../shared/model/account';
import type { VersionEntry } from '../../../../shared/model/versions';
import { isLargeRemoval } from '../../../../shared/model/sharing';
import { api } from '../../app/api';
import { messageOf, reportError } from '../../app/errors';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { Dialog } from '../../ui/Dialog';
import { formatDateTime } from '../../ui/format';
import { useChart } from '../canvas/chart-store';
import { formatDate, formatTime } from '../../../../shared/logic/date-text';
import { localIsoDate } from '../../../../shared/logic/dates';

type Selected = { state: 'none' } | { state: 'loading'; id: string } | { state: 'ready'; id: string; version: Account; diff: VersionDiff } | { state: 'failed'; id: string; message: string };

/** Versions grouped by the day they were saved (the user's day), newest first. */
function byDay(versions: VersionEntry[], lang: 'en' | 'zh-CN'): [string, VersionEntry[]][] {
  const days = new Map<string, VersionEntry[]>();
  for (const v of versions) {
    const key = formatDate(localIsoDate(new Date(v.savedAt)), lang, { weekday: true });
    days.set(key, [...(days.get(key) ?? []), v]);
  }
  return [...days];
}

/**
 * The account's kept versions: pick one to see what differs from now, restore it as one edit of
 * the chart (so Ctrl/Cmd+Z and the toast's Undo take it back, and the save queue writes it).
 */
export function HistoryDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const account = useChart((s) => s.account)!;
  const [versions, setVersions] = useState<VersionEntry[] | null>(null);
  const [selected, setSelected] = useState<Selected>({ state: 'none' });
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    api.listVersions({ id: account.id }).then(setVersions, (e: unknown) => {
      reportError(e);
      onClose();
    });
  }, [account.id, onClose]);

  const pick = (id: string) => {
    setConfirming(false);
    setSelected({ state: 'loading', id });
    api.getVersion({ id: account.id, versionId: id }).then(
      (version) => setSelected((s) => (s.state === 'loading' && s.id === id ? { state: 'ready', id, version, diff: versionDiff(useChart.getState().account!, version) } : s)),
      (e: unknown) => setSelected({ state: 'failed', id, message: messageOf(e) }),
    );
  };

  const when = (iso: string) => formatDateTime(iso, lang);
  const groups = byDay(versions ?? [], lang);

  const restore = () => {
    if (selected.state !== 'ready') return;
    const now = useChart.getState().account!;
    const result = useChart.getState().apply(patchBetween(now, selected.version));
    if ('problem' in result) {
      useApp.getState().toast({ kind: 'error', message: t('errors.internal', { message: result.problem.code }) });
      return;
    }
    const savedAt = versions?.find((v) => v.versionId === selected.id)?.savedAt ?? '';
    useApp.getState().toast({
      kind: 'info',
      message: t('versions.restored', { when: when(savedAt) }),
      action: { label: t('versions.undo'), run: () => useChart.getState().undo() },
    });
    onClose();
  };

  let detail;
  if (selected.state === 'none') detail = <p className="muted">{t('versions.help')}</p>;
  else if (selected.state === 'loading') detail = <p className="muted">{t('versions.loading')}</p>;
  else if (selected.state === 'failed')
    detail = (
      <p className="field-error" role="alert">
        {selected.message}
      </p>
    );
  else {
    const d = selected.diff;
    const savedAt = versions?.find((v) => v.versionId === selected.id)?.savedAt ?? '';
    const removesMany = isLargeRemoval(d.gone.length, account.people.length);
    const list = (names: string[]) => names.slice(0, 12).join(lang === 'zh-CN' ? '、' : ', ') + (names.length > 12 ? ' …' : '');
    detail = (
      <div className="version-detail" data-testid="version-detail">
        <h3>{t('versions.savedAt', { when: when(savedAt) })}</h3>
        <p className="muted">{t('versions.then', { people: selected.version.people.length, now: account.people.length })}</p>
        {d.same ? (
          <p>{t('versions.same')}</p>
        ) : (
          <ul className="version-changes">
            {d.back.length > 0 && <li>{t('versions.back', { count: d.back.length, names: list(d.back) })}</li>}
            {d.gone.length > 0 && <li className={removesMany ? 'warning-text' : undefined}>{t('versions.gone', { count: d.gone.length, names: list(d.gone) })}</li>}
            {d.changed > 0 && <li>{t('versions.changed', { count: d.changed })}</li>}
            {d.lines > 0 && <li>{t('versions.lines', { count: d.lines })}</li>}
            {d.departments > 0 && <li>{t('versions.departments', { count: d.departments })}</li>}
            {d.details.length > 0 && <li>{t('versions.details', { count: d.details.length })}</li>}
            {d.moved > 0 && <li className="muted">{t('versions.moved', { count: d.moved })}</li>}
          </ul>
        )}
        {confirming ? (
          <div className="version-confirm" role="group" aria-label={t('versions.confirm', { when: when(savedAt) })}>
            <p>{t('versions.confirm', { when: when(savedAt) })}</p>
            {removesMany && (
              <p className="warning-text">{t('versions.confirmRemoves', { count: d.gone.length, total: account.people.length, percent: Math.round((d.gone.length / account.people.length) * 100) })}</p>
            )}
            <div className="row">
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('dialogs.cancel')}
              </button>
              <button type="button" className={removesMany ? 'button button-danger' : 'button button-primary'} onClick={restore} autoFocus>
                {t('versions.confirmYes')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button-primary" onClick={() => setConfirming(true)} disabled={d.same && d.moved === 0}>
            {t('versions.restore')}
          </button>
        )}
      </div>
    );
  }

  return (
    <Dialog
      title={t('versions.title', { name: account.name })}
      onClose={onClose}
      wide
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('chart.close')}
        </button>
      }
    >
      {versions === null ? (
        <p className="muted">{t('versions.loading')}</p>
      ) : versions.length === 0 ? (
        <p data-testid="versions-empty">{t('versions.empty')}</p>
      ) : (
        <div className="versions">
          <nav className="versions-list" aria-label={t('versions.list')}>
            {groups.map(([day, entries]) => (
              <section key={day}>
                <h3>{day}</h3>
                <ul>
                  {entries.map((v) => (
                    <li key={v.versionId}>
                      <button
                        type="button"
                        className={`version-item${selected.state !== 'none' && selected.id === v.versionId ? ' selected' : ''}`}
                        aria-pressed={selected.state !== 'none' && selected.id === v.versionId}
                        onClick={() => pick(v.versionId)}
                      >
                        {formatTime(v.savedAt)}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </nav>
          <div className="versions-detail">{detail}</div>
        </div>
      )}
    </Dialog>
  );
}
