import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileDurable } from '../../electron/services/fs/durable-write';
import { serializeAccount } from '../../electron/services/store/account-file';
import { Workspace } from '../../electron/services/store/workspace';
import { addDays } from '../../shared/logic/dates';
import { recordReview } from '../../shared/logic/history/review-record';
import { sinceLastReview } from '../../shared/logic/history/since-review';
import { statesOverTime } from '../../shared/logic/history/states';
import { mergeAccount } from '../../shared/logic/sharing/merge';
import type { Account } from '../../shared/model/account';
import { ATTITUDES, RELATIONSHIP_STAGES } from '../../shared/taxonomy/keys';
import { syntheticAccount } from './fixtures';
import { median, pairedRatio, type BenchResult } from './stats';

const ROUNDS = 31;
/** The budget for "since the last review" on a 1,000-person account (a fixed number). */
const SINCE_BUDGET_MS = 50;
const FIRST_DAY = '2024-01-01';

/** Week `w`'s movement: three people's attitude and one person's stage change. */
function moved(a: Account, w: number): Account {
  const n = a.people.length;
  return {
    ...a,
    people: a.people.map((p, i) => {
      if (i === (w * 7) % n || i === (w * 13 + 1) % n || i === (w * 31 + 2) % n)
        return { ...p, attitude: ATTITUDES[(w + i) % 5]! };
      if (i === (w * 17 + 3) % n) return { ...p, relationship: { ...p.relationship, stage: RELATIONSHIP_STAGES[w % 5]! } };
      return p;
    }),
  };
}

/** `weeks` weekly reviews of the account, with movement between them; the account as it ends. */
export function weeklyReviews(start: Account, weeks: number, notes: string): Account {
  let a = start;
  for (let w = 0; w < weeks; w++) {
    if (w > 0) a = moved(a, w);
    const date = addDays(FIRST_DAY, w * 7);
    const review = recordReview(a, {
      id: `r${w}`,
      date,
      at: `${date}T09:00:00.000Z`,
      by: 'Li Na',
      notes: { changed: notes, learned: '', decided: '' },
    });
    a = { ...a, reviews: [...a.reviews, review] };
  }
  return a;
}

const bytesOf = (a: Account) => Buffer.byteLength(serializeAccount(a));

/**
 * Reviews (issue 18): "since the last review" on a 1,000-person account with a year of weekly
 * reviews, against the 50 ms; the file's growth per review of an unchanged 300-person
 * account (target 5% of the file); and saving a 300-person account holding three years of weekly
 * reviews (156) against a durable write of the same bytes (target 1.5x), with its open, merge and
 * trend data as figures.
 */
export async function reviewsBench(): Promise<BenchResult> {
  // 1. Since the last review, 1,000 people, 52 weekly reviews, then a week's movement.
  const big = moved(weeklyReviews(syntheticAccount(1, 1000), 52, 'Weekly review'), 99);
  const today = addDays(FIRST_DAY, 52 * 7);
  const since: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t = performance.now();
    sinceLastReview(big, today);
    since.push(performance.now() - t);
  }

  // 2. Growth of the file per review of an unchanged 300-person account.
  const plain = syntheticAccount(2, 300);
  const once = weeklyReviews(plain, 1, '');
  const twice = {
    ...once,
    reviews: [
      ...once.reviews,
      recordReview(once, {
        id: 'again',
        date: '2024-01-08',
        at: '2024-01-08T09:00:00.000Z',
        by: 'Li Na',
        notes: { changed: '', learned: '', decided: '' },
      }),
    ],
  };
  const plainBytes = bytesOf(plain);
  const firstGrowth = bytesOf(once) - plainBytes;
  const unchangedGrowth = bytesOf(twice) - bytesOf(once);

  // 3. Three years of weekly reviews of a 300-person account: save, open, merge, trend data.
  const years = weeklyReviews(syntheticAccount(3, 300), 156, 'What changed this week, what we learned and what we decided');
  const yearsBytes = bytesOf(years);
  const dir = await mkdtemp(join(tmpdir(), 'bidmap-bench-reviews-'));
  const saves: number[] = [];
  const direct: number[] = [];
  let openMs: number;
  try {
    await mkdir(join(dir, 'accounts'));
    await writeFile(join(dir, 'accounts', `${years.id}.json`), serializeAccount(years));
    const opened = performance.now();
    const ws = await Workspace.open(dir);
    openMs = performance.now() - opened;
    const reference = join(dir, 'reference.json');
    for (let round = 0; round < ROUNDS; round++) {
      ws.update(years.id, (a) => ({
        ...a,
        people: a.people.map((p, i) => (i === 7 ? { ...p, title: `Engineer ${round}` } : p)),
      }));
      const measureSave = async () => {
        const t = performance.now();
        await ws.saveNow(years.id);
        saves.push(performance.now() - t);
      };
      const measureDirect = async () => {
        const bytes = serializeAccount(ws.get(years.id));
        const t = performance.now();
        await writeFileDurable(reference, bytes);
        direct.push(performance.now() - t);
      };
      if (round % 2) {
        await measureSave();
        await measureDirect();
      } else {
        await measureDirect();
        await measureSave();
      }
    }
    await ws.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const mergeMs: number[] = [];
  const trendMs: number[] = [];
  const mine = weeklyReviews(years, 1, 'mine');
  for (let round = 0; round < 5; round++) {
    let t = performance.now();
    mergeAccount({ mine, theirs: years, base: years, level: 'team' });
    mergeMs.push(performance.now() - t);
    t = performance.now();
    statesOverTime(years, today);
    trendMs.push(performance.now() - t);
  }
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const budget = Array.from({ length: ROUNDS }, () => SINCE_BUDGET_MS);
  return {
    name: 'reviews (since the last review, file growth, three years of weekly reviews)',
    ratios: [
      pairedRatio('since the last review, 1,000 people, 52 reviews', since, budget, 'the issue’s budget of 50 ms', 'ms', 1),
      {
        label: 'file growth per unchanged review, 300 people',
        measured: unchangedGrowth,
        reference: plainBytes,
        referenceName: 'the account file without reviews (target: 5% of it)',
        unit: 'B',
        target: 0.05,
      },
      pairedRatio('save, 300 people with 156 weekly reviews', saves, direct, 'durable atomic write of the same bytes', 'ms', 1.5),
    ],
    figures: [
      { label: 'account file, 300 people, no review', value: kib(plainBytes) },
      {
        label: 'first review (the whole state)',
        value: `${kib(firstGrowth)} (${((firstGrowth / plainBytes) * 100).toFixed(1)}%)`,
      },
      {
        label: 'each later unchanged review',
        value: `${unchangedGrowth} B (${((unchangedGrowth / plainBytes) * 100).toFixed(2)}%)`,
      },
      {
        label: 'file with 156 weekly reviews',
        value: `${kib(yearsBytes)} (+${(((yearsBytes - plainBytes) / plainBytes) * 100).toFixed(0)}% over none)`,
      },
      { label: 'open that workspace', value: `${openMs.toFixed(0)} ms` },
      { label: 'merge it (both sides reviewed)', value: `${median(mergeMs).toFixed(0)} ms median of 5` },
      { label: 'statesOverTime of it (157 states)', value: `${median(trendMs).toFixed(1)} ms median of 5` },
    ],
    notes: [`rounds: ${ROUNDS}`],
  };
}
