import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { chartScreen, linePoints, overlaps, type ScreenBox } from '../support/chart-geometry';
import { launchApp } from '../support/launch';
import { CanvasPage, HomePage } from '../support/pages';
import { compact, holds, readPdf, PDF_MADE } from '../support/pdf';

// Issue 15, item 11: influence, ally, rival and informal lines join the nearest sides of their two
// cards; department labels are clear of every line and wrapped, never cut; the same in the PDF.

type Locale = 'en' | 'zh-CN';
const LOCALES: { locale: Locale; henan: RegExp; bank: RegExp }[] = [
  { locale: 'en', henan: /Henan/, bank: /Jiangcheng/ },
  { locale: 'zh-CN', henan: /河南/, bank: /江城/ },
];

/** Lets the first view's fit finish: wait for the view to stand still (longer than its 300 ms on a loaded machine). */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(350);
  await new CanvasPage(page).settled();
}
const near = (a: number, b: number) => Math.abs(a - b) <= 1.5;

/** Which side of the card a point is on (within a pixel and a half), or null. */
function sideOf(p: { x: number; y: number }, c: ScreenBox): 'top' | 'right' | 'bottom' | 'left' | null {
  const withinX = p.x >= c.x - 1.5 && p.x <= c.x + c.width + 1.5;
  const withinY = p.y >= c.y - 1.5 && p.y <= c.y + c.height + 1.5;
  if (withinY && near(p.x, c.x)) return 'left';
  if (withinY && near(p.x, c.x + c.width)) return 'right';
  if (withinX && near(p.y, c.y)) return 'top';
  if (withinX && near(p.y, c.y + c.height)) return 'bottom';
  return null;
}

/** Department labels and frames on screen. */
function labels(page: Page): Promise<{ text: string; label: ScreenBox; frame: ScreenBox }[]> {
  return page.locator('.react-flow__node-department').evaluateAll((nodes) =>
    nodes.map((n) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      };
      const label = n.querySelector('.department-name')!;
      return { text: (label as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), label: box(label), frame: box(n) };
    }),
  );
}

for (const { locale, henan, bank } of LOCALES) {
  test(`ally, rival, influence and informal lines join facing sides; no line runs through a department label (${locale})`, async () => {
    const app = await launchApp({ demo: true, locale, viewport: { width: 1920, height: 1080 } });
    try {
      const { page } = app;
      for (const [id, name] of [
        ['henan', henan],
        ['bank', bank],
      ] as const) {
        if (id === 'bank') await page.getByRole('link', { name: STRINGS[locale].nav.back }).click();
        await new HomePage(page).open(name);
        await settle(page);
        const account = app.session.workspace().get(id);
        const screen = await chartScreen(page);
        const cards = new Map(screen.cards.map((c) => [c.id, c]));
        const lines = new Map((await linePoints(page)).map((l) => [l.id, l.points]));
        const others = account.links.filter((l) => l.kind !== 'reportsTo');
        expect(others.length).toBeGreaterThan(1);
        for (const link of others) {
          const pts = lines.get(link.id)!;
          expect(pts, link.id).toBeTruthy();
          const [start, end] = [pts[0]!, pts[pts.length - 1]!];
          const from = sideOf(start, cards.get(link.source)!);
          const to = sideOf(end, cards.get(link.target)!);
          const what = `${link.kind} ${link.id}`;
          expect(from, `${what} starts on a side of its card`).not.toBeNull();
          expect(to, `${what} ends on a side of its card`).not.toBeNull();
          // Each end faces the other: nothing loops out of the top of one card into the bottom of another.
          const d = { x: end.x - start.x, y: end.y - start.y };
          const out = { top: -d.y, bottom: d.y, left: -d.x, right: d.x };
          const into = { top: d.y, bottom: -d.y, left: d.x, right: -d.x };
          expect(out[from!], `${what} leaves ${from}`).toBeGreaterThan(0);
          expect(into[to!], `${what} arrives at ${to}`).toBeGreaterThan(0);
          // And never through either of its own cards.
          const inside = (p: { x: number; y: number }, c: ScreenBox) =>
            p.x > c.x + 2 && p.x < c.x + c.width - 2 && p.y > c.y + 2 && p.y < c.y + c.height - 2;
          expect(
            pts.some((p) => inside(p, cards.get(link.source)!) || inside(p, cards.get(link.target)!)),
            `${what} through a card`,
          ).toBe(false);
        }
        // Same row: the rival (Henan) and the informal line (bank) run side to side.
        const row = others.find((l) => Math.abs(cards.get(l.source)!.y - cards.get(l.target)!.y) < 2)!;
        expect(row, `${id} has a line within a row`).toBeTruthy();
        const rowPts = lines.get(row.id)!;
        expect(['left', 'right']).toContain(sideOf(rowPts[0]!, cards.get(row.source)!));

        // Department labels: crossed by no line, over no card, inside their frames.
        const all = [...lines.values()];
        const found = await labels(page);
        expect(found.length).toBeGreaterThan(2);
        for (const { text, label, frame } of found) {
          const ink = { x: label.x + 1, y: label.y + 2, width: label.width - 2, height: label.height - 4 };
          const crossing = all.find((pts) =>
            pts.some((p) => p.x > ink.x && p.x < ink.x + ink.width && p.y > ink.y && p.y < ink.y + ink.height),
          );
          expect(crossing, `“${text}” crossed by a line`).toBeUndefined();
          for (const c of screen.cards) expect(overlaps(label, c), `“${text}” over ${c.name}`).toBe(false);
          expect(
            label.x >= frame.x && label.x + label.width <= frame.x + frame.width + 1 && label.y >= frame.y,
            `“${text}” inside its frame`,
          ).toBe(true);
        }
      }
    } finally {
      await app.close();
    }
  });

  test(`a long department name is wrapped whole on the canvas and in the briefing PDF (${locale})`, async () => {
    const long =
      locale === 'en'
        ? 'Metering, Billing, Tariff Collection and Customer Service Section of the Zhengzhou Power Supply Bureau'
        : '郑州供电局营销服务中心计量、抄表核算、电费回收与客户服务科（含大客户经理室）';
    const stamp = '2026-12-01T09:00:00.000Z';
    const account = Account.parse({
      schemaVersion: ACCOUNT_SCHEMA_VERSION,
      id: 'longdept',
      name: locale === 'en' ? 'Zhengzhou Power' : '郑州供电局',
      createdAt: stamp,
      updatedAt: stamp,
      departments: [
        { id: 'lead', name: locale === 'en' ? 'Leadership' : '局领导' },
        { id: 'long', name: long },
      ],
      people: [
        { id: 'boss', name: locale === 'en' ? 'Gao Jun' : '高峻', departmentId: 'lead', attitude: 'supporter' },
        { id: 'a', name: locale === 'en' ? 'Ma Lin' : '马琳', departmentId: 'long', attitude: 'champion' },
        { id: 'b', name: locale === 'en' ? 'Qin Yu' : '秦雨', departmentId: 'long', attitude: 'opponent' },
        { id: 'c', name: locale === 'en' ? 'Fan Li' : '范立', attitude: 'skeptic' },
      ],
      links: [
        { id: 'r1', source: 'a', target: 'boss', kind: 'reportsTo' },
        { id: 'r2', source: 'b', target: 'a', kind: 'reportsTo' },
        { id: 'r3', source: 'c', target: 'boss', kind: 'reportsTo' },
        { id: 'x1', source: 'c', target: 'a', kind: 'rival' },
        { id: 'x2', source: 'b', target: 'c', kind: 'influences' },
      ],
    });
    const out = await mkdtemp(join(tmpdir(), 'bidmap-longdept-'));
    const app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
    try {
      const { page } = app;
      await app.seed([account]);
      await new HomePage(page).open(account.name);
      await settle(page);
      const screen = await chartScreen(page);
      const frame = (await labels(page)).find((l) => l.text.startsWith(long.slice(0, 8)))!;
      expect(frame.text.replace(/\s+/g, '')).toBe(`${long}·2`.replace(/\s+/g, ''));
      expect(frame.label.x + frame.label.width).toBeLessThanOrEqual(frame.frame.x + frame.frame.width + 1);
      for (const c of screen.cards) expect(overlaps(frame.label, c), `label over ${c.name}`).toBe(false);

      // The briefing's chart page: the whole name, and a look at the page.
      const path = join(out, 'longdept.pdf');
      app.host.answerSave(path);
      const s = STRINGS[locale];
      await page.getByRole('button', { name: s.briefing.export.button }).click();
      const dialog = page.getByRole('dialog', { name: s.briefing.export.title });
      await dialog.getByRole('button', { name: s.briefing.export.save }).click();
      await expect(dialog.getByRole('status')).toContainText(path, PDF_MADE);
      const pdf = await readPdf(path);
      const chartPage = pdf.pages.find((p) => holds(p, s.briefing.chart.title))!;
      expect(holds(chartPage, long), 'the whole name on the chart page').toBe(true);
      // Once: its frame's label, as a reader's search or a copy finds it (a card's department line is cut to the card).
      expect(compact(chartPage).split(compact(long)).length - 1, 'the label once').toBe(1);
      // Drawn to PNG for a reviewer's eyes (kept only when asked).
      const index = pdf.pages.indexOf(chartPage) + 1;
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(index), '-l', String(index), path, join(out, 'chart')]);
      const png = (await readdir(out)).find((f) => f.startsWith('chart') && f.endsWith('.png'))!;
      if (process.env.BIDMAP_KEEP_PNG)
        execFileSync('cp', [join(out, png), join(process.env.BIDMAP_KEEP_PNG, `longdept-${locale}.png`)]);
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  });
}
