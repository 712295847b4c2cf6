import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/logic/dates';
import { filterAgenda, travellersOf } from '../../../../shared/logic/itinerary/agenda';
import { cityNamed } from '../../../../shared/logic/itinerary/cities';
import { formatDay } from '../../../../shared/logic/itinerary/format';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { EmptyState } from '../../ui/EmptyState';
import { AgendaList } from './AgendaList';
import { exportIcs } from './export-ics';
import { isFiltered, useNotebookFilters, windowOf } from './filters';
import { NotebookFilters } from './NotebookFilters';
import { useAgenda } from './useAgenda';

/** The itinerary notebook: who will be where, when, across every account. */
export function NotebookScreen() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const today = localIsoDate(new Date());
  const accounts = useApp((s) => s.accounts);
  const f = useNotebookFilters();
  const asked = windowOf(f, today);
  const range = 'window' in asked ? asked.window : null;
  const state = useAgenda(range, today);
  const agenda = state.status === 'ready' ? state.agenda : null;
  const { city, accountIds, keyOnly, actions, reviews } = f;
  const shown = useMemo(
    () => (agenda ? filterAgenda(agenda, { city, accountIds, keyOnly, actions, reviews }) : null),
    [agenda, city, accountIds, keyOnly, actions, reviews],
  );
  const cities = useMemo(() => [...new Set(agenda?.trips.map((e) => e.trip.city).filter(Boolean))].sort(), [agenda]);
  const count = shown ? shown.trips.length + shown.birthdays.length + shown.actions.length + shown.reviews.length : 0;

  return (
    <main className="notebook" aria-labelledby="notebook-title">
      <header className="page-header">
        <h1 id="notebook-title">{t('notebook.title')}</h1>
        <span className="muted notebook-intro">{t('notebook.intro')}</span>
        <div className="spacer" />
        <button type="button" className="button button-primary" disabled={!shown || count === 0} title={t('notebook.exportHelp')} onClick={() => shown && void exportIcs({ from: shown.from, to: shown.to, today }, { city, accountIds, keyOnly, actions, reviews })}>
          {t('notebook.exportIcs')}
        </button>
      </header>
      <NotebookFilters accounts={accounts} cities={cities} today={today} />

      {'problem' in asked ? (
        asked.problem !== 'incomplete' && (
          <p className="notebook-problem" role="alert">
            {t(`notebook.${asked.problem}`)}
          </p>
        )
      ) : state.status === 'failed' ? (
        <EmptyState title={t('errors.title')} body={state.message} />
      ) : !shown || !agenda ? (
        <p className="muted notebook-summary" role="status">
          {t('notebook.loading')}
        </p>
      ) : (
        <>
          <Summary shownFrom={shown.from} shownTo={shown.to} city={city} cities={cities} trips={shown.trips} birthdays={shown.birthdays.length} actions={shown.actions.length} reviews={shown.reviews.length} lang={lang} />
          {count > 0 ? (
            <AgendaList agenda={shown} today={today} />
          ) : agenda.trips.length + agenda.birthdays.length + agenda.actions.length + agenda.reviews.length === 0 || !isFiltered(f) ? (
            <EmptyState title={t('notebook.emptyTitle')} body={t('notebook.emptyBody')} />
          ) : (
            <EmptyState title={t('notebook.noMatchTitle')} body={t('notebook.noMatchBody')}>
              <button type="button" className="button" onClick={f.clear}>
                {t('notebook.clearFilters')}
              </button>
            </EmptyState>
          )}
        </>
      )}
    </main>
  );
}

/**
 * The line above the list. With a whole city name (in either language, or its pinyin) it is the
 * question "who will be in <city> between <from> and <to>?", the city as the UI's language writes
 * it, and its answer, names included; without, or with a city half typed, the dates and what they hold.
 */
function Summary(props: { shownFrom: string; shownTo: string; city: string; cities: readonly string[]; trips: Parameters<typeof travellersOf>[0]; birthdays: number; actions: number; reviews: number; lang: 'en' | 'zh-CN' }) {
  const { t } = useTranslation();
  const from = formatDay(props.shownFrom, props.lang);
  const to = formatDay(props.shownTo, props.lang);
  const named = cityNamed(props.city, props.cities, props.lang);
  if (named) {
    const people = travellersOf(props.trips);
    const names = people.map((p) => p.person.personName).join(props.lang === 'zh-CN' ? '、' : ', ');
    return (
      <p className="notebook-summary" role="status" data-testid="notebook-summary">
        <strong>{t('notebook.question', { city: named, from, to })}</strong>{' '}
        {people.length ? t('notebook.answer', { count: people.length, names }) : t('notebook.answerNone')}
      </p>
    );
  }
  return (
    <p className="notebook-summary muted" role="status" data-testid="notebook-summary">
      {t('notebook.range', { from, to })} · {t('notebook.trips', { count: props.trips.length })} · {t('notebook.birthdays', { count: props.birthdays })}
      {props.actions > 0 && ` · ${t('plan.notebook.count', { count: props.actions })}`}
      {props.reviews > 0 && ` · ${t('review.notebook.count', { count: props.reviews })}`}
    </p>
  );
}
