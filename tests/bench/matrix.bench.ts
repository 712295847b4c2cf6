import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '../../electron/services/store/workspace';
import { criteriaMatrix } from '../../shared/logic/strategy/matrix';
import { Opportunity, type Account } from '../../shared/model/account';
import { Criterion } from '../../shared/model/strategy';
import { launchApp, type LaunchedApp } from '../support/launch';
import { generateOrgAccount } from '../support/org-generator';
import { median, type BenchResult } from './stats';

const PEOPLE = 300;
const CRITERIA = 20;
const ROUNDS = 9;
const VIEWPORT = { width: 1440, height: 900 };

/** An account of 300 people, each caring about all 20 criteria of one opportunity (with words); a second opportunity with none. */
function benchAccount(): Account {
  const base = generateOrgAccount({ people: PEOPLE, seed: 7, name: 'Bench matrix' });
  const criteria = Array.from({ length: CRITERIA }, (_, i) =>
    Criterion.parse({ id: `bc${i}`, text: `Criterion ${i + 1}: response, compatibility, price`, weight: 1 + (i % 5) }),
  );
  const opportunity = (id: string, name: string, withCriteria: boolean) =>
    Opportunity.parse({ id, name, criteria: withCriteria ? criteria : [] });
  return {
    ...base,
    opportunities: [opportunity('bo_empty', 'No criteria', false), opportunity('bo_full', 'Twenty criteria', true)],
    people: base.people.map((p, n) => ({
      ...p,
      placeholder: false,
      criteria: criteria.map((c, i) => ({
        id: c.id,
        priority: 1 + ((n + i) % 5),
        good: `What good means to person ${n} on ${i + 1}`,
      })),
    })),
  };
}

/** Time from a start mark in the page to the first frame painted with `selector` present, in the page's clock. */
const PAINTED = `(selector, start) => new Promise((resolve) => {
  const tick = () => document.querySelector(selector) ? requestAnimationFrame(() => resolve(performance.now() - start)) : requestAnimationFrame(tick);
  requestAnimationFrame(tick);
})`;

/**
 * The people × criteria matrix (300 × 20, every cell filled) in the production build: from the
 * opportunity switched in the Criteria tab to the first frame painted with its rows; against a plain
 * HTML table of the same 6,000 cells (names, priorities, words) built with the DOM in the same page,
 * same size and scroll box, rounds alternated.
 */
export async function matrixBench(): Promise<BenchResult> {
  const account = benchAccount();
  const dir = await mkdtemp(join(tmpdir(), 'bidmap-bench-matrix-'));
  let app: LaunchedApp | null = null;
  try {
    const ws = await Workspace.open(dir);
    await ws.add([account]);
    await ws.close();
    app = await launchApp({ workspace: dir, viewport: VIEWPORT });
    const { page } = app;
    await page.evaluate((id) => (location.hash = `#/accounts/${id}/criteria/bo_empty`), account.id);
    await page.waitForSelector('[data-testid="criteria-view"]');
    // The same cells as the matrix draws them, for the plain table.
    const m = criteriaMatrix(account, 'bo_full', { lang: 'en' });
    const cells = {
      head: m.criteria.map((c) => c.text),
      rows: m.rows.map((r) => [r.person.name, r.person.title, ...r.cells.map((c) => (c ? `${c.priority}|${c.good}` : ''))]),
    };
    await page.evaluate(`window.__painted = ${PAINTED}`);
    const ours: number[] = [];
    const plain: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 ? (['plain', 'ours'] as const) : (['ours', 'plain'] as const)) {
        if (side === 'ours') {
          const ms = await page.evaluate(
            async ({ id }) => {
              const w = window as unknown as { __painted(s: string, t: number): Promise<number> };
              const start = performance.now();
              location.hash = `#/accounts/${id}/criteria/bo_full`;
              return w.__painted('[data-testid="criteria-matrix"] [role="row"][aria-rowindex="2"]', start);
            },
            { id: account.id },
          );
          ours.push(ms);
          await page.evaluate((id) => (location.hash = `#/accounts/${id}/criteria/bo_empty`), account.id);
          await page.waitForSelector('[data-testid="criteria-matrix"]', { state: 'detached' });
        } else {
          const ms = await page.evaluate(async (data) => {
            const w = window as unknown as { __painted(s: string, t: number): Promise<number> };
            const start = performance.now();
            const box = document.createElement('div');
            box.id = 'plain-table';
            box.style.cssText = 'position:fixed;inset:120px 0 0 0;overflow:auto;background:#fff;z-index:50';
            const table = document.createElement('table');
            const head = table.createTHead().insertRow();
            for (const text of ['Person', ...data.head]) head.appendChild(document.createElement('th')).textContent = text;
            const body = table.createTBody();
            for (const [name, title, ...row] of data.rows) {
              const tr = body.insertRow();
              const th = tr.appendChild(document.createElement('th'));
              th.appendChild(document.createElement('div')).textContent = name!;
              th.appendChild(document.createElement('div')).textContent = title!;
              for (const cell of row) {
                const td = tr.insertCell();
                if (!cell) continue;
                const [priority, good] = cell.split('|');
                td.appendChild(document.createElement('b')).textContent = priority!;
                td.appendChild(document.createElement('span')).textContent = good!;
              }
            }
            box.appendChild(table);
            document.body.appendChild(box);
            return w.__painted('#plain-table tbody tr', start);
          }, cells);
          plain.push(ms);
          await page.evaluate(() => document.getElementById('plain-table')?.remove());
        }
        await page.waitForTimeout(100);
      }
    }
    const rowsDrawn = await page.evaluate(async (id) => {
      location.hash = `#/accounts/${id}/criteria/bo_full`;
      await new Promise((r) => setTimeout(r, 500));
      return document.querySelectorAll('[data-testid="criteria-matrix"] [role="row"]').length;
    }, account.id);
    return {
      name: `Criteria matrix: ${PEOPLE} people × ${CRITERIA} criteria, every cell filled (${ROUNDS} rounds each, alternated)`,
      ratios: [
        {
          label: 'to the first painted frame',
          measured: median(ours),
          reference: median(plain),
          referenceName: 'a plain HTML table of the same cells, same page',
          unit: 'ms',
          target: 1.5,
        },
      ],
      figures: [
        { label: 'ours, each round (ms)', value: ours.map((x) => x.toFixed(0)).join(' ') },
        { label: 'plain table, each round (ms)', value: plain.map((x) => x.toFixed(0)).join(' ') },
        { label: 'rows in the DOM (of 301, header included)', value: String(rowsDrawn) },
      ],
      notes: [
        'ours: the production build, from the opportunity switched in the Criteria tab (route change, matrix computed, rows in view drawn)',
      ],
    };
  } finally {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
