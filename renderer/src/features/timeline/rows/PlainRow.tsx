import { useTranslation } from 'react-i18next';
import type { RowProps } from '../rows';

/** A kind this screen cannot word (yet): its date (shown by the list) and its id, never a crash. */
export function PlainRow({ entry }: RowProps) {
  const { t } = useTranslation();
  return <p className="timeline-text">{t('timeline.entry', { id: entry.id })}</p>;
}
