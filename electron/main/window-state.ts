import { renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { screen, type BrowserWindow, type Rectangle } from 'electron';

interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const DEFAULT: WindowState = { bounds: { x: 0, y: 0, width: 1280, height: 820 }, maximized: false };
const stateFile = (userData: string) => join(userData, 'window-state.json');

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** True when most of the window would be on a display that exists now. */
function visible(bounds: Rectangle): boolean {
  return screen.getAllDisplays().some(({ workArea: a }) => {
    const w = Math.min(bounds.x + bounds.width, a.x + a.width) - Math.max(bounds.x, a.x);
    const h = Math.min(bounds.y + bounds.height, a.y + a.height) - Math.max(bounds.y, a.y);
    return w > 100 && h > 100;
  });
}

export async function loadWindowState(userData: string): Promise<WindowState & { positioned: boolean }> {
  try {
    const raw = JSON.parse(await readFile(stateFile(userData), 'utf8')) as Partial<WindowState>;
    const b = raw.bounds;
    if (b && isNumber(b.x) && isNumber(b.y) && isNumber(b.width) && isNumber(b.height) && b.width >= 400 && b.height >= 300) {
      const bounds = { x: b.x, y: b.y, width: b.width, height: b.height };
      if (visible(bounds)) return { bounds, maximized: raw.maximized === true, positioned: true };
      return { bounds: { ...DEFAULT.bounds, width: bounds.width, height: bounds.height }, maximized: raw.maximized === true, positioned: false };
    }
  } catch {
    // First start or an unreadable file: the defaults are fine.
  }
  return { ...DEFAULT, positioned: false };
}

/**
 * Remembers the window's normal bounds and whether it was maximised (temp file + rename).
 * Synchronous: it runs as the window closes, when the app may be about to exit.
 */
export function saveWindowState(userData: string, window: BrowserWindow): void {
  const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
  const tmp = `${stateFile(userData)}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, stateFile(userData));
}
