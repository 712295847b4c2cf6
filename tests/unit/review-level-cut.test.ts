import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { recordedStates, recordReview } from '../../shared/logic/history/review-record';
import type { Account } from '../../shared/model/account';
import { cli } from '../support/cli';
import { exportTo, openDesk } from '../support/sharing';
import { tempDir } from '../support/temp';

// Issue 18, part A: reviews (their notes and recorded states) and the review cadence are team
// level. A .bidmap written at map level holds none of them, in its bytes; team and full hold them;
// `bidmap show --json` prints them.

const NOTE = 'Luo softened after the reference visit: ask him to the second one';

describe('the level cut of reviews, in the bytes', () => {
  it('map holds no review and no cadence; team and full hold the review; show --json prints it', async () => {
    const dir = await tempDir();
    await writeDemoWorkspace(dir, 'en');
    const desk = await openDesk(dir);
    const ws = desk.session.workspace();
    // The demo's past reviews (dated before today, as the demo is built), and one more made today.
    const today = new Date().toISOString().slice(0, 10);
    const demoReviews = ws.get('henan').reviews.map((r) => r.id);
    expect(demoReviews.length).toBeGreaterThan(0);
    ws.update('henan', (a) => ({
      ...a,
      reviewCadence: 'fortnightly',
      reviews: [
        ...a.reviews,
        recordReview(a, {
          id: 'rv_1',
          date: today,
          at: `${today}T09:00:00.000Z`,
          by: 'Li Na',
          notes: { changed: '', learned: NOTE, decided: '' },
        }),
      ],
    }));
    await ws.saveNow('henan');
    const out = await tempDir();
    const bytes: Record<'map' | 'team' | 'full', string> = { map: '', team: '', full: '' };
    for (const level of ['map', 'team', 'full'] as const) {
      const file = join(out, `${level}.bidmap`);
      await exportTo(desk, file, ['henan'], level);
      bytes[level] = await readFile(file, 'utf8');
    }
    await desk.session.close();
    expect(bytes.map).not.toContain(NOTE);
    for (const id of [...demoReviews, 'rv_1']) expect(bytes.map).not.toContain(id);
    expect(bytes.map).not.toContain('fortnightly');
    const [map] = (JSON.parse(bytes.map) as { accounts: Account[] }).accounts;
    expect([map!.reviews, map!.reviewCadence]).toEqual([[], 'none']);
    for (const level of ['team', 'full'] as const) {
      expect(bytes[level], level).toContain(NOTE);
      const [a] = (JSON.parse(bytes[level]) as { accounts: Account[] }).accounts;
      expect(
        a!.reviews.map((r) => r.id),
        level,
      ).toEqual([...demoReviews, 'rv_1']);
      // Read back through its bases, the new review records everyone on the chart.
      expect(recordedStates(a!.reviews).at(-1)!.people.size, level).toBe(a!.people.filter((p) => !p.placeholder).length);
      expect(a!.reviewCadence, level).toBe('fortnightly');
    }
    const shown = await cli('show', 'henan', '--json', '--workspace', dir);
    expect(shown.code, shown.err).toBe(0);
    const stored = JSON.parse(shown.out) as Account;
    expect(stored.reviews.at(-1)!.notes.learned).toBe(NOTE);
  });
});
