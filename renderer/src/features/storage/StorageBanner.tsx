import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageStatus } from '../../../../shared/ipc/types';
import { api } from '../../app/api';
import { reportError } from '../../app/errors';
import { useApp } from '../../app/store';
import { useChart } from '../canvas/chart-store';

/** How often the page asks whether writes are failing; at once when a chart save fails. */
const POLL_MS = 5000;

/**
 * On every screen while writes fail (a full disk, a read-only or unplugged folder): what happened,
 * that the edits are kept and retried, and "Try now". It goes away by itself once all is written.
 */
export function StorageBanner() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [trying, setTrying] = useState(false);
  const chartFailed = useChart((s) => s.save === 'failed');

  const failing = useRef(false);
  const show = useCallback(
    (next: StorageStatus) => {
      if (failing.current && !next.problems.length) useApp.getState().toast({ kind: 'info', message: t('storage.saved') });
      failing.current = next.problems.length > 0;
      setStatus(next);
    },
    [t],
  );
  const look = useCallback(() => {
    api.storageStatus({}).then(show, () => undefined); // locked or switching: the next look tells
  }, [show]);

  useEffect(() => {
    look();
    const timer = setInterval(look, POLL_MS);
    return () => clearInterval(timer);
  }, [look]);
  useEffect(() => {
    if (chartFailed) look();
  }, [chartFailed, look]);

  const problems = status?.problems ?? [];
  if (!problems.length) return null;
  const [first] = problems;
  const tryNow = async () => {
    setTrying(true);
    try {
      show(await api.retrySaves({}));
    } catch (e) {
      reportError(e);
    } finally {
      setTrying(false);
    }
  };
  return (
    <div className="storage-banner" role="alert" data-testid="storage-banner" data-reason={first!.reason}>
      <strong>{t('storage.title')}</strong>
      <span>{t(`serviceErrors.${first!.text.key}`, first!.text.params)}</span>
      {problems.length > 1 && <span className="muted">{t('storage.more', { count: problems.length - 1 })}</span>}
      <button type="button" className="button button-small" onClick={() => void tryNow()} disabled={trying}>
        {trying ? t('storage.trying') : t('storage.tryNow')}
      </button>
    </div>
  );
}
