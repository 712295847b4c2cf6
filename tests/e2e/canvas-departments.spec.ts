import { expect, test, type Page } from '@playwright/test';
import { ACCOUNT_SCHEMA_VERSION, Account } from '../../shared/model/account';
import { launchApp } from '../support/launch';
import { HomePage } from '../support/pages';

const org = Account.parse({
  schemaVersion: ACCOUNT_SCHEMA_VERSION,
  id: 'depts',
  name: 'Departments Co',
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  departments: [
    { id: 'fin', name: 'Finance' },
    { id: 'it', name: 'IT' },
  ],
  people: [
    { id: 'f1', name: 'Fay', departmentId: 'fin' },
    { id: 'f2', name: 'Fred', departmentId: 'fin' },
    { id: 'i1', name: 'Ivy', departmentId: 'it' },
  ],
  canvas: { positions: { f1: { x: 0, y: 0 }, f2: { x: 260, y: 0 }, i1: { x: 0, y: 400 } } },
});

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.up();
}

test('a department frame carries its people, and a card dropped in another frame joins that department', async () => {
  const app = await launchApp();
  try {
    await app.seed([org]);
    const canvas = await new HomePage(app.page).openChart('Departments Co');
    const frames = app.page.getByTestId('department-frame');
    await expect(frames).toHaveCount(2);
    const finance = frames.filter({ hasText: 'Finance' });
    const box = (await finance.boundingBox())!;

    // Drag the Finance frame by its title: both its people move by the same amount, Ivy stays.
    await drag(app.page, { x: box.x + 30, y: box.y + 12 }, { x: box.x + 30, y: box.y + 12 + 120 });
    await canvas.saved();
    const moved = app.session.workspace().get('depts').canvas.positions;
    const dy = moved.f1!.y;
    expect(dy).toBeGreaterThan(0);
    expect(moved.f2!.y).toBe(dy);
    expect(moved.f1!.x).toBe(0);
    expect(moved.i1).toEqual({ x: 0, y: 400 });

    // Drop Ivy inside the Finance frame: she joins Finance.
    const ivy = (await canvas.card('Ivy').boundingBox())!;
    const fin = (await finance.boundingBox())!;
    await drag(app.page, { x: ivy.x + 40, y: ivy.y + 20 }, { x: fin.x + fin.width / 2, y: fin.y + fin.height / 2 });
    await expect(app.page.getByText('Ivy moved to Finance.')).toBeVisible();
    await canvas.saved();
    expect(app.session.workspace().get('depts').people.find((p) => p.id === 'i1')!.departmentId).toBe('fin');
    await expect(frames).toHaveCount(1);
    await expect(finance).toContainText('Finance · 3');

    // One undo puts her back in IT, where she was.
    await app.page.locator('.react-flow__pane').click({ position: { x: 10, y: 600 } });
    await app.page.keyboard.press('Control+z');
    await canvas.saved();
    const back = app.session.workspace().get('depts');
    expect(back.people.find((p) => p.id === 'i1')!.departmentId).toBe('it');
    expect(back.canvas.positions.i1).toEqual({ x: 0, y: 400 });
  } finally {
    await app.close();
  }
});
