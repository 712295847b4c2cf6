import { expect, test } from '@playwright/test';
import type { Workspace } from '../../electron/services/store/workspace';
import { directReports, subtreeSize } from '../../shared/logic/chart';
import { CARD_HEIGHT, CARD_WIDTH, layoutReportingTree } from '../../shared/logic/layout';
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
      await canvas.shown();

      // Layout: one command, saved for everyone, every manager above their people.
      await app.page.getByLabel('Lay out').selectOption('TB');
      const ws: Workspace = app.session.workspace();
      await expect.poll(() => Object.keys(ws.get('big').canvas.positions).length).toBe(1000);
      await canvas.saved();
      const laid = ws.get('big');
      const pos = laid.canvas.positions;
      for (const l of laid.links.filter((x) => x.kind === 'reportsTo' && !x.dotted))
        expect(pos[l.target]!.y).toBeLessThan(pos[l.source]!.y);
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
      // Closed only once found (and so brought into view), or Esc may close it before the search ran;
      // a wait, not a timing check: a loaded 2-core machine may take many seconds to find and pan.
      await expect(app.page.locator(`.react-flow__node[data-id="${opponent.id}"] .person-card`)).toHaveClass(/found/, {
        timeout: 50_000,
      });
      await app.page.keyboard.press('Escape');
      const opponents = org.people.filter((p) => p.attitude === 'opponent').length;
      await app.page.getByLabel('Highlight').selectOption('attitude:opponent');
      await expect(app.page.getByText(`${opponents} highlighted`)).toBeVisible();
      await expect(app.page.locator(`.react-flow__node[data-id="${opponent.id}"] .person-card`)).not.toHaveClass(/dimmed/);
      const rendered = await app.page.locator('.react-flow__node-person').evaluateAll((nodes) =>
        nodes.map((n) => ({
          id: n.getAttribute('data-id')!,
          dimmed: n.querySelector('.person-card')!.classList.contains('dimmed'),
        })),
      );
      expect(rendered.length).toBeGreaterThan(1);
      const attitude = new Map(org.people.map((p) => [p.id, p.attitude]));
      for (const card of rendered) expect(card.dimmed).toBe(attitude.get(card.id) !== 'opponent');
    } finally {
      await app.close();
    }
  });

  test('far out, cards are plain blocks; the overview draws a few shapes and moves the view; fitting shows every card', async () => {
    test.setTimeout(120_000);
    const org = generateOrgAccount({ people: 1000, seed: 3, id: 'wide', name: 'Wide Group' });
    const small = generateOrgAccount({ people: 300, seed: 4, id: 'mid', name: 'Mid Group' });
    const staff = directReports(small.links);
    const named = (name: string) => small.people.filter((p) => p.name.includes(name) || p.title.includes(name)).length;
    // The head of the second-biggest team (the biggest is the whole company), folded at the start.
    const head = small.people
      .filter((p) => staff.has(p.id))
      .sort((a, b) => subtreeSize(staff, b.id) - subtreeSize(staff, a.id))[1]!;
    const member = small.people.find((p) => staff.get(head.id)!.includes(p.id) && named(p.name) === 1)!;
    small.canvas.collapsed = [head.id];
    const app = await launchApp();
    try {
      await app.seed([org, small]);
      const page = app.page;
      const canvas = await new HomePage(page).openChart('Wide Group');
      await canvas.shown();
      const viewport = page.locator('.react-flow__viewport');
      const zoom = async () => Number(/scale\(([\d.]+)\)/.exec((await viewport.getAttribute('style')) ?? '')?.[1]);

      // The whole chart is in view far out: names would be specks, so cards are blocks without text,
      // drawn on one canvas layer instead of a DOM node each.
      expect(await zoom()).toBeLessThan(0.22);
      await expect(page.locator('.canvas')).toHaveClass(/\bblocks\b/);
      await expect(canvas.layer).toBeVisible();
      await expect(canvas.cards).toHaveCount(0);
      // Only the cards in view are drawn, never all 1,000.
      const drawn = Number(await canvas.layer.getAttribute('data-people'));
      expect(drawn).toBeGreaterThan(0);
      expect(drawn).toBeLessThan(1000);
      // Pointing at a block names its person and mounts that one card, a plain block without text.
      const places = layoutReportingTree(
        org.people.map((p) => p.id),
        org.links,
      );
      const pointed = org.people.find((p) => Math.abs(places.get(p.id)!.x) < 2000)!;
      const at = places.get(pointed.id)!;
      const spot = await canvas.screenPoint({ x: at.x + 110, y: at.y + 48 });
      await page.mouse.move(spot.x, spot.y);
      await expect(page.getByTestId('hover-name')).toContainText(pointed.name);
      await expect(canvas.cards).toHaveCount(1);
      await expect(canvas.cards.first()).toHaveAttribute('data-id', pointed.id);
      await expect(canvas.cards.first().locator('.person-card')).toHaveClass(/\bblock\b/);
      await expect(canvas.cards.locator('.far-name')).toHaveCount(0);
      await page.mouse.move(spot.x, spot.y - 150);
      await expect(page.getByTestId('hover-name')).toBeHidden();
      await expect(canvas.cards).toHaveCount(0);

      // The overview: one shape per attitude colour (and the window), not one per person.
      const overview = page.getByRole('img', { name: /Overview of the whole chart/ });
      await expect(overview).toBeVisible();
      expect(await overview.locator('path').count()).toBeLessThanOrEqual(7);
      const before = await viewport.getAttribute('style');
      const box = (await overview.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      await expect(viewport).not.toHaveAttribute('style', before ?? '');

      // Zoomed in, the names come back.
      await expect
        .poll(
          async () => {
            await page.getByRole('button', { name: 'Zoom in' }).click();
            return zoom();
          },
          // From the lowest zoom it takes a dozen clicks.
          { intervals: [100], timeout: 20_000 },
        )
        .toBeGreaterThan(0.22);
      await expect(page.locator('.canvas')).not.toHaveClass(/\bblocks\b/);
      await expect(canvas.cards.locator('.far-name').first()).toBeVisible();

      // Find reaches into a folded team: it unfolds the team and centres the person found. Then
      // fitting (the Controls button) frames every card, also those of the team never drawn yet.
      await page.getByRole('link', { name: 'Back to accounts' }).click();
      await new HomePage(page).openChart('Mid Group');
      await expect(page.locator(`.react-flow__node[data-id="${member.id}"]`)).toHaveCount(0);
      await page.keyboard.press('Control+f');
      await page.getByRole('searchbox', { name: 'Find on chart' }).fill(member.name);
      const memberCard = page.locator(`.react-flow__node[data-id="${member.id}"]`);
      await expect(memberCard.locator('.person-card')).toHaveClass(/found/);
      await expect(memberCard).toBeInViewport();
      await expect.poll(zoom).toBeGreaterThanOrEqual(0.9);
      await page.keyboard.press('Escape');
      await expect.poll(() => canvas.cards.count()).toBeLessThan(300);
      await page.getByRole('button', { name: 'Fit the chart to the window' }).click();
      // That far out the cards are blocks on the canvas layer: all 300 drawn, each wholly in the pane.
      await expect.poll(async () => Number(await canvas.layer.getAttribute('data-people'))).toBe(300);
      const mid = app.session.workspace().get('mid');
      const laid = layoutReportingTree(
        mid.people.map((p) => p.id),
        mid.links,
      );
      const outside = async () => {
        const view = await canvas.view();
        return mid.people.filter((p) => {
          const at = mid.canvas.positions[p.id] ?? laid.get(p.id)!;
          const [x0, y0] = [view.pane.x + at.x * view.zoom + view.x, view.pane.y + at.y * view.zoom + view.y];
          const [x1, y1] = [x0 + CARD_WIDTH * view.zoom, y0 + CARD_HEIGHT * view.zoom];
          return (
            x0 < view.pane.x - 1 ||
            y0 < view.pane.y - 1 ||
            x1 > view.pane.x + view.pane.width + 1 ||
            y1 > view.pane.y + view.pane.height + 1
          );
        }).length;
      };
      await expect.poll(outside).toBe(0);
    } finally {
      await app.close();
    }
  });
});
