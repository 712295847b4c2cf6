import { expect, type Locator, type Page } from '@playwright/test';

/** The home screen: the account list and its actions. */
export class HomePage {
  readonly rows: Locator;
  readonly filter: Locator;
  constructor(readonly page: Page) {
    this.rows = page.getByTestId('account-row');
    this.filter = page.getByRole('searchbox');
  }
  row(name: string | RegExp): Locator {
    return this.rows.filter({ hasText: name });
  }
  async open(name: string | RegExp): Promise<CanvasPage> {
    await this.row(name).locator('.account-open').click();
    // First the account's screen (the click reached it), then its chart: drawing a demo chart
    // beside another worker's Chromium on a 2-core CI machine has taken longer than 10 s.
    await expect(this.page.locator('.account-screen')).toBeVisible();
    const canvas = new CanvasPage(this.page);
    await canvas.shown(30_000);
    return canvas;
  }
  /** Opens an account's chart, empty or not, and waits for its title. */
  async openChart(name: string): Promise<CanvasPage> {
    await this.row(name).locator('.account-open').click();
    await expect(this.page.getByRole('heading', { name })).toBeVisible();
    return new CanvasPage(this.page);
  }
  /** Creates an account with the New account dialog (Ctrl+N): the app opens its empty chart. */
  async create(name: string): Promise<CanvasPage> {
    await this.page.keyboard.press('Control+n');
    await this.page.getByRole('dialog').getByRole('textbox').fill(name);
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByRole('heading', { name, exact: true })).toBeVisible();
    return new CanvasPage(this.page);
  }
  /** Back to the account list from an account's screen (the ← in its header). */
  async back(): Promise<void> {
    await this.page.locator('.account-screen .page-header a').first().click();
    await expect(this.rows.first()).toBeVisible();
  }
  async names(): Promise<string[]> {
    return this.rows.locator('.account-name').allTextContents();
  }
}

export class CanvasPage {
  readonly nodes: Locator;
  readonly cards: Locator;
  /** Far out, the canvas that draws the cards as blocks (ChartLayer), shown only then. */
  readonly layer: Locator;
  readonly saveStatus: Locator;
  constructor(readonly page: Page) {
    this.nodes = page.locator('.react-flow__node');
    this.cards = page.locator('.react-flow__node-person');
    this.layer = page.getByTestId('chart-layer');
    this.saveStatus = page.getByTestId('save-status');
  }
  /** Waits for the chart to be drawn: its cards in the DOM, or far out the layer with its blocks. */
  async shown(timeout?: number): Promise<void> {
    await expect(this.nodes.first().or(this.layer.and(this.page.locator('[data-people]:not([data-people="0"])')))).toBeVisible({
      timeout,
    });
  }
  /** The pane's box on screen and React Flow's transform (screen = pane + chart * zoom + (x, y)). */
  async view(): Promise<{ pane: { x: number; y: number; width: number; height: number }; x: number; y: number; zoom: number }> {
    const pane = (await this.page.locator('.react-flow__pane').boundingBox())!;
    const m = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([\d.e-]+)\)/.exec(
      (await this.page.locator('.react-flow__viewport').getAttribute('style')) ?? '',
    );
    if (!m) throw new Error('no view transform');
    return { pane, x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
  }
  /** Where a point of the chart (its coordinates, e.g. a card's place plus an offset) is on screen. */
  async screenPoint(at: { x: number; y: number }): Promise<{ x: number; y: number }> {
    const v = await this.view();
    return { x: v.pane.x + at.x * v.zoom + v.x, y: v.pane.y + at.y * v.zoom + v.y };
  }
  /** Waits until the view stops moving (a fit animates; under load for longer than its duration). */
  async settled(): Promise<void> {
    const transform = () => this.page.locator('.react-flow__viewport').getAttribute('style');
    let last = await transform();
    await expect
      .poll(
        async () => {
          const now = await transform();
          const still = now === last;
          last = now;
          return still;
        },
        { intervals: [250] },
      )
      .toBe(true);
  }
  /** React Flow's zoom, read from the view's transform. */
  async zoom(): Promise<number> {
    return Number(/scale\(([\d.]+)\)/.exec((await this.page.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1]);
  }
  card(name: string | RegExp): Locator {
    return this.cards.filter({ has: this.page.locator('.card-name, .far-name', { hasText: name }) });
  }
  /** Drags from the lower dot of `manager`'s card onto `subordinate`'s card: a reporting line. */
  async connect(manager: string | RegExp, subordinate: string | RegExp): Promise<void> {
    const from = await this.card(manager).locator('.react-flow__handle.source').boundingBox();
    const to = await this.card(subordinate).boundingBox();
    if (!from || !to) throw new Error('cards not on screen');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + 10, { steps: 12 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + 6, { steps: 2 });
    await this.page.mouse.up();
  }
  /**
   * Right-clicks the middle of a line. (Playwright cannot click an element whose box has no area,
   * such as a perfectly vertical line, so the mouse goes to the spot itself.)
   */
  async lineMenu(linkId: string): Promise<void> {
    const box = await this.page
      .locator(`.react-flow__edge[data-id="${linkId}"] .react-flow__edge-path`)
      .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
  }
  /** Waits until every edit has reached the store. */
  async saved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-state', 'saved');
  }
}

/** Text that leaked an untranslated i18n key (shown as ⟦key⟧ by the app). */
export async function untranslatedKeys(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return text.match(/⟦[^⟧]*⟧/g) ?? [];
}

/** The person panel beside the chart. */
export class PersonPanel {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByTestId('person-panel');
  }
  async section(name: string): Promise<void> {
    await this.root.getByRole('tab', { name, exact: true }).click();
  }
  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }
}
