import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamConflict } from '../../../../shared/ipc/team';
import type { Account } from '../../../../shared/model/account';
import { STRINGS } from '../../../../shared/i18n';
import { api } from '../../app/api';
import { currentLanguage } from '../../app/i18n';
import { messageOf } from '../../app/errors';
import { useApp } from '../../app/store';
import { Dialog } from '../../ui/Dialog';
import { useTeam } from './team-store';
import { recordApplied, saves, useChart } from '../canvas/chart-store';
import { isEmptyPatch } from '../../../../shared/logic/chart';
import { patchBetween } from '../../../../shared/logic/chart/between';

const NONE: TeamConflict[] = [];

/** A value as the user reads it: text as it is, anything else as JSON. */
const shown = (value: unknown, empty: string): string => (value === '' || value === null ? empty : typeof value === 'string' ? value : JSON.stringify(value));

/** Where a conflict is, in words: the person (or record) by name, then the field. */
function placeOf(conflict: TeamConflict, account: Account): { record: string; field: string } {
  const [collection, id, ...rest] = conflict.path;
  const records: Record<string, readonly { id: string; name?: string }[]> = { people: account.people, departments: account.departments };
  const record = collection && id !== undefined ? records[collection]?.find((r) => r.id === id) : undefined;
  // A person's field by its label in the panel, where there is one.
  const labels = STRINGS[currentLanguage()].person.fields as Record<string, unknown>;
  const label = (key: string) => (collection === 'people' && typeof labels[key] === 'string' ? labels[key] : key);
  if (record) return { record: record.name ?? id!, field: rest.map(label).join(' › ') };
  return { record: collection ?? '', field: conflict.path.slice(1).join(' › ') };
}

/**
 * The account header's "Conflicts (N)" when teammates and I changed a field at once: both values,
 * who wrote each, and a button to keep one (written for everyone). Hidden when there are none.
 */
export function ConflictsButton({ account }: { account: Account }) {
  const { t } = useTranslation();
  const joined = useTeam((s) => s.status?.joined === true);
  const conflicts = useTeam((s) => s.conflicts[account.id] ?? NONE);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (joined) void useTeam.getState().refreshConflicts(account.id).catch(() => undefined);
  }, [joined, account.id]);
  if (conflicts.length === 0) return null;
  return (
    <>
      <button type="button" className="button button-small button-warning" onClick={() => setOpen(true)} data-testid="team-conflicts-button">
        {t('team.conflicts', { count: conflicts.length })}
      </button>
      {open && <ConflictsDialog account={account} conflicts={conflicts} onClose={() => setOpen(false)} />}
    </>
  );
}

function ConflictsDialog({ account, conflicts, onClose }: { account: Account; conflicts: TeamConflict[]; onClose(): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const keep = async (c: TeamConflict, value: TeamConflict['values'][number]) => {
    setBusy(true);
    setError('');
    try {
      // Keeping a value is a normal edit: one step of the undo history (Ctrl+Z shows the value
      // before it again, for everyone; the conflict itself is over).
      await saves.drained(account.id);
      const open = useChart.getState().account?.id === account.id;
      // The store's copy, not the chart's: a teammate's change not shown yet must not join the step.
      const before = open ? await api.getAccount({ id: account.id }) : null;
      await api.teamKeep({ account: account.id, part: c.part, path: c.path, valueJson: JSON.stringify(value.value) });
      if (before) {
        const after = await api.getAccount({ id: account.id }).catch(() => null);
        const forward = after ? patchBetween(before, after) : null;
        if (after && forward && !isEmptyPatch(forward)) recordApplied(account.id, { forward, backward: patchBetween(after, before) }, after);
      }
      await useTeam.getState().refreshConflicts(account.id);
      useApp.getState().toast({ kind: 'info', message: t('team.kept', { value: shown(value.value, t('team.emptyValue')), by: value.by }) });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t('team.conflictsTitle')}
      onClose={onClose}
      wide
      actions={
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('chart.close')}
        </button>
      }
    >
      <p className="muted">{t('team.conflictsHelp')}</p>
      {conflicts.length === 0 && <p>{t('team.noConflicts')}</p>}
      {error && (
        <p className="panel-problem" role="alert">
          {error}
        </p>
      )}
      <ul className="team-conflicts" data-testid="team-conflicts">
        {conflicts.map((c) => {
          const place = placeOf(c, account);
          return (
            <li key={`${c.part}:${c.path.join('/')}`} className="team-conflict">
              <p>
                <strong>{place.record}</strong> › {place.field}
              </p>
              <ul>
                {c.values.map((v, i) => {
                  const text = shown(v.value, t('team.emptyValue'));
                  return (
                    <li key={i} className="team-conflict-value">
                      <span className="team-value">“{text}”</span> <span className="muted small">{t('team.by', { name: v.by })}</span>{' '}
                      <button type="button" className="button button-small" disabled={busy} onClick={() => void keep(c, v)} aria-label={t('team.keepLabel', { value: text, by: v.by })}>
                        {t('team.keep')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
