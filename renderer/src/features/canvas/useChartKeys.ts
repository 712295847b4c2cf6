import { useEffect, useLayoutEffect, useRef } from 'react';
import { isMod } from '../../ui/shortcuts';
import { useChart } from './chart-store';
import type { ChartCommands } from './useChartCommands';

/**
 * The canvas's keys act on the chart only when the focus is on it: the page itself, the pane or
 * a card. A focused field, button, link, menu, toolbar or dialog keeps its own keys.
 */
const onChart = (t: EventTarget | null) =>
  t === document.body ||
  (t instanceof HTMLElement &&
    !t.isContentEditable &&
    !t.closest('input, textarea, select, button, a, dialog, [role^="menu"], .react-flow__panel, .react-flow__controls, .toast') &&
    !!t.closest('.react-flow'));

/** The person panel beside the chart: Ctrl/Cmd+Z there (outside a field) undoes chart edits too. */
const onPanel = (t: EventTarget | null) =>
  t instanceof HTMLElement && !t.isContentEditable && !t.closest('textarea, input:not([type=checkbox]):not([type=radio]), dialog') && !!t.closest('.person-panel');

export interface ChartKeyHandlers {
  /** False while another view of the account covers the chart. */
  active(): boolean;
  openFind(): void;
  /** Moves the focus into the selected person's panel. */
  focusPanel(): void;
  toggleHelp(): void;
  escape(): void;
  /** Where in the chart the mouse is (flow coordinates), or null when it is not over it. */
  pointer(): { x: number; y: number } | null;
}

/** The canvas's keyboard: active while no text field or dialog has the focus. */
export function useChartKeys(commands: ChartCommands, handlers: ChartKeyHandlers, fitView: () => void): void {
  const latest = useRef({ commands, handlers, fitView });
  useLayoutEffect(() => {
    latest.current = { commands, handlers, fitView };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { commands: c, handlers: h, fitView: fit } = latest.current;
      if (!h.active()) return;
      const mod = isMod(e);
      const key = e.key.toLowerCase();
      if (mod && key === 'f') {
        e.preventDefault();
        h.openFind();
        return;
      }
      if (mod && onPanel(e.target) && (key === 'z' || key === 'y')) {
        e.preventDefault();
        return key === 'z' && !e.shiftKey ? useChart.getState().undo() : useChart.getState().redo();
      }
      if (!onChart(e.target)) return;
      const run = (f: () => void) => {
        e.preventDefault();
        f();
      };
      if (mod) {
        if (key === 'z' && !e.shiftKey) return run(() => useChart.getState().undo());
        if ((key === 'z' && e.shiftKey) || key === 'y') return run(() => useChart.getState().redo());
        // With no card selected, Ctrl+C is the browser's own (copying selected text).
        if (key === 'c') return c.selectedPeople().length ? run(c.copySelection) : undefined;
        if (key === 'v') return run(() => c.paste(h.pointer() ?? undefined));
        if (key === 'd') return run(c.duplicateSelection);
        if (key === 'a') return run(c.selectAll);
        return;
      }
      if (e.altKey) return;
      const step = e.shiftKey ? 50 : 10;
      const selected = c.selectedPeople();
      switch (e.key) {
        case 'Delete':
        case 'Backspace':
          return run(c.deleteSelection);
        case 'ArrowLeft':
          return selected.length ? run(() => c.moveSelection(-step, 0)) : undefined;
        case 'ArrowRight':
          return selected.length ? run(() => c.moveSelection(step, 0)) : undefined;
        case 'ArrowUp':
          return selected.length ? run(() => c.moveSelection(0, -step)) : undefined;
        case 'ArrowDown':
          return selected.length ? run(() => c.moveSelection(0, step)) : undefined;
        case 'F2':
        case 'Enter':
          return selected.length === 1 ? run(() => c.startEdit(selected[0]!, 'name')) : undefined;
        case 'Tab':
          return selected.length === 1 ? run(() => c.addReport(selected[0]!)) : undefined;
        case 'Escape':
          return h.escape();
        case '?':
          return run(h.toggleHelp);
      }
      // By key position, so Shift+1 / Shift+2 work on any keyboard layout.
      if (e.shiftKey && e.code === 'Digit1') return run(fit);
      if (e.shiftKey && e.code === 'Digit2') return run(c.zoomToSelection);
      if (key === 'n' && !e.shiftKey) return run(c.addPersonInView);
      if (key === 'i' && !e.shiftKey) return selected.length === 1 ? run(h.focusPanel) : undefined;
      if (key === 'l') return run(() => c.layout(e.shiftKey ? 'LR' : 'TB'));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
