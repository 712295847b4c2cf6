// `npm run screenshots -- --only-big-chart`: a generated 10,000-person account far out (blocks on the
// canvas layer, a name under the mouse), close up (found by name, its panel open) and with names on
// their colour, in en and zh-CN.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CARD_HEIGHT, CARD_WIDTH, layoutReportingTree } from '../../shared/logic/layout';
import { launchApp } from './launch';
import { generateOrgAccount } from './org-generator';
import { HomePage } from './pages';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

async function zoomUntil(page: Page, button: string, done: (zoom: number) => boolean): Promise<void> {
  const zoom = async () =>
    Number(/scale\(([\d.]+)\)/.exec((await page.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1] ?? 1);
  for (let i = 0; i < 30 && !done(await zoom()); i++) {
    await page.locator(button).click();
    await page.waitForTimeout(250);
  }
}

export async function shootBigChart(): Promise<void> {
  for (const locale of ['en', 'zh-CN'] as const) {
    const org = generateOrgAccount({
      people: 10_000,
      seed: 5,
      id: 'huge',
      name: locale === 'en' ? 'Provincial Power Group (10,000 people)' : '省电力集团（10000 人）',
    });
    const places = layoutReportingTree(
      org.people.map((p) => p.id),
      org.links,
    );
    const app = await launchApp({ locale });
    try {
      const { page } = app;
      await app.seed([org]);
      const canvas = await new HomePage(page).openChart(org.name);
      await canvas.shown();
      // Far out: the person nearest the middle of the view named under the mouse.
      const v = await canvas.view();
      const middle = { x: v.pane.x + v.pane.width / 2, y: v.pane.y + v.pane.height / 2 };
      const unique = (name: string) => org.people.filter((p) => [p.name, p.title].some((s) => s.includes(name))).length === 1;
      const [pointed] = org.people
        .filter((p) => unique(p.name))
        .map((p) => {
          const at = places.get(p.id)!;
          return {
            person: p,
            x: v.pane.x + (at.x + CARD_WIDTH / 2) * v.zoom + v.x,
            y: v.pane.y + (at.y + CARD_HEIGHT / 2) * v.zoom + v.y,
          };
        })
        .sort((a, b) => Math.hypot(a.x - middle.x, a.y - middle.y) - Math.hypot(b.x - middle.x, b.y - middle.y));
      await page.mouse.move(pointed!.x, pointed!.y);
      await page.getByTestId('hover-name').waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${OUT}/canvas-10000-far-${locale}.png` });
      // Close up: Find brings that person to the middle at full cards, their panel open.
      await page.mouse.move(20, 20);
      await page.keyboard.press('Control+f');
      await page.getByRole('searchbox').last().fill(pointed!.person.name);
      await page.locator(`.react-flow__node[data-id="${pointed!.person.id}"] .person-card.found`).waitFor();
      await page.waitForTimeout(500);
      await page.keyboard.press('Escape');
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${OUT}/canvas-10000-near-${locale}.png` });
      // Between the two: names on their attitude colour, the lines on the canvas layer.
      await zoomUntil(page, '.react-flow__controls-zoomout', (z) => z < 0.35);
      await page.waitForTimeout(400);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${OUT}/canvas-10000-names-${locale}.png` });
    } finally {
      await app.close();
    }
  }
}
