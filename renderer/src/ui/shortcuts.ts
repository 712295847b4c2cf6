import { useEffect } from 'react';

/** True for Ctrl on Windows/Linux and Cmd on macOS. */
export const isMod = (e: KeyboardEvent) => (navigator.platform.startsWith('Mac') ? e.metaKey : e.ctrlKey);

/**
 * Calls `handler` when `key` is pressed with Ctrl/Cmd (and Shift when asked). The renderer owns
 * its shortcuts so they work the same in the app and in the browser the tests drive; the menu
 * shows the same accelerators without registering them.
 */
export function useShortcut(key: string, handler: () => void, options: { shift?: boolean } = {}): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isMod(e) && e.key.toLowerCase() === key && e.shiftKey === Boolean(options.shift)) {
        e.preventDefault();
        handler();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, handler, options.shift]);
}
