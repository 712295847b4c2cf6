import i18next from 'i18next';
import type { BriefingData } from '../../../../shared/model/briefing';
import { PersonBrief } from './PersonBrief';

/** One person on a page or two before a visit: the person's section with the account around it. */
export function MeetingBrief({ data }: { data: BriefingData & { personId: string } }) {
  const { account, request, today } = data;
  const t = i18next.getFixedT(request.language);
  const person = account.people.find((p) => p.id === data.personId);
  const levelLabel = t(`briefing.levels.${request.level}`);
  return (
    <div className="print-doc meeting-brief" lang={request.language}>
      <header className="brief-head">
        <p className="cover-kicker">{t('briefing.meetingKicker')}</p>
        <p className="muted">
          {account.name} · {today} · {data.preparedBy || '—'} · {t('briefing.cover.level')}: <span data-testid="level">{levelLabel}</span>
        </p>
      </header>
      {person && <PersonBrief person={person} account={account} level={request.level} t={t} lang={request.language} today={today} />}
    </div>
  );
}
