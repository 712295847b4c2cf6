import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId, TEXT_MAX } from '../../../../shared/model/ids';
import type { ItineraryItem } from '../../../../shared/model/person';
import { BufferedText } from '../../ui/BufferedText';
import { DateField } from '../../ui/Fields';
import { localToday } from '../../ui/format';
import type { SectionProps } from './sections';

const TEXTS = ['city', 'place', 'transport', 'purpose', 'source'] as const;

/** The person's trips: who will be where, when, and who told us. */
export function ItinerarySection({ person: p, edit }: SectionProps) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<string | null>(null);
  const change = (id: string, c: Partial<ItineraryItem>, session?: string) =>
    edit((q) => ({ ...q, itinerary: q.itinerary.map((x) => (x.id === id ? { ...x, ...c } : x)) }), session && `trip.${id}.${Object.keys(c)[0]}:${session}`);
  const trips = [...p.itinerary].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return (
    <section>
      <div className="section-head">
        <span />
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            const id = newId('trip');
            if (edit((q) => ({ ...q, itinerary: [...q.itinerary, { id, from: localToday(), to: '', city: '', place: '', transport: '', purpose: '', source: '' }] }))) setAdded(id);
          }}
        >
          + {t('person.itinerary.add')}
        </button>
      </div>
      {trips.length === 0 && <p className="muted small">{t('person.itinerary.empty')}</p>}
      {trips.map((trip) => (
        <fieldset key={trip.id} className="record" data-testid="trip">
          <div className="section-grid">
            <DateField label={t('person.itinerary.from')} value={trip.from} onChange={(from) => from && change(trip.id, { from })} />
            <DateField label={t('person.itinerary.to')} value={trip.to} onChange={(to) => change(trip.id, { to })} />
            {TEXTS.map((key) => (
              <BufferedText key={key} label={t(`person.itinerary.${key}`)} value={trip[key]} autoFocus={key === 'city' && trip.id === added} maxLength={key === 'purpose' ? TEXT_MAX : key === 'city' ? 200 : 400} onCommit={(v, s) => change(trip.id, { [key]: v }, s)} />
            ))}
          </div>
          <button
            type="button"
            className="button button-small button-danger record-remove"
            aria-label={t('person.itinerary.remove')}
            title={t('person.itinerary.remove')}
            onClick={() => edit((q) => ({ ...q, itinerary: q.itinerary.filter((x) => x.id !== trip.id) }))}
          >
            ✕
          </button>
        </fieldset>
      ))}
    </section>
  );
}
