import type { Account } from '../model/account';
import type { Person } from '../model/person';
import type { Action } from '../model/strategy';
import type { RedactionLevel } from '../taxonomy/keys';
import { openFindings, type Finding } from './coverage';
import { byDue } from './plan/actions';

/**
 * The gaps and risks a briefing at `level` may show. Below full, activities and trips are not in
 * the (redacted) account, so "not contacted" and "travelling" would be made up: they are left out.
 */
export function briefingFindings(account: Account, level: RedactionLevel, today: string): Finding[] {
  if (level === 'map') return [];
  // What the rep set aside is not printed; an account nobody is drawn on has no gaps to print.
  const all = openFindings(account, today);
  return level === 'full' ? all : all.filter((f) => f.kind !== 'keyPersonSilent' && f.kind !== 'keyPersonTravelling');
}

/** Who gets a section of their own: key people (in chart order), or everyone named. */
export function peopleToDetail(account: Account, which: 'key' | 'all'): Person[] {
  return account.people.filter((p) => !p.placeholder && (which === 'all' || p.keyPerson));
}

/** The plan's open actions, by due date (undated last), then by when they were made. */
export function openActions(account: Pick<Account, 'actions'>): Action[] {
  return byDue(account.actions.filter((a) => a.status === 'open'));
}

/** How the org chart goes on paper: one landscape page, or tiles over several with an overview. */
export interface ChartPaging {
  /** Scale of the whole chart on one page (the overview when tiled). */
  scale: number;
  /** Tiles, row by row, in chart coordinates; one entry when the chart fits one page. */
  tiles: { x: number; y: number; width: number; height: number; row: number; col: number }[];
  cols: number;
  rows: number;
}

/**
 * Pages for a chart of `width` x `height` (CSS px at scale 1, a card being 220 px wide) on a page
 * area of `pageW` x `pageH` px. Fits on one page when that keeps it at `legible` scale or more
 * (a name in bold 14 px then prints at 4.4 pt or more); otherwise tiles at `tileScale` so every card reads at a glance,
 * or smaller (down to `legible`) when that would take more than `maxTiles` pages.
 */
export function chartPaging(width: number, height: number, pageW: number, pageH: number, legible = 0.42, tileScale = 0.8, maxTiles = 16): ChartPaging {
  const fit = Math.min(pageW / width, pageH / height, 1);
  if (fit >= legible) return { scale: fit, tiles: [{ x: 0, y: 0, width, height, row: 0, col: 0 }], cols: 1, rows: 1 };
  // Comfortable reading first; a big chart steps down towards `legible` rather than run to dozens of pages.
  const count = (s: number) => Math.ceil((width * s) / pageW) * Math.ceil((height * s) / pageH);
  let scale = tileScale;
  while (scale - 0.05 >= legible && count(scale) > maxTiles) scale -= 0.05;
  const tileW = pageW / scale;
  const tileH = pageH / scale;
  const cols = Math.ceil(width / tileW);
  const rows = Math.ceil(height / tileH);
  const tiles = [];
  for (let row = 0; row < rows; row++) for (let col = 0; col < cols; col++) tiles.push({ x: col * tileW, y: row * tileH, width: tileW, height: tileH, row, col });
  return { scale: fit, tiles, cols, rows };
}
