import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, parseSavedWindow, place } from '../../electron/main/window-geometry';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const external = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('window placement', () => {
  it('opens at the default size, placed by the OS, the first time', () => {
    expect(place(null, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
  });

  it('keeps a first window inside a small primary display', () => {
    const small = { x: 0, y: 0, width: 1366, height: 728 };
    expect(place(null, [small, external]).bounds).toEqual({ width: 1280, height: 728 });
  });

  it('reopens where it was left when that display is still there', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 900 }, maximized: true };
    expect(place(saved, [laptop, external])).toEqual(saved);
  });

  it('drops the position when the display it was on is gone, keeping a size that fits', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(place(saved, [laptop])).toEqual({ bounds: { width: 1200, height: 800 }, maximized: false });
  });

  it('falls back to the default size when the saved one fits no display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 2400, height: 1300 }, maximized: false };
    expect(place(saved, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
  });

  it('shrinks and moves a window that hangs over the edge of its display', () => {
    const saved = { bounds: { x: 1000, y: -50, width: 1600, height: 1000 }, maximized: false };
    expect(place(saved, [laptop])).toEqual({ bounds: { x: 0, y: 0, width: 1440, height: 860 }, maximized: false });
  });

  it('ignores a window that only grazes a display', () => {
    const saved = { bounds: { x: 1400, y: 0, width: 900, height: 700 }, maximized: false };
    expect(place(saved, [laptop]).bounds).toEqual({ width: 900, height: 700 });
  });
});

describe('reading the saved state', () => {
  it('accepts what saveWindowState writes', () => {
    const saved = { bounds: { x: -10, y: 20, width: 1000, height: 700 }, maximized: true };
    expect(parseSavedWindow(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });

  it.each([
    null,
    42,
    'x',
    {},
    { bounds: null },
    { bounds: { x: 0, y: 0, width: 'wide', height: 700 } },
    { bounds: { x: 0, y: 0, width: 50, height: 50 } },
  ])('rejects %j', (raw) => expect(parseSavedWindow(raw)).toBeNull());
});
