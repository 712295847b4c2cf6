import { useEffect } from 'react';
import { useShortcut } from '../../ui/shortcuts';
import { lockNow, useVault } from './vault-store';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/** How often idleness is looked at: a timer per event would be wasteful, a minute's slack is not. */
const CHECK_MS = 15_000;

/**
 * Locks an encrypted workspace after the chosen idle time, and on Ctrl/Cmd+L. Idle means no
 * pointer, key or wheel in this window; a long export or import counts as activity until it ends.
 */
export function useIdleLock(): void {
  const status = useVault((s) => s.status);
  const minutes = status?.encrypted ? status.idleLockMinutes : 0;
  useShortcut('l', () => void lockNow());
  useEffect(() => {
    if (!minutes) return;
    let last = Date.now();
    const seen = () => (last = Date.now());
    for (const type of ACTIVITY) window.addEventListener(type, seen, { passive: true, capture: true });
    const timer = setInterval(() => {
      if (Date.now() - last >= minutes * 60_000) void lockNow();
    }, CHECK_MS);
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, seen, { capture: true });
    };
  }, [minutes]);
}
