import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/logic/date-text';
import { currentLanguage } from '../../../app/i18n';
import type { RowProps } from '../rows';
import { PlainRow } from './PlainRow';

/** A change of post: who left which post and how, and who holds it since (or that it is vacant). */
export function SuccessionRow(props: RowProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { account } = props;
  const s = account.successions.find((x) => x.id === props.entry.id);
  if (!s) return <PlainRow {...props} />;
  const former = account.formerPeople.find((p) => p.id === s.id);
  const post = account.people.find((p) => p.id === s.postId);
  const title = post?.title || s.postTitle;
  const name = former?.name || t('canvas.placeholderName');
  return (
    <div className="timeline-body">
      <p className="timeline-text">
        <span className="timeline-badge">{t('timeline.kinds.succession')}</span>{' '}
        {t('timeline.leftPost', { name, post: title || t('succession.vacant'), how: t(`succession.kinds.${s.how}`) })}
      </p>
      <p className="timeline-detail">
        {s.successorSince && post && !post.placeholder
          ? t('timeline.successor', { name: post.name, since: formatDate(s.successorSince, lang) })
          : t('succession.former.vacantNow')}
      </p>
      {s.note && <p className="timeline-detail">{s.note}</p>}
    </div>
  );
}
