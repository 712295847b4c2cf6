import { useTranslation } from 'react-i18next';
import type { RowProps } from '../rows';
import { PlainRow } from './PlainRow';

const NOTES = ['changed', 'learned', 'decided'] as const;

/** A review of the account: who reviewed it, and the notes they wrote (what changed, learned, decided). */
export function ReviewRow(props: RowProps) {
  const { t } = useTranslation();
  const review = props.account.reviews.find((r) => r.id === props.entry.id);
  if (!review) return <PlainRow {...props} />;
  return (
    <div className="timeline-body">
      <p className="timeline-text">
        <span className="timeline-badge">{t('timeline.kinds.review')}</span>{' '}
        {review.by ? t('timeline.reviewedBy', { by: review.by }) : t('timeline.reviewed')}
      </p>
      {NOTES.filter((k) => review.notes[k].trim()).map((k) => (
        <p key={k} className="timeline-detail">
          {t('timeline.reviewNote', { label: t(`review.notes.${k}`), text: review.notes[k] })}
        </p>
      ))}
    </div>
  );
}
