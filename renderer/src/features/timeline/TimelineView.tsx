import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountTimeline, type TimelineKind } from '../../../../shared/logic/history/timeline';
import { formatDate } from '../../../../shared/logic/date-text';
import { CLIENT_MOVE_KINDS, type ClientMoveKind } from '../../../../shared/taxonomy/keys';
import { currentLanguage } from '../../app/i18n';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField } from '../../ui/Fields';
import { useChart } from '../canvas/chart-store';
import { MoveDialog } from './MoveDialog';
import { TimelineRow } from './rows';
import { personName } from './rows/names';
import { TIMELINE_SOURCES } from './sources';
import './timeline.css';

/** Kinds the filter offers: those part C writes; reviews and successions join with their parts. */
const KINDS: readonly TimelineKind[] = ['review', 'succession', 'clientMove', 'meeting', 'stageChange'];

/**
 * The account over time on one dated list, newest first: client moves (客户动向), meetings and
 * their debriefs, relationship stage changes. Filtered by kind (and a move's kind) and by person.
 */
export function TimelineView() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const account = useChart((s) => s.account)!;
  const [kind, setKind] = useState<TimelineKind | null>(null);
  const [moveKind, setMoveKind] = useState<ClientMoveKind | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const entries = useMemo(() => accountTimeline(account, TIMELINE_SOURCES), [account]);
  const moveKinds = useMemo(() => new Map(account.clientMoves.map((m) => [m.id, m.kind])), [account.clientMoves]);
  const people = useMemo(() => {
    const ids = [...new Set(entries.flatMap((e) => e.personIds))];
    const collator = new Intl.Collator(lang);
    return ids.map((id) => ({ value: id, label: personName(account, id) })).sort((a, b) => collator.compare(a.label, b.label));
  }, [entries, account, lang]);
  const shown = entries.filter(
    (e) =>
      (!kind || e.kind === kind) &&
      (!moveKind || (e.kind === 'clientMove' && moveKinds.get(e.id) === moveKind)) &&
      (!personId || e.personIds.includes(personId)),
  );

  return (
    <section className="timeline-view" aria-labelledby="timeline-title">
      <header className="timeline-head">
        <div>
          <h2 id="timeline-title">{t('timeline.title')}</h2>
          <p className="muted">{t('timeline.intro')}</p>
        </div>
        <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
          {t('moves.add')}
        </button>
      </header>
      {entries.length === 0 ? (
        <EmptyState title={t('timeline.emptyTitle')} body={t('timeline.emptyBody')} />
      ) : (
        <>
          <div className="timeline-filters">
            <SelectField<TimelineKind>
              label={t('timeline.show')}
              value={kind}
              none={t('timeline.everything')}
              options={KINDS.map((k) => ({ value: k, label: t(`timeline.kinds.${k}`) }))}
              onChange={(k) => {
                setKind(k);
                if (k !== 'clientMove') setMoveKind(null);
              }}
            />
            {kind === 'clientMove' && (
              <SelectField<ClientMoveKind>
                label={t('timeline.moveKind')}
                value={moveKind}
                none={t('timeline.anyMoveKind')}
                options={CLIENT_MOVE_KINDS.map((k) => ({ value: k, label: t(`moves.kinds.${k}`) }))}
                onChange={setMoveKind}
              />
            )}
            <SelectField<string>
              label={t('timeline.person')}
              value={personId}
              none={t('timeline.anyone')}
              options={people}
              onChange={setPersonId}
            />
          </div>
          {shown.length === 0 ? (
            <p className="muted timeline-none" role="status">
              {t('timeline.noMatch')}
            </p>
          ) : (
            <ol className="timeline-list" aria-label={t('timeline.title')}>
              {shown.map((e) => (
                <li key={`${e.kind}:${e.id}`} className={`timeline-entry kind-${e.kind}`} data-kind={e.kind}>
                  <time dateTime={e.date} className="timeline-date">
                    {formatDate(e.date, lang)}
                  </time>
                  <TimelineRow entry={e} account={account} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      {adding && <MoveDialog move={null} onClose={() => setAdding(false)} />}
    </section>
  );
}
