import { expect, test, type Page } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { BUYING_ROLES, CUSTOMER_TYPES, LINK_KINDS } from '../../shared/taxonomy/keys';
import { BUYING_ROLE_TERMS, CUSTOMER_TYPE_TERMS, LINK_KIND_TERMS } from '../../shared/taxonomy/labels';
import { chartScreen, hiddenCards, overlaps } from '../support/chart-geometry';
import { launchApp } from '../support/launch';
import { CanvasPage, HomePage } from '../support/pages';

// Issue 15, items 3 and 15: what the chart shows. The person panel keeps its card in view, fits
// keep cards clear of the overview and the panels, the toolbar is one row at 1280 px, the legend
// folds to a button and explains every mark, and a cut name shows whole on hover.

type Locale = 'en' | 'zh-CN';
const SIZES: { locale: Locale; width: number; height: number; henan: RegExp }[] = [
  { locale: 'en', width: 1280, height: 720, henan: /Henan/ },
  { locale: 'zh-CN', width: 1920, height: 1080, henan: /河南/ },
];

/**
 * Lets a pan or a fit finish: it starts once the canvas has its new size (a timer, then 250 to
 * 300 ms of animation), later than that on a loaded machine, so wait for the view to stand still.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(350);
  await new CanvasPage(page).settled();
}

/** The cards (all, or those `only` picks) out from under every panel and inside the canvas, once the view has come to rest. */
async function expectClear(page: Page, when: string, only?: (card: { id: string }) => boolean): Promise<void> {
  await expect.poll(async () => hiddenCards(await chartScreen(page), only), { message: when }).toEqual([]);
}

/** Clicks the card that is furthest towards a corner of the canvas, and waits for its panel. */
async function openPanelOnCorner(page: Page, corner: 'right' | 'bottom-right'): Promise<string> {
  const screen = await chartScreen(page);
  // Among the cards that can be clicked (a card under the legend cannot).
  const cards = screen.cards.filter((c) => !screen.panels.some((p) => overlaps(c, p)));
  const score = (c: (typeof cards)[number]) => (corner === 'right' ? c.x + c.width : c.x + c.width + c.y + c.height);
  const card = [...cards].sort((a, b) => score(b) - score(a))[0]!;
  await page.locator(`.react-flow__node[data-id="${card.id}"]`).click();
  await expect(page.getByTestId('person-panel')).toBeVisible();
  await settle(page);
  return card.id;
}

for (const { locale, width, height, henan } of SIZES) {
  const s = STRINGS[locale];

  test.describe(`the chart's view at ${width}x${height} (${locale})`, () => {
    test('opening the person panel keeps its card in view, clear of the toolbar, the legend and the overview', async () => {
      const app = await launchApp({ demo: true, locale, viewport: { width, height } });
      try {
        const { page } = app;
        await new HomePage(page).open(henan);
        await settle(page);
        for (const corner of ['right', 'bottom-right'] as const) {
          const id = await openPanelOnCorner(page, corner);
          await expect
            .poll(async () => (await chartScreen(page)).cards.some((c) => c.id === id), {
              message: `the ${corner} card is drawn`,
            })
            .toBe(true);
          await expectClear(page, `the ${corner} card`, (c) => c.id === id);
          // Back to the whole chart for the next corner.
          await page.getByTestId('person-panel').getByRole('button', { name: s.person.close }).click();
          await page.keyboard.press('Shift+Digit1');
          await settle(page);
        }
        // With the legend open too.
        await page.getByRole('button', { name: s.canvas.legend }).click();
        const id = await openPanelOnCorner(page, 'right');
        await expectClear(page, 'the right card beside the legend', (c) => c.id === id);
      } finally {
        await app.close();
      }
    });

    test('the first view, Shift+1 and the fit button keep every card clear of the overview and the panels', async () => {
      const app = await launchApp({ demo: true, locale, viewport: { width, height } });
      try {
        const { page } = app;
        const people = app.session.workspace().get('henan').people.length;
        await new HomePage(page).open(henan);
        await settle(page);
        const everyCard = async (when: string) => {
          await expect
            .poll(async () => (await chartScreen(page)).cards.length, { message: `${when}: every card drawn` })
            .toBe(people);
          await expectClear(page, when);
        };
        await everyCard('first view');
        // The panel narrows the canvas: fitting again fits what is left.
        await openPanelOnCorner(page, 'right');
        await page.keyboard.press('Shift+Digit1');
        await settle(page);
        await everyCard('Shift+1 beside the person panel');
        await page.getByRole('button', { name: s.canvas.aria.fitView }).click();
        await settle(page);
        await everyCard('the fit button beside the person panel');
        await page.getByTestId('person-panel').getByRole('button', { name: s.person.close }).click();
        await expect(page.getByTestId('person-panel')).toHaveCount(0);
        // The legend open: fitting keeps cards out from under it too.
        await page.getByRole('button', { name: s.canvas.legend }).click();
        await expect(page.locator('.legend-body')).toBeVisible();
        await page.getByRole('button', { name: s.canvas.aria.fitView }).click();
        await settle(page);
        await everyCard('the fit button with the legend open');
      } finally {
        await app.close();
      }
    });
  });

  test(`the toolbar is one row at 1280x720, the person panel open, a highlight on (${locale})`, async () => {
    const app = await launchApp({ demo: true, locale, viewport: { width: 1280, height: 720 } });
    try {
      const { page } = app;
      await new HomePage(page).open(henan);
      await settle(page);
      const oneRow = async (when: string) => {
        const rows = await page.locator('.chart-toolbar').evaluate((tb) => {
          const tops = [...tb.children]
            .filter((c) => (c as HTMLElement).offsetWidth > 0)
            .map((c) => Math.round(c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2));
          return { spread: Math.max(...tops) - Math.min(...tops), height: tb.getBoundingClientRect().height };
        });
        expect(rows.spread, `${when}: controls on one line`).toBeLessThanOrEqual(3);
        expect(rows.height, `${when}: toolbar height`).toBeLessThan(48);
        const toolbar = (await page.locator('.chart-toolbar').boundingBox())!;
        const legend = (await page.locator('.legend').boundingBox())!;
        expect(overlaps(toolbar, legend), `${when}: toolbar clear of the legend`).toBe(false);
      };
      await oneRow('the whole width');
      // Two people selected: the align menu joins the row.
      const cards = page.locator('.react-flow__node-person');
      await cards.nth(0).click();
      await cards.nth(1).click({ modifiers: ['Shift'] });
      await expect(page.getByLabel(s.chart.align)).toBeVisible();
      await oneRow('with the align menu');
      await page.keyboard.press('Escape');
      await openPanelOnCorner(page, 'right');
      await page.getByLabel(s.chart.highlight).selectOption('key');
      await expect(page.locator('.toolbar-note')).toBeVisible();
      await oneRow('the person panel open and a highlight on');
      // Icons keep their names and tooltips: Find is a button called Find, and opens the find bar.
      const find = page.getByRole('button', { name: s.chart.find, exact: true });
      await expect(find).toHaveAttribute('title', new RegExp(`${s.chart.find}.*F`));
      await find.click();
      await expect(page.getByRole('searchbox', { name: s.chart.find })).toBeVisible();
      // The save status is still there for screen readers and on hover.
      await expect(page.getByTestId('save-status')).toHaveAttribute('title', s.chart.saved);
    } finally {
      await app.close();
    }
  });

  test(`the legend folds to a button, opens from the keyboard, is remembered, and explains every mark a card shows (${locale})`, async () => {
    const app = await launchApp({ demo: true, locale, viewport: { width: 1920, height: 1080 } });
    try {
      const { page } = app;
      await new HomePage(page).open(henan);
      const toggle = page.getByRole('button', { name: s.canvas.legend });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('.legend-body')).toHaveCount(0);
      // From the toolbar's last button, Tab reaches the legend; Enter opens it, Esc folds it back.
      await page.getByRole('button', { name: s.chart.shortcuts }).focus();
      await page.keyboard.press('Tab');
      await expect(toggle).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const legend = page.getByRole('region', { name: s.canvas.legend });
      await expect(legend).toBeVisible();
      const text = await legend.innerText();
      const want = [
        ...LINK_KINDS.map((k) => LINK_KIND_TERMS[k].label[locale]),
        s.chart.legendDotted,
        s.legendMarks.keyPerson,
        s.legendMarks.influence,
        s.legendMarks.stage,
        s.legendMarks.reports,
        s.legendMarks.folded,
        s.legendMarks.placeholder,
        ...CUSTOMER_TYPES.map((c) => CUSTOMER_TYPE_TERMS[c].label[locale]),
        ...BUYING_ROLES.flatMap((r) => [BUYING_ROLE_TERMS[r].label[locale], BUYING_ROLE_TERMS[r].short[locale]]),
      ];
      for (const w of want) expect(text, w).toContain(w);
      // Every mark the cards show is in it, drawn as the cards draw it.
      const marks = await page.locator('.react-flow__node-person').evaluateAll((cards) => ({
        types: [...new Set(cards.flatMap((c) => [...c.querySelectorAll('.type-icon')].map((e) => e.textContent)))],
        roles: [
          ...new Set(cards.flatMap((c) => [...c.querySelectorAll('.role-badge:not(.role-more)')].map((e) => e.textContent))),
        ],
        key: cards.some((c) => c.querySelector('.key-mark')),
        influence: cards.some((c) => c.querySelector('.influence')),
        stage: cards.some((c) => c.querySelector('.stage-meter')),
        reports: cards.some((c) => /▾/.test(c.querySelector('.collapse-toggle')?.textContent ?? '')),
      }));
      expect(marks.types.length).toBeGreaterThan(3);
      for (const glyph of marks.types) await expect(legend.locator('.type-icon', { hasText: glyph! })).toHaveCount(1);
      for (const badge of marks.roles)
        await expect(legend.locator('.role-badge', { hasText: new RegExp(`^${badge}$`) })).toHaveCount(1);
      expect(marks.key && marks.influence && marks.stage && marks.reports).toBe(true);
      for (const cls of ['.key-mark', '.influence', '.stage-meter', '.collapse-toggle'])
        await expect(legend.locator(cls).first()).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(toggle).toBeFocused();
      // Remembered: open stays open after a restart of the page, and closed stays closed.
      await toggle.click();
      // (The page reloads on the chart it showed.)
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      await expect(page.getByRole('button', { name: s.canvas.legend })).toHaveAttribute('aria-expanded', 'true');
      await page.getByRole('button', { name: s.canvas.legend }).click();
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      await expect(page.locator('.react-flow__node-person').first()).toBeVisible();
      await expect(page.getByRole('button', { name: s.canvas.legend })).toHaveAttribute('aria-expanded', 'false');
    } finally {
      await app.close();
    }
  });

  test(`a name cut on its card shows whole on hover, close up and far out (${locale})`, async () => {
    const long =
      locale === 'en'
        ? 'Alexandra Konstantinopoulou-Whitfield, Deputy Head of Strategic Procurement'
        : '欧阳慕容·司马上官诸葛东方明德（战略采购部常务副主任）';
    const stamp = '2026-12-01T09:00:00.000Z';
    const account = Account.parse({
      schemaVersion: ACCOUNT_SCHEMA_VERSION,
      id: 'names',
      name: locale === 'en' ? 'Long names' : '长名字',
      createdAt: stamp,
      updatedAt: stamp,
      people: [
        { id: 'a', name: long, customerType: 'procurement', keyPerson: true },
        { id: 'b', name: 'Li' },
      ],
      canvas: { positions: { a: { x: 0, y: 0 }, b: { x: 300, y: 0 } } },
    });
    const app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
    try {
      const { page } = app;
      await app.seed([account]);
      const canvas = await new HomePage(page).open(account.name);
      const name = canvas.card(long.slice(0, 6)).locator('.card-name');
      await expect(name).toBeVisible();
      // Cut on the card…
      expect(await name.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
      // …whole in its tooltip, the edit hint after it.
      await name.hover();
      const title = (await name.getAttribute('title'))!;
      expect(title.startsWith(long)).toBe(true);
      expect(title).toContain(s.chart.editName);
      // Far out, the card is the name on its colour: its tooltip is the whole name.
      for (let i = 0; i < 6; i++) await page.getByRole('button', { name: s.canvas.aria.zoomOut }).click();
      const far = page.locator('.person-card.far').filter({ hasText: long.slice(0, 4) });
      await expect(far).toBeVisible();
      await expect(far).toHaveAttribute('title', long);
    } finally {
      await app.close();
    }
  });
}
