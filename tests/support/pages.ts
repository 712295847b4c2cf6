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
    const canvas = new CanvasPage(this.page);
    await expect(canvas.nodes.first()).toBeVisible();
    return canvas;
  }
  /** Opens an account's chart, empty or not, and waits for its title. */
  async openChart(name: string): Promise<CanvasPage> {
    await this.row(name).locator('.account-open').click();
    await expect(this.page.getByRole('heading', { name })).toBeVisible();
    return new CanvasPage(this.page);
  }
  async names(): Promise<string[]> {
    return this.rows.locator('.account-name').allTextContents();
  }
}

export class CanvasPage {
  readonly nodes: Locator;
  readonly cards: Locator;
  readonly saveStatus: Locator;
  constructor(readonly page: Page) {
    this.nodes = page.locator('.react-flow__node');
    this.cards = page.locator('.react-flow__node-person');
    this.saveStatus = page.getByTestId('save-status');
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
    const box = await this.page.locator(`.react-flow__edge[data-id="${linkId}"] .react-flow__edge-path`).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
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
