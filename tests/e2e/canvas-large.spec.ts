import { expect, test } from '@playwright/test';
import type { Workspace } from '../../electron/services/store/workspace';
import { launchApp } from '../support/launch';
import { generateOrgAccount } from '../support/org-generator';
import { HomePage } from '../support/pages';

test.describe('a 1,000-person chart', () => {
  test('lays out, finds a Chinese name and highlights opponents', async () => {
    test.setTimeout(120_000);
    const org = generateOrgAccount({ people: 1000, seed: 7, id: 'big', name: 'Big Group' });
    const app = await launchApp();
    try {
      await app.seed([org]);
      const canvas = await new HomePage(app.page).openChart('Big Group');
      await expect(canvas.cards.first()).toBeVisible();

      // Layout: one command, saved for everyone, every manager above their people.
      await app.page.getByLabel('Lay out').selectOption('TB');
      const ws: Workspace = app.session.workspace();
      await expect.poll(() => Object.keys(ws.get('big').canvas.positions).length).toBe(1000);
      await canvas.saved();
      const laid = ws.get('big');
      const pos = laid.canvas.positions;
      for (const l of laid.links.filter((x) => x.kind === 'reportsTo' && !x.dotted)) expect(pos[l.target]!.y).toBeLessThan(pos[l.source]!.y);
      await app.page.keyboard.press('Control+z');
      await canvas.saved();
      expect(Object.keys(ws.get('big').canvas.positions)).toHaveLength(0);
      await app.page.keyboard.press('Control+Shift+z');
      await canvas.saved();

      // Find: a Chinese name deep in the tree is focused and marked.
      const unique = (name: string) => org.people.filter((p) => [p.name, p.title].some((s) => s.includes(name))).length === 1;
      const target = org.people.filter((p) => /[\u4e00-\u9fff]/.test(p.name) && unique(p.name)).at(-1)!;
      await app.page.keyboard.press('Control+f');
      await app.page.getByRole('searchbox', { name: 'Find on chart' }).fill(target.name);
      await expect(app.page.locator('.find-count')).toHaveText('1 of 1');
      const found = app.page.locator(`.react-flow__node[data-id="${target.id}"] .person-card`);
      await expect(found).toHaveClass(/found/);
      await expect(found).toBeInViewport();
      await app.page.keyboard.press('Escape');

      // Highlight: only opponents stay bright. Look at one (found by name) and its neighbours.
      const opponent = org.people.find((p) => p.attitude === 'opponent' && unique(p.name))!;
      await app.page.keyboard.press('Control+f');
      await app.page.getByRole('searchbox', { name: 'Find on chart' }).fill(opponent.name);
      await app.page.keyboard.press('Escape');
      const opponents = org.people.filter((p) => p.attitude === 'opponent').length;
      await app.page.getByLabel('Highlight').selectOption('attitude:opponent');
      await expect(app.page.getByText(`${opponents} highlighted`)).toBeVisible();
      await expect(app.page.locator(`.react-flow__node[data-id="${opponent.id}"] .person-card`)).not.toHaveClass(/dimmed/);
      const rendered = await app.page.locator('.react-flow__node-person').evaluateAll((nodes) =>
        nodes.map((n) => ({ id: n.getAttribute('data-id')!, dimmed: n.querySelector('.person-card')!.classList.contains('dimmed') })),
      );
      expect(rendered.length).toBeGreaterThan(1);
      const attitude = new Map(org.people.map((p) => [p.id, p.attitude]));
      for (const card of rendered) expect(card.dimmed).toBe(attitude.get(card.id) !== 'opponent');
    } finally {
      await app.close();
    }
  });
});
