import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateRange } from '../../../../shared/logic/date-text';
import { newId, TEXT_MAX } from '../../../../shared/model/ids';
import { endsBeforeStart, type ItineraryItem, type Person } from '../../../../shared/model/person';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { BufferedText } from '../../ui/BufferedText';
import { DateField } from '../../ui/Fields';
import { localToday } from '../../ui/format';
import type { SectionProps } from './sections';

const TEXTS = ['city', 'place', 'transport', 'purpose', 'source'] as const;

/** The person's trips: who will be where, when, and who told us. */
export function ItinerarySection({ person: p, edit, commit }: SectionProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [added, setAdded] = useState<string | null>(null);
  const change = (id: string, c: Partial<ItineraryItem>, session?: string) => {
    const apply = (q: Person) => ({ ...q, itinerary: q.itinerary.map((x) => (x.id === id ? { ...x, ...c } : x)) });
    return session ? commit(apply, `trip.${id}.${Object.keys(c)[0]}:${session}`) : edit(apply);
  };
  /**
   * Removes a trip as one undoable edit (Ctrl/Cmd+Z) and says which, with Undo: that puts the
   * trip back into the person as they are now, so edits made since are kept.
   */
  const removeTrip = (trip: ItineraryItem) => {
    if (!edit((q) => ({ ...q, itinerary: q.itinerary.filter((x) => x.id !== trip.id) }))) return;
    const dates = formatDateRange(trip.from, trip.to, lang);
    useApp.getState().toast({
      kind: 'info',
      message: trip.city.trim()
        ? t('person.itinerary.removed', { city: trip.city.trim(), dates })
        : t('person.itinerary.removedNoCity', { dates }),
      action: {
        label: t('toasts.undo'),
        run: () =>
          void edit((q) => (q.itinerary.some((x) => x.id === trip.id) ? q : { ...q, itinerary: [...q.itinerary, trip] })),
      },
    });
  };
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
            <DateField
              required
              label={t('person.itinerary.from')}
              value={trip.from}
              onChange={(from) => change(trip.id, { from })}
              check={(from) =>
                endsBeforeStart(from, trip.to) ? t('dates.startAfterEnd', { end: formatDate(trip.to, lang) }) : null
              }
            />
            <DateField
              label={t('person.itinerary.to')}
              value={trip.to}
              onChange={(to) => change(trip.id, { to })}
              check={(to) =>
                endsBeforeStart(trip.from, to) ? t('dates.endBeforeStart', { start: formatDate(trip.from, lang) }) : null
              }
            />
            {TEXTS.map((key) => (
              <BufferedText key={key} label={t(`person.itinerary.${key}`)} value={trip[key]} autoFocus={key === 'city' && trip.id === added} maxLength={key === 'purpose' ? TEXT_MAX : key === 'city' ? 200 : 400} onCommit={(v, s) => change(trip.id, { [key]: v }, s)} />
            ))}
          </div>
          <button
            type="button"
            className="button button-small button-danger record-remove"
            aria-label={t('person.itinerary.remove')}
            title={t('person.itinerary.remove')}
            onClick={() => removeTrip(trip)}
          >
            ✕
          </button>
        </fieldset>
      ))}
    </section>
  );
}
