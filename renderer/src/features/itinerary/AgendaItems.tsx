import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDay, formatDays } from '../../../../shared/logic/itinerary/format';
import type { AgendaBirthday, AgendaPerson, AgendaTrip } from '../../../../shared/model/agenda';
import { currentLanguage } from '../../app/i18n';

/** Where a person's panel opens: their account's chart with them selected. */
export const personHref = (p: Pick<AgendaPerson, 'accountId' | 'personId'>) => `/accounts/${p.accountId}/people/${p.personId}`;

/** The person's name as a link to them, with the key-person star. */
export function PersonLink({ person }: { person: AgendaPerson }) {
  const { t } = useTranslation();
  const name = person.placeholder ? `${person.personName} (${t('notebook.nameUnknown')})` : person.personName;
  return (
    <span className="agenda-person">
      <Link href={personHref(person)} className="agenda-person-link" title={t('notebook.openPerson', { name: person.personName, account: person.accountName })}>
        {name}
      </Link>
      {person.keyPerson && (
        <span className="key-star" title={t('notebook.keyPerson')} aria-label={t('notebook.keyPerson')} role="img">
          ★
        </span>
      )}
    </span>
  );
}

/** One trip: who, where, when, how and why, and the account. */
export const TripItem = memo(function TripItem({ entry, windowStart }: { entry: AgendaTrip; windowStart: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { trip } = entry;
  const when =
    entry.start < windowStart
      ? `${t('notebook.underWay', { date: formatDay(entry.start, lang) })} · ${t('notebook.until', { date: formatDay(entry.end, lang) })}`
      : entry.end > entry.start
        ? formatDays(entry.start, entry.end, lang)
        : t('notebook.oneDay');
  const details = [trip.purpose, trip.transport, trip.source && t('notebook.ics.line', { label: t('notebook.ics.source'), value: trip.source })].filter(Boolean);
  return (
    <li className="agenda-item" data-testid="agenda-trip">
      <div className="agenda-who">
        <PersonLink person={entry} />
        {entry.personTitle && <span className="agenda-title muted">{entry.personTitle}</span>}
      </div>
      <div className="agenda-what">
        <div>
          <span aria-hidden="true">→ </span>
          <strong className="agenda-city">{trip.city || trip.place}</strong>
          {trip.city && trip.place && <span className="muted"> · {trip.place}</span>}
          <span className="agenda-when"> · {when}</span>
        </div>
        {details.length > 0 && <div className="agenda-detail muted">{details.join(' · ')}</div>}
      </div>
      <div className="agenda-account muted">{entry.accountName}</div>
    </li>
  );
});

export const BirthdayItem = memo(function BirthdayItem({ entry }: { entry: AgendaBirthday }) {
  const { t } = useTranslation();
  return (
    <li className="agenda-item agenda-birthday" data-testid="agenda-birthday">
      <div className="agenda-who">
        <PersonLink person={entry} />
        {entry.personTitle && <span className="agenda-title muted">{entry.personTitle}</span>}
      </div>
      <div className="agenda-what">
        <span className="birthday-mark">
          {entry.age === null ? t('notebook.birthdayNoAge') : t('notebook.birthday', { age: entry.age })}
        </span>
      </div>
      <div className="agenda-account muted">{entry.accountName}</div>
    </li>
  );
});
