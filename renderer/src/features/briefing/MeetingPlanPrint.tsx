import type { TFunction } from 'i18next';
import { listNames } from '../../../../shared/i18n/lists';
import { formatDate } from '../../../../shared/logic/date-text';
import { nextMeetingWith } from '../../../../shared/logic/history/meetings';
import type { Account } from '../../../../shared/model/account';
import type { Language, RedactionLevel } from '../../../../shared/taxonomy/keys';

const FIELDS = ['objective', 'commitment', 'minimum', 'questions', 'bring'] as const;

/**
 * The plan of the next meeting planned for the person (issue 18), on the meeting brief: team level, so a
 * map brief (whose account carries no meetings) prints nothing of it.
 */
export function MeetingPlanPrint({
  account,
  personId,
  level,
  today,
  t,
  lang,
}: {
  account: Account;
  personId: string;
  level: RedactionLevel;
  today: string;
  t: TFunction;
  lang: Language;
}) {
  if (level === 'map') return null;
  // The plan made for this person: another's meeting they only attend would push a brief past two pages.
  const meeting = nextMeetingWith(account, personId, today, { plannedFor: true });
  // Without a plan the brief says nothing of it: the page is kept for the person.
  if (!meeting) return null;
  const name = (id: string) => account.people.find((p) => p.id === id)?.name ?? '';
  const list = (names: string[]) => listNames(names.filter(Boolean), lang);
  const rows: [string, string][] = (
    [
      [t('meetings.date'), formatDate(meeting.date, lang)],
      [t('meetings.ours'), list(meeting.memberIds.map((id) => account.team.find((m) => m.id === id)?.name ?? ''))],
      [t('meetings.theirs'), list([meeting.personId, ...meeting.personIds].map(name))],
      ...FIELDS.map((f): [string, string] => [t(`meetings.${f}`), meeting[f]]),
    ] satisfies [string, string][]
  ).filter(([, v]) => v.trim() !== '');
  return (
    <section className="brief-section meeting-plan-print" data-testid="meeting-plan">
      <h2>{t('meetings.printTitle')}</h2>
      <dl className="facts">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
