import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { screen, type BrowserWindow } from 'electron';
import { parseSavedWindow, place, type Placement, type SavedWindow } from './window-geometry';

const stateFile = (userData: string) => join(userData, 'window-state.json');

/** Where to open the window: as it was left, if that is still on a connected display. */
export async function loadWindowState(userData: string): Promise<Placement> {
  let saved: SavedWindow | null = null;
  try {
    saved = parseSavedWindow(JSON.parse(await readFile(stateFile(userData), 'utf8')));
  } catch {
    // First start or an unreadable file: the defaults are fine.
  }
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return place(
    saved,
    [primary, ...others].map((d) => d.workArea),
  );
}

/**
 * Remembers the window's normal (unmaximised) bounds and whether it was maximised, written
 * atomically (temp file + rename). Synchronous: it runs as the window closes, when the app may
 * be about to exit.
 */
export function saveWindowState(userData: string, window: BrowserWindow): void {
  const state: SavedWindow = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
  const file = stateFile(userData);
  const tmp = `${file}.tmp`;
  mkdirSync(userData, { recursive: true });
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, file);
}
