import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowProps } from '../rows';
import { removeMove } from '../history-edit';
import { MoveDialog } from '../MoveDialog';
import { peopleNames } from './names';
import { PlainRow } from './PlainRow';

/** A client move: its kind, what happened, the source, what it means for us, whom it concerns. */
export function ClientMoveRow(props: RowProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const move = props.account.clientMoves.find((m) => m.id === props.entry.id);
  if (!move) return <PlainRow {...props} />;
  const opportunity = move.opportunityId ? props.account.opportunities.find((o) => o.id === move.opportunityId) : null;
  return (
    <div className="timeline-body">
      <p className="timeline-text">
        <span className={`timeline-badge move-${move.kind}`}>{t(`moves.kinds.${move.kind}`)}</span> {move.what}
      </p>
      {move.source && <p className="timeline-detail">{t('moves.sourceLine', { source: move.source })}</p>}
      {move.meaning && <p className="timeline-detail">{t('moves.meaningLine', { meaning: move.meaning })}</p>}
      {(move.personIds.length > 0 || opportunity) && (
        <p className="timeline-detail muted">
          {t('timeline.concerns', {
            people: [move.personIds.length ? peopleNames(props.account, move.personIds) : '', opportunity?.name ?? '']
              .filter(Boolean)
              .join(' · '),
          })}
        </p>
      )}
      <div className="timeline-actions">
        <button type="button" className="button button-small" onClick={() => setEditing(true)}>
          {t('moves.edit')}
        </button>
        <button type="button" className="button button-small" onClick={() => removeMove(move.id)}>
          {t('moves.delete')}
        </button>
      </div>
      {editing && <MoveDialog move={move} onClose={() => setEditing(false)} />}
    </div>
  );
}
