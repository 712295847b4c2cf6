import i18next from 'i18next';
import type { BriefingData } from '../../../../shared/model/briefing';
import { MeetingPlanPrint } from './MeetingPlanPrint';
import { PersonBrief } from './PersonBrief';
import { formatDate } from '../../../../shared/logic/date-text';

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
          {account.name} · {formatDate(today, request.language)} · {data.preparedBy ? `${data.preparedBy} · ` : ''}
          {t('briefing.cover.level')}: <span data-testid="level">{levelLabel}</span>
        </p>
      </header>
      {person && (
        <MeetingPlanPrint
          account={account}
          personId={person.id}
          level={request.level}
          today={today}
          t={t}
          lang={request.language}
        />
      )}
      {person && (
        <PersonBrief person={person} account={account} level={request.level} t={t} lang={request.language} today={today} />
      )}
    </div>
  );
}
