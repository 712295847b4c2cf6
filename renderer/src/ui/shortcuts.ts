import { useEffect } from 'react';

const onMac = () => navigator.platform.startsWith('Mac');

/** True for Ctrl on Windows/Linux and Cmd on macOS. */
export const isMod = (e: KeyboardEvent) => (onMac() ? e.metaKey : e.ctrlKey);

/** The modifier's name as shown in tooltips and the cheat sheet. */
export const modKeyName = () => (onMac() ? '⌘' : 'Ctrl');

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Calls `handler` when `key` is pressed with Ctrl/Cmd (and Shift when asked). The renderer owns
 * its shortcuts so they work the same in the app and in the browser the tests drive. The menu
 * carries the same accelerators; a key handled (and prevented) here does not reach them, so
 * it fires once. `inFields: false` leaves the key to a
 * focused text field (Ctrl+Z there undoes typing, not the last delete).
 */
export function useShortcut(key: string, handler: () => void, options: { shift?: boolean; inFields?: boolean } = {}): void {
  const { shift = false, inFields = true } = options;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isMod(e) || e.key.toLowerCase() !== key || e.shiftKey !== shift) return;
      if (!inFields && isEditable(e.target)) return;
      e.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, handler, shift, inFields]);
}
