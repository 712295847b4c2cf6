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
  async names(): Promise<string[]> {
    return this.rows.locator('.account-name').allTextContents();
  }
}

export class CanvasPage {
  readonly nodes: Locator;
  constructor(readonly page: Page) {
    this.nodes = page.locator('.react-flow__node');
  }
}

/** Text that leaked an untranslated i18n key (shown as ⟦key⟧ by the app). */
export async function untranslatedKeys(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return text.match(/⟦[^⟧]*⟧/g) ?? [];
}
