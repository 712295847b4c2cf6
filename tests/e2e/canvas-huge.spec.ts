import { expect, test, type Page } from '@playwright/test';
import { CARD_HEIGHT, CARD_WIDTH, layoutReportingTree } from '../../shared/logic/layout';
import type { Account } from '../../shared/model/account';
import { launchApp } from '../support/launch';
import { generateOrgAccount } from '../support/org-generator';
import { HomePage, type CanvasPage } from '../support/pages';

// Big charts stay usable: far out the cards are blocks on one canvas layer, and everything a user
// does there (find, highlight, point, click, right-click, pan) works on them.

const TEXT = {
  en: {
    find: 'Find on chart',
    count: '1 of 1',
    highlight: 'Highlight',
    highlighted: (n: number) => `${n} highlighted`,
    fit: 'Fit the chart to the window',
    copied: (n: number) => `Copied ${n} people.`,
  },
  'zh-CN': {
    find: '在结构图中查找',
    count: '第 1 个，共 1 个',
    highlight: '突出显示',
    highlighted: (n: number) => `突出显示 ${n} 人`,
    fit: '使结构图适应窗口',
    copied: (n: number) => `已复制 ${n} 人。`,
  },
} as const;

/** One pixel of the canvas layer at a screen point: [r, g, b, a]. */
async function layerPixel(page: Page, at: { x: number; y: number }): Promise<number[]> {
  return page.getByTestId('chart-layer').evaluate((el, at) => {
    const canvas = el as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const data = canvas
      .getContext('2d')!
      .getImageData(Math.floor((at.x - box.left) * scale), Math.floor((at.y - box.top) * scale), 1, 1).data;
    return [...data];
  }, at);
}

/** The people whose whole card is on screen away from the panels, nearest the middle of the pane first. */
async function onScreen(canvas: CanvasPage, org: Account, places: ReadonlyMap<string, { x: number; y: number }>) {
  // Where blocks are is read from the view, so the view must have stopped moving (a fit animates).
  await canvas.settled();
  const v = await canvas.view();
  const middle = { x: v.pane.x + v.pane.width / 2, y: v.pane.y + v.pane.height / 2 };
  return org.people
    .map((p) => {
      const at = places.get(p.id)!;
      const left = v.pane.x + at.x * v.zoom + v.x;
      const top = v.pane.y + at.y * v.zoom + v.y;
      const centre = { x: left + (CARD_WIDTH * v.zoom) / 2, y: top + (CARD_HEIGHT * v.zoom) / 2 };
      return { person: p, centre, d: Math.hypot(centre.x - middle.x, centre.y - middle.y) };
    })
    .filter(
      ({ centre }) =>
        centre.x > v.pane.x + 250 &&
        centre.x < v.pane.x + v.pane.width - 250 &&
        centre.y > v.pane.y + 150 &&
        centre.y < v.pane.y + v.pane.height - 150,
    )
    .sort((a, b) => a.d - b.d);
}

for (const { people, locale } of [
  { people: 3000, locale: 'zh-CN' },
  { people: 10000, locale: 'en' },
] as const) {
  test(`${people.toLocaleString('en')} people (${locale}): far out on one canvas; finds a Chinese name, highlights opponents, names, selects, drags and opens the menu of a block, box-selects, pans`, async () => {
    test.setTimeout(240_000);
    const text = TEXT[locale];
    const org = generateOrgAccount({ people, seed: 5, id: 'huge', name: `Huge Group ${people}` });
    const places = layoutReportingTree(
      org.people.map((p) => p.id),
      org.links,
    );
    const unique = (name: string) => org.people.filter((p) => [p.name, p.title].some((s) => s.includes(name))).length === 1;
    const app = await launchApp({ locale });
    try {
      await app.seed([org]);
      const { page } = app;
      const canvas = await new HomePage(page).openChart(org.name);
      await canvas.shown();

      // Opened far out: the people in view are drawn on the layer, none is a DOM card.
      expect(await canvas.zoom()).toBeLessThan(0.22);
      await expect(canvas.layer).toBeVisible();
      await expect(canvas.cards).toHaveCount(0);
      const drawn = Number(await canvas.layer.getAttribute('data-people'));
      expect(drawn).toBeGreaterThan(100);
      expect(drawn).toBeLessThan(people);

      // Find: a Chinese name deep in the tree is centred close up and marked.
      const target = org.people.filter((p) => /[\u4e00-\u9fff]/.test(p.name) && unique(p.name)).at(-1)!;
      await page.keyboard.press('Control+f');
      await page.getByRole('searchbox', { name: text.find }).fill(target.name);
      await expect(page.locator('.find-count')).toHaveText(text.count);
      const found = page.locator(`.react-flow__node[data-id="${target.id}"] .person-card`);
      await expect(found).toHaveClass(/found/);
      await expect(found).toBeInViewport();
      await page.keyboard.press('Escape');

      // Highlight: only opponents stay bright, on the cards close up ...
      const opponents = org.people.filter((p) => p.attitude === 'opponent').length;
      await page.getByLabel(text.highlight, { exact: true }).selectOption('attitude:opponent');
      await expect(page.getByText(text.highlighted(opponents))).toBeVisible();
      const attitude = new Map(org.people.map((p) => [p.id, p.attitude]));
      const rendered = await canvas.cards.evaluateAll((nodes) =>
        nodes.map((n) => ({
          id: n.getAttribute('data-id')!,
          dimmed: n.querySelector('.person-card')!.classList.contains('dimmed'),
        })),
      );
      expect(rendered.length).toBeGreaterThan(0);
      for (const card of rendered) expect(card.dimmed).toBe(attitude.get(card.id) !== 'opponent');

      // ... and on the blocks far out: an opponent's block in its full colour, anyone else's faint.
      await page.getByRole('button', { name: text.fit }).click();
      await expect.poll(() => canvas.zoom()).toBeLessThan(0.22);
      await expect(canvas.layer).toBeVisible();
      // No card in the DOM but, if it is in view, the match Find selected (a small selection stays focusable).
      for (const id of await canvas.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-id'))))
        expect(id).toBe(target.id);
      const inView = await onScreen(canvas, org, places);
      const opponent = inView.find((c) => c.person.attitude === 'opponent')!;
      const other = inView.find((c) => c.person.attitude === 'champion')!;
      const OPPONENT = [0xdc, 0x26, 0x26, 255].join();
      const CHAMPION = [0x15, 0x80, 0x3d, 255].join();
      await expect.poll(async () => (await layerPixel(page, opponent.centre)).join()).toBe(OPPONENT);
      expect((await layerPixel(page, other.centre)).join()).not.toBe(CHAMPION);
      // Everyone again: the champion's block is in its full colour too.
      await page.getByLabel(text.highlight, { exact: true }).selectOption('');
      await expect.poll(async () => (await layerPixel(page, other.centre)).join()).toBe(CHAMPION);
      await page.getByLabel(text.highlight, { exact: true }).selectOption('attitude:opponent');
      await expect.poll(async () => (await layerPixel(page, other.centre)).join()).not.toBe(CHAMPION);

      // Pointing at a block names the person; a click selects them and opens their panel.
      await page.mouse.move(opponent.centre.x, opponent.centre.y);
      await expect(page.getByTestId('hover-name')).toContainText(opponent.person.name);
      await page.mouse.click(opponent.centre.x, opponent.centre.y);
      await expect(page.getByTestId('person-panel').getByRole('heading', { name: opponent.person.name })).toBeVisible();
      await expect(page.locator(`.react-flow__node.selected[data-id="${opponent.person.id}"]`)).toHaveCount(1);
      // The keyboard goes into the panel (I) and back to the card (Esc), the card mounted to take it.
      await page.mouse.move(opponent.centre.x, opponent.centre.y - 200);
      await page.keyboard.press('i');
      await expect(page.getByTestId('person-panel').getByRole('tab', { selected: true })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('person-panel')).toBeHidden();
      await expect(page.locator(`.react-flow__node[data-id="${opponent.person.id}"]`)).toBeFocused();
      await page.mouse.click(opponent.centre.x, opponent.centre.y);
      await expect(page.getByTestId('person-panel').getByRole('heading', { name: opponent.person.name })).toBeVisible();
      // Right-click on another block: that person's menu, and they alone are selected.
      // (One left of the middle: the panel now covers the right of the pane.)
      const next = inView.find(
        (c) =>
          c.person.id !== opponent.person.id &&
          Math.abs(c.centre.y - opponent.centre.y) > 4 &&
          c.centre.x < opponent.centre.x + 100,
      )!;
      await page.mouse.move(next.centre.x, next.centre.y);
      await page.mouse.click(next.centre.x, next.centre.y, { button: 'right' });
      await expect(page.getByRole('menu', { name: next.person.name })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toHaveCount(0);
      await expect(page.getByTestId('person-panel').getByRole('heading', { name: next.person.name })).toBeVisible();

      // A block drags as a card does: its new place is saved.
      const dragged = inView.find(
        (c) => c.person.id !== next.person.id && c.person.id !== opponent.person.id && c.centre.x < opponent.centre.x + 100,
      )!;
      await page.mouse.move(dragged.centre.x, dragged.centre.y);
      await expect(canvas.cards.and(page.locator(`[data-id="${dragged.person.id}"]`))).toHaveCount(1);
      await page.mouse.down();
      await page.mouse.move(dragged.centre.x, dragged.centre.y - 20, { steps: 4 });
      await page.mouse.move(dragged.centre.x, dragged.centre.y - 40, { steps: 4 });
      await page.mouse.up();
      await canvas.saved();
      const zoom = await canvas.zoom();
      const saved = app.session.workspace().get(org.id).canvas.positions[dragged.person.id]!;
      expect(saved.x).toBeCloseTo(places.get(dragged.person.id)!.x, -1);
      expect(Math.abs(saved.y - (places.get(dragged.person.id)!.y - 40 / zoom))).toBeLessThan(6 / zoom);

      // A selection box (Shift and drag) selects every block wholly inside it: copying them says how many.
      const box = { x: opponent.centre.x - 60, y: opponent.centre.y - 25, width: 120, height: 50 };
      const view = await canvas.view();
      const now = app.session.workspace().get(org.id).canvas.positions;
      const inside = org.people.filter((p) => {
        const at = now[p.id] ?? places.get(p.id)!;
        const left = view.pane.x + at.x * view.zoom + view.x;
        const top = view.pane.y + at.y * view.zoom + view.y;
        return (
          left >= box.x &&
          top >= box.y &&
          left + CARD_WIDTH * view.zoom <= box.x + box.width &&
          top + CARD_HEIGHT * view.zoom <= box.y + box.height
        );
      });
      expect(inside.length).toBeGreaterThan(1);
      await page.keyboard.down('Shift');
      await page.mouse.move(box.x, box.y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
      await page.mouse.move(box.x + box.width, box.y + box.height, { steps: 5 });
      await page.mouse.up();
      await page.keyboard.up('Shift');
      await page.keyboard.press('Control+c');
      await expect(page.getByText(text.copied(inside.length))).toBeVisible();
      await page.keyboard.press('Escape');

      // Pan: drag the empty pane; the view and the blocks on the layer move with the mouse.
      const v = await canvas.view();
      const from = { x: v.pane.x + v.pane.width / 2, y: v.pane.y + 120 };
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x - 150, from.y + 30, { steps: 10 });
      await page.mouse.move(from.x - 300, from.y + 60, { steps: 10 });
      await page.mouse.up();
      const moved = await canvas.view();
      expect(moved.x - v.x).toBeCloseTo(-300, 0);
      expect(moved.y - v.y).toBeCloseTo(60, 0);
      await expect
        .poll(async () => (await layerPixel(page, { x: opponent.centre.x - 300, y: opponent.centre.y + 60 })).join())
        .toBe([0xdc, 0x26, 0x26, 255].join());
    } finally {
      await app.close();
    }
  });
}
