import { useEffect, useRef } from 'react';

export interface MenuItem {
  label: string;
  run(): void;
  disabled?: boolean;
  /** A choice among several (radio) or an on/off setting (checkbox), with its state. */
  checked?: boolean;
  toggle?: boolean;
  danger?: boolean;
}

/** A right-click menu at the pointer: arrow keys move, Enter runs, Esc or a click outside closes. */
export function ChartMenu({ x, y, items, onClose, label }: { x: number; y: number; items: (MenuItem | 'separator')[]; onClose(): void; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Focus comes back where it was when the menu closes.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    const away = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', away, true);
    return () => {
      window.removeEventListener('pointerdown', away, true);
      if (before?.isConnected) before.focus();
    };
  }, [onClose]);
  const move = (delta: number) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[(at + delta + buttons.length) % buttons.length]?.focus();
  };
  // Keep the menu inside the window.
  const left = Math.min(x, window.innerWidth - 240);
  const top = Math.min(y, window.innerHeight - 28 * items.length - 16);
  return (
    <div
      ref={ref}
      className="chart-menu"
      role="menu"
      aria-label={label}
      style={{ left, top: Math.max(8, top) }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'ArrowDown') move(1);
        else if (e.key === 'ArrowUp') move(-1);
        else if (e.key === 'Escape' || e.key === 'Tab') onClose();
        else return;
        e.preventDefault();
      }}
      onContextMenu={(e) => e.preventDefault()}
    >
      {items.map((item, i) =>
        item === 'separator' ? (
          <hr key={i} />
        ) : (
          <button
            key={i}
            type="button"
            role={item.checked === undefined ? 'menuitem' : item.toggle ? 'menuitemcheckbox' : 'menuitemradio'}
            aria-checked={item.checked}
            className={`chart-menu-item${item.danger ? ' danger' : ''}`}
            disabled={item.disabled}
            onClick={() => {
              onClose();
              item.run();
            }}
          >
            <span className="check">{item.checked ? '✓' : ''}</span>
            {item.label}
          </button>
        ),
      )}
    </div>
  );
}
