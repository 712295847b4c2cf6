// Where the window reopens. Pure (no Electron at run time) so it is unit-tested.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindow {
  bounds: Box;
  maximized: boolean;
}

/** What the window is created with: a position only when one is safe to reuse. */
export interface Placement {
  bounds: Box | { width: number; height: number };
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
const MIN_SIZE = { width: 400, height: 300 };
/** How much of the window must lie on a display for the saved position to be reused. */
const MIN_VISIBLE = 100;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The saved state read from disk, or null when it is missing a field or absurd. */
export function parseSavedWindow(raw: unknown): SavedWindow | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds: b, maximized } = raw as { bounds?: Partial<Record<keyof Box, unknown>> | null; maximized?: unknown };
  if (typeof b !== 'object' || b === null) return null;
  if (!isNumber(b.x) || !isNumber(b.y) || !isNumber(b.width) || !isNumber(b.height)) return null;
  if (b.width < MIN_SIZE.width || b.height < MIN_SIZE.height) return null;
  return { bounds: { x: b.x, y: b.y, width: b.width, height: b.height }, maximized: maximized === true };
}

function overlap(a: Box, b: Box): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Reuses the saved position only if enough of the window is on a display that exists now (a
 * monitor may have been unplugged), shrunk to fit that display; otherwise the OS places the
 * window on the primary display, with the saved size if it fits there. `workAreas` lists the
 * primary display first.
 *
 * @example place({ bounds: { x: 3000, y: 0, width: 900, height: 700 }, maximized: false }, [{ x: 0, y: 0, width: 1920, height: 1040 }])
 *   // -> { bounds: { width: 900, height: 700 }, maximized: false }: that monitor is gone
 */
export function place(saved: SavedWindow | null, workAreas: readonly Box[]): Placement {
  // The first work area is the primary display's (see window-state.ts): a default window fits it.
  const primary = workAreas[0];
  const defaultSize = primary
    ? { width: Math.min(DEFAULT_SIZE.width, primary.width), height: Math.min(DEFAULT_SIZE.height, primary.height) }
    : { ...DEFAULT_SIZE };
  if (!saved) return { bounds: defaultSize, maximized: false };
  const { bounds, maximized } = saved;
  const home = workAreas.find((area) => {
    const o = overlap(bounds, area);
    return o.width >= MIN_VISIBLE && o.height >= MIN_VISIBLE;
  });
  if (home) {
    const width = Math.min(bounds.width, home.width);
    const height = Math.min(bounds.height, home.height);
    const x = Math.min(Math.max(bounds.x, home.x), home.x + home.width - width);
    const y = Math.min(Math.max(bounds.y, home.y), home.y + home.height - height);
    return { bounds: { x, y, width, height }, maximized };
  }
  // Unpositioned, the OS opens the window on the primary display: keep the size if it fits there.
  const fits = primary !== undefined && bounds.width <= primary.width && bounds.height <= primary.height;
  return { bounds: fits ? { width: bounds.width, height: bounds.height } : defaultSize, maximized };
}
