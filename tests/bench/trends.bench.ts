import { addDays } from '../../shared/logic/dates';
import { stateOfPerson, statesOverTime, type AccountState } from '../../shared/logic/history/states';
import { accountTrend, heatMatrix, personTimeline } from '../../shared/logic/history/trends';
import type { Account } from '../../shared/model/account';
import { ATTITUDES, RELATIONSHIP_STAGES } from '../../shared/taxonomy/keys';
import { generateOrgAccount } from '../support/org-generator';
import { weeklyReviews } from './reviews.bench';
import { median, quantile, type BenchResult } from './stats';

const PEOPLE = 300;
const WEEKS = 156;
const ROUNDS = 41;
/** The budget for the account's trend data (a fixed number, not a measurement). */
const BUDGET_MS = 100;

/**
 * Three years of weekly states of a 300-person account, as reviews will record them: every week
 * some people move (attitude, stage, closeness), a few leave and others join, the risk count drifts.
 * Made by hand from the generated account, so the bench does not wait for the reviews themselves.
 */
function weeklyStates(account: Account, today: string): AccountState[] {
  const base = account.people.filter((p) => !p.placeholder).map(stateOfPerson);
  return Array.from({ length: WEEKS }, (_, w) => {
    const people: AccountState['people'] = {};
    for (const [i, p] of base.entries()) {
      // A tenth of the people arrive over the three years, another tenth leave.
      if (i % 10 === 0 && w < (i * WEEKS) / base.length) continue;
      if (i % 10 === 5 && w > (i * WEEKS) / base.length) continue;
      const k = (i + w) % 7;
      people[p.id] = {
        ...p,
        attitude: k === 0 ? ATTITUDES[(i + w) % 5]! : p.attitude,
        stage: RELATIONSHIP_STAGES[Math.min(4, Math.floor((w * 5) / WEEKS + (i % 2)))]!,
        closeness: k < 3 ? 1 + ((i + w) % 5) : p.closeness,
      };
    }
    const source: AccountState['source'] = w === WEEKS - 1 ? { kind: 'now' } : { kind: 'review', id: `r${w}` };
    return { date: addDays(today, (w - WEEKS + 1) * 7), source, people, openRisks: 20 + ((w * 7) % 13) };
  });
}

/**
 * The account's trend data (what the Trends tab and the briefing's trend pages compute) from 156
 * weekly states of a 300-person account: the account's series and the coverage heat matrix,
 * against the budget of 100 ms. Every person's timeline over the same states is a figure
 * (the panel computes one at a time).
 */
export async function trendsBench(): Promise<BenchResult> {
  const today = '2026-12-07';
  const account = generateOrgAccount({ people: PEOPLE, seed: 18, name: 'Bench trends' });
  const states = weeklyStates(account, today);
  const personStates = states.reduce((n, s) => n + Object.keys(s.people).length, 0);
  // The same account with three years of weekly reviews as part A records them: the tab's whole
  // work, reading the states back from the reviews included.
  const reviewed = weeklyReviews(account, WEEKS, 'Weekly review');
  const fromReviews: number[] = [];
  const tab: number[] = [];
  const timelines: number[] = [];
  let points = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let t = performance.now();
    const recorded = statesOverTime(reviewed, today);
    const series = accountTrend(recorded);
    heatMatrix(reviewed);
    fromReviews.push(performance.now() - t);
    if (series.points.length !== WEEKS + 1)
      throw new Error(`The trend from reviews has ${series.points.length} points, not ${WEEKS + 1}`);
    t = performance.now();
    const trend = accountTrend(states);
    const matrix = heatMatrix(account);
    tab.push(performance.now() - t);
    points = trend.points.length;
    if (matrix.rows.length === 0) throw new Error('The heat matrix has no rows');
    t = performance.now();
    for (const p of account.people) personTimeline(p.id, p, states);
    timelines.push(performance.now() - t);
  }
  if (points !== WEEKS) throw new Error(`The trend has ${points} points, not one per state (${WEEKS})`);
  return {
    name: `trend data (${WEEKS} weekly states of a ${PEOPLE}-person account, ${personStates} person states)`,
    ratios: [
      {
        label: `from ${WEEKS} recorded reviews: states read back + account trend + heat matrix (p95)`,
        measured: quantile(fromReviews, 0.95),
        reference: BUDGET_MS,
        referenceName: `the issue’s budget: under ${BUDGET_MS} ms (fixed, not measured)`,
        unit: 'ms',
        target: 1,
        strict: true,
      },
      {
        label: 'account trend + heat matrix over hand-made states (p95)',
        measured: quantile(tab, 0.95),
        reference: BUDGET_MS,
        referenceName: `the issue’s budget: under ${BUDGET_MS} ms (fixed, not measured)`,
        unit: 'ms',
        target: 1,
        strict: true,
      },
    ],
    figures: [
      { label: 'account trend + heat matrix p50 / max', value: `${median(tab).toFixed(2)} / ${Math.max(...tab).toFixed(2)} ms` },
      {
        label: `every person's timeline (${PEOPLE}) p50 / max`,
        value: `${median(timelines).toFixed(1)} / ${Math.max(...timelines).toFixed(1)} ms`,
      },
    ],
    notes: [
      'The first ratio reads the states back from 156 weekly reviews recorded as the app records them (tests/bench/reviews.bench.ts); the second runs the series over states made by hand, with more movement per week.',
    ],
  };
}
