import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { addDays } from '../../shared/logic/dates';
import { formatDate } from '../../shared/logic/date-text';
import { launchApp } from '../support/launch';
import { colleagueRound } from '../support/sharing';

// Issue 17: a colleague's copy merged into the plan. The same field of an action changed on both
// sides is asked side by side, named as the action's field; an action serving someone their side
// removed is kept, and the preview says so.

const WORDS = {
  en: {
    dialog: 'Import henan-back.bidmap',
    field: 'Due',
    action: 'Action',
    theirs: 'Theirs',
    import: 'Import',
    kept: /serves? someone removed on one side/,
  },
  'zh-CN': {
    dialog: '导入 henan-back.bidmap',
    field: '截止日期',
    action: '行动',
    theirs: '对方的',
    import: '导入',
    kept: /涉及一方已删除的人员/,
  },
} as const;

for (const locale of ['en', 'zh-CN'] as const) {
  test(`an action's due date changed on both sides is asked side by side; an action on a person they removed is kept and said (${locale})`, async () => {
    test.setTimeout(90_000);
    const w = WORDS[locale];
    const folder = await mkdtemp(join(tmpdir(), 'bidmap-sharing-plan-'));
    const app = await launchApp({ demo: true, locale });
    try {
      const { page, session } = app;
      const sent = join(folder, 'henan.bidmap');
      app.host.answerSave(sent);
      const exported = await session.invoke('exportBidmap', { accountIds: ['henan'], level: 'full' });
      expect(exported.ok).toBe(true);

      const henan = session.workspace().get('henan');
      const action = henan.actions.find((a) => a.id === 'hn_x02')!;
      const zhou = henan.people.find((p) => p.id === action.personIds[0])!;
      const mineDue = addDays(action.due, 1);
      const theirsDue = addDays(action.due, 3);

      // The colleague moves the action to later and removes the person it serves.
      const back = join(folder, 'henan-back.bidmap');
      await colleagueRound(
        await mkdtemp(join(tmpdir(), 'bidmap-colleague-')),
        sent,
        'henan',
        (a) => ({
          fields: { actions: a.actions.map((x) => (x.id === action.id ? { ...x, due: theirsDue } : x)) },
          removePeople: [zhou.id],
          removeLinks: a.links.filter((l) => l.source === zhou.id || l.target === zhou.id).map((l) => l.id),
        }),
        back,
      );
      // Here, the same action moves by a day.
      const here = session.workspace().get('henan');
      await session.invoke('patchChart', {
        id: 'henan',
        patch: { fields: { actions: here.actions.map((x) => (x.id === action.id ? { ...x, due: mineDue } : x)) } },
      });
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');

      await app.openFile(back);
      const dialog = page.getByRole('dialog', { name: w.dialog });
      const row = dialog.getByRole('row', { name: `${w.action} ${action.text} · ${w.field}` });
      await expect(row).toContainText(formatDate(mineDue, locale));
      await expect(row).toContainText(formatDate(theirsDue, locale));
      const kept = dialog.locator('.import-actions-on-removed');
      await expect(kept.locator('summary')).toHaveText(w.kept);
      // Every action that serves him, each named with him.
      const his = henan.actions.filter((x) => x.personIds.includes(zhou.id));
      expect(his.length).toBeGreaterThan(1);
      await expect(kept.getByRole('listitem')).toHaveText(his.map((x) => `${w.action}: ${x.text} · ${zhou.name}`));
      await page.screenshot({ path: join(folder, `import-plan-${locale}.png`) });
      console.log(`screenshot: ${join(folder, `import-plan-${locale}.png`)}`);

      await row.getByRole('radio', { name: new RegExp(w.theirs) }).check();
      await dialog.getByRole('button', { name: w.import, exact: true }).click();
      await expect(dialog).toBeHidden();
      const merged = session.workspace().get('henan');
      expect(merged.actions.find((x) => x.id === action.id)).toMatchObject({ due: theirsDue, personIds: [zhou.id] });
      // Zhou was removed on their side only: kept here unless ticked.
      expect(merged.people.some((p) => p.id === zhou.id)).toBe(true);
    } finally {
      await app.close();
    }
  });
}
