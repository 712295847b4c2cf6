import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findingKey, type Finding } from '../../../../shared/logic/coverage';
import { formatDate } from '../../../../shared/logic/date-text';
import { reviewDue } from '../../../../shared/logic/history/cadence';
import { recordedStates, recordReview } from '../../../../shared/logic/history/review-record';
import { movesOf, nothingMoved, sinceLastReview } from '../../../../shared/logic/history/since-review';
import { ChartPatch } from '../../../../shared/model/chart-patch';
import { newId } from '../../../../shared/model/ids';
import { REVIEW_CADENCES, type ReviewCadence, type ReviewNotes } from '../../../../shared/model/review';
import { currentLanguage } from '../../app/i18n';
import { refusalOf } from '../../app/refusal';
import { useApp } from '../../app/store';
import { localToday } from '../../ui/format';
import { useChart } from '../canvas/chart-store';
import { describe } from '../findings/describe';
import { moveText, opportunityText, resolvedText } from './review-text';
import './review.css';

const NOTE_KEYS = ['changed', 'learned', 'decided'] as const;
const EMPTY_NOTES: ReviewNotes = { changed: '', learned: '', decided: '' };

/** A titled group of the since-last-review list; nothing shown when it has no items. */
function Group({ title, items, testId }: { title: string; items: { key: string; text: React.ReactNode }[]; testId: string }) {
  if (!items.length) return null;
  return (
    <section className="review-group" data-testid={testId}>
      <h3>
        {title} <span className="count">{items.length}</span>
      </h3>
      <ul>
        {items.map((i) => (
          <li key={i.key}>{i.text}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * "Review the account": what moved since the last review, grouped; the rep's three notes; Save
 * records the review (one undo step). Past reviews are listed, each openable read-only.
 */
export function ReviewView() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const account = useChart((s) => s.account)!;
  const settings = useApp((s) => s.info?.settings);
  const staleMotiveDays = settings?.staleMotiveDays;
  const today = localToday();
  const [notes, setNotes] = useState<ReviewNotes>(EMPTY_NOTES);
  const [opened, setOpened] = useState<string | null>(null);
  const since = useMemo(() => sinceLastReview(account, today, { staleMotiveDays }), [account, today, staleMotiveDays]);
  const states = useMemo(() => recordedStates(account.reviews), [account.reviews]);
  const due = reviewDue(account, today);
  const say = (f: Finding) => describe(f, account, t, lang);
  const date = (d: string) => formatDate(d, lang);

  const apply = (fields: ChartPatch['fields']): boolean => {
    const parsed = ChartPatch.safeParse({ fields });
    if (!parsed.success) {
      useApp.getState().toast({ kind: 'error', message: refusalOf(parsed.error) });
      return false;
    }
    return 'step' in useChart.getState().apply(parsed.data);
  };
  const save = () => {
    const review = recordReview(
      account,
      { id: newId('rv'), date: today, at: new Date().toISOString(), by: settings?.preparedBy ?? '', notes },
      { staleMotiveDays },
    );
    if (!apply({ reviews: [...account.reviews, review] })) return;
    setNotes(EMPTY_NOTES);
    useApp.getState().toast({ kind: 'info', message: t('review.saved', { date: date(today) }) });
  };

  const first = since.last === null;
  const dir = (d: 'up' | 'down' | 'changed') => (
    <span
      className={`review-dir review-dir-${d}`}
      aria-label={t(`review.directionLabel.${d}`)}
      title={t(`review.directionLabel.${d}`)}
    >
      {d === 'up' ? '▲' : d === 'down' ? '▼' : '•'}
    </span>
  );
  const past = [...states].reverse();
  const openedIndex = states.findIndex((s) => s.review.id === opened);

  return (
    <div className="review-view" data-testid="review">
      <div className="review-head">
        <h2>{t('review.title')}</h2>
        <span className="muted">{due.last ? t('review.lastOn', { date: date(due.last) }) : t('review.never')}</span>
        {due.due && (
          <span className="badge badge-review-due" data-testid="review-due">
            {t('review.due')}
          </span>
        )}
        {!due.due && due.dueOn && <span className="muted">{t('review.dueOn', { date: date(due.dueOn) })}</span>}
        <span className="spacer" />
        <label className="review-cadence">
          {t('review.cadence')}{' '}
          <select value={account.reviewCadence} onChange={(e) => apply({ reviewCadence: e.target.value as ReviewCadence })}>
            {REVIEW_CADENCES.map((c) => (
              <option key={c} value={c}>
                {t(`review.cadences.${c}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="review-columns">
        <div className="review-since" data-testid="review-since">
          <h3 className="review-since-title">
            {first ? t('review.first') : t('review.since', { date: date(since.last!.date) })}
          </h3>
          {!first && nothingMoved(since) && <p className="muted">{t('review.nothing')}</p>}
          <Group
            title={t('review.groups.joined')}
            testId="review-joined"
            items={since.joined.map((p) => ({
              key: p.id,
              text: (
                <>
                  <strong>{p.name}</strong> <span className="muted">{p.title}</span>
                </>
              ),
            }))}
          />
          <Group
            title={t('review.groups.left')}
            testId="review-left"
            items={since.left.map((p) => ({
              key: p.id,
              text: (
                <>
                  <strong>{p.name}</strong> <span className="muted">{p.title}</span>
                </>
              ),
            }))}
          />
          <Group
            title={t('review.groups.moved')}
            testId="review-moved"
            items={since.moved.map((m) => ({
              key: m.person.id,
              text: (
                <>
                  <strong>{m.person.name}</strong>{' '}
                  {m.moves.map((x) => (
                    <span key={x.field} className="review-move">
                      {dir(x.direction)} {moveText(x, account.competitors, t, lang)}
                    </span>
                  ))}
                </>
              ),
            }))}
          />
          <Group
            title={first ? t('review.groups.openRisks') : t('review.groups.newRisks')}
            testId="review-new-risks"
            items={since.newRisks.map((f) => ({ key: findingKey(f), text: say(f) }))}
          />
          <Group
            title={t('review.groups.resolvedRisks')}
            testId="review-resolved"
            items={since.resolvedRisks.map((r) => ({ key: r.key, text: resolvedText(r, account.actions, t) }))}
          />
          <Group
            title={t('review.groups.actionsDone')}
            testId="review-done"
            items={since.actionsDone.map((a) => ({
              key: a.id,
              text: (
                <>
                  {a.text} <span className="muted">{date(a.statusDate)}</span>
                </>
              ),
            }))}
          />
          <Group
            title={t('review.groups.actionsOverdue')}
            testId="review-overdue"
            items={since.actionsOverdue.map((a) => ({
              key: a.id,
              text: (
                <>
                  {a.text} <span className="muted">{date(a.due)}</span>
                </>
              ),
            }))}
          />
          <Group
            title={t('review.groups.opportunities')}
            testId="review-opportunities"
            items={since.opportunities.map((o) => ({
              key: o.id,
              text: (
                <>
                  <strong>{o.name}</strong> {opportunityText(o, t, lang)}
                </>
              ),
            }))}
          />
        </div>
        <div className="review-side">
          <form
            className="review-notes"
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            {NOTE_KEYS.map((k) => (
              <label key={k} className="field">
                <span className="field-label">{t(`review.notes.${k}`)}</span>
                <textarea
                  value={notes[k]}
                  maxLength={4000}
                  rows={3}
                  onChange={(e) => setNotes({ ...notes, [k]: e.target.value })}
                />
              </label>
            ))}
            <button type="submit" className="button button-primary">
              {t('review.save')}
            </button>
          </form>
          <section className="review-past" data-testid="review-past">
            <h3>{t('review.past')}</h3>
            {past.length === 0 && <p className="muted">{t('review.noPast')}</p>}
            <ul>
              {past.map((s) => (
                <li key={s.review.id}>
                  <button
                    type="button"
                    className={`review-past-item${opened === s.review.id ? ' active' : ''}`}
                    onClick={() => setOpened(opened === s.review.id ? null : s.review.id)}
                    aria-expanded={opened === s.review.id}
                  >
                    <strong>{date(s.review.date)}</strong>
                    {s.review.by && <span className="muted"> {t('review.by', { name: s.review.by })}</span>}
                    <span className="review-past-note">
                      {s.review.notes.changed || s.review.notes.learned || s.review.notes.decided}
                    </span>
                  </button>
                  {opened === s.review.id && (
                    <div className="review-past-detail" data-testid="review-past-detail">
                      <p className="muted small">{t('review.recorded', { people: s.people.size, risks: s.risks.size })}</p>
                      {NOTE_KEYS.map((k) =>
                        s.review.notes[k] ? (
                          <p key={k}>
                            <span className="field-label">{t(`review.notes.${k}`)}</span>
                            <br />
                            {s.review.notes[k]}
                          </p>
                        ) : null,
                      )}
                      {openedIndex > 0 &&
                        [...s.people.values()].flatMap((p) => {
                          const was = states[openedIndex - 1]!.people.get(p.id);
                          const moves = was ? movesOf(was, p) : [];
                          return moves.length
                            ? [
                                <p key={p.id} className="small">
                                  <strong>{p.name}</strong>{' '}
                                  {moves.map((x) => (
                                    <span key={x.field} className="review-move">
                                      {dir(x.direction)} {moveText(x, account.competitors, t, lang)}
                                    </span>
                                  ))}
                                </p>,
                              ]
                            : [];
                        })}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
