import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { localIsoDate, windowAhead } from '../../../../shared/logic/dates';
import { filterAgenda } from '../../../../shared/logic/itinerary/agenda';
import { formatDay, formatDays } from '../../../../shared/logic/itinerary/format';
import { NOTICE_DAYS } from '../../../../shared/logic/itinerary/notice';
import { currentLanguage } from '../../app/i18n';
import { PersonLink } from './AgendaItems';
import { useAgenda } from './useAgenda';

/** Lines the card shows before pointing to the notebook. */
const CARD_LINES = 6;

/** The home screen's "Next 7 days": key people's trips and birthdays, soonest first. */
export function UpcomingCard() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const today = localIsoDate(new Date());
  const range = useMemo(() => windowAhead(today, NOTICE_DAYS), [today]);
  const state = useAgenda(range, today);
  const lines = useMemo(() => {
    if (state.status !== 'ready') return [];
    const key = filterAgenda(state.agenda, { keyOnly: true });
    return [
      ...key.trips.map((e) => ({
        date: e.start < today ? today : e.start,
        id: `t/${e.accountId}/${e.personId}/${e.trip.id}`,
        person: e,
        what: `→ ${e.trip.city || e.trip.place}`,
        birthday: false,
        when: e.start < today ? t('notebook.until', { date: formatDay(e.end, lang) }) : formatDays(e.start, e.end, lang),
      })),
      ...key.birthdays.map((e) => ({
        date: e.date,
        id: `b/${e.accountId}/${e.personId}/${e.date}`,
        person: e,
        what: e.age === null ? t('notebook.birthdayNoAge') : t('notebook.birthday', { age: e.age }),
        birthday: true,
        when: formatDay(e.date, lang),
      })),
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }, [state, today, lang, t]);

  return (
    <aside className="upcoming-card" aria-labelledby="upcoming-title" data-testid="upcoming-card">
      <header className="upcoming-header">
        <h2 id="upcoming-title">{t('notebook.card.title')}</h2>
        <span className="muted">{t('notebook.card.subtitle')}</span>
      </header>
      {state.status === 'ready' && lines.length === 0 && <p className="muted upcoming-empty">{t('notebook.card.empty')}</p>}
      {lines.length > 0 && (
        <ul className="upcoming-list">
          {lines.slice(0, CARD_LINES).map((l) => (
            <li key={l.id} className="upcoming-item">
              <span className="upcoming-when">{l.when}</span>
              <span className="upcoming-what">
                <PersonLink person={l.person} /> <span className={l.birthday ? 'birthday-mark' : undefined}>{l.what}</span>
              </span>
              <span className="upcoming-account muted">{l.person.accountName}</span>
            </li>
          ))}
        </ul>
      )}
      <Link href="/notebook" className="button-link upcoming-open">
        {lines.length > CARD_LINES ? t('notebook.card.more', { count: lines.length - CARD_LINES }) : t('notebook.card.open')} →
      </Link>
    </aside>
  );
}
