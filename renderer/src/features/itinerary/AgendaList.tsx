import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/logic/dates';
import { agendaDays } from '../../../../shared/logic/itinerary/agenda';
import { formatDay } from '../../../../shared/logic/itinerary/format';
import type { Agenda } from '../../../../shared/model/agenda';
import { currentLanguage } from '../../app/i18n';
import { ActionAgendaItem } from '../plan/ActionAgendaItem';
import { ReviewAgendaItem } from '../review/ReviewAgendaItem';
import { BirthdayItem, TripItem } from './AgendaItems';

/** The agenda by day: "Today", "Tomorrow", then each date, with its trips, birthdays, actions and reviews due. */
export function AgendaList({ agenda, today }: { agenda: Agenda; today: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const days = useMemo(() => agendaDays(agenda), [agenda]);
  const dayName = (date: string) => (date === today ? t('notebook.today') : date === addDays(today, 1) ? t('notebook.tomorrow') : '');
  return (
    <div className="agenda">
      {days.map((day) => {
        const name = dayName(day.date);
        return (
          <section key={day.date} className="agenda-day" aria-labelledby={`day-${day.date}`} data-date={day.date}>
            <h2 id={`day-${day.date}`} className="agenda-day-title">
              {name && <span className="agenda-day-name">{name}</span>}
              <span>{formatDay(day.date, lang, true)}</span>
            </h2>
            <ul className="agenda-items">
              {day.trips.map((e) => (
                <TripItem key={`${e.accountId}/${e.personId}/${e.trip.id}`} entry={e} windowStart={agenda.from} />
              ))}
              {day.birthdays.map((e) => (
                <BirthdayItem key={`${e.accountId}/${e.personId}/${e.date}`} entry={e} />
              ))}
              {day.actions.map((r) => (
                <ActionAgendaItem key={`${r.accountId}/${r.action.id}`} row={r} />
              ))}
              {day.reviews.map((r) => (
                <ReviewAgendaItem key={r.accountId} entry={r} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
