import { createContext, useContext } from 'react';
import type { EditField } from './toFlow';

/** What a card can ask of its canvas. One stable object, so cards never re-render for it. */
export interface CanvasActions {
  startEdit(id: string, field: EditField): void;
  commitEdit(id: string, field: EditField, value: string): void;
  cancelEdit(): void;
  toggleCollapse(id: string): void;
}

export const CanvasActionsContext = createContext<CanvasActions | null>(null);

/**
 * True when the chart is zoomed out past the point where full cards are legible. The canvas
 * reads the zoom once and passes this down, so cards do not each watch the zoom while panning.
 */
export const FarContext = createContext(false);

export function useCanvasActions(): CanvasActions {
  const actions = useContext(CanvasActionsContext);
  if (!actions) throw new Error('useCanvasActions outside the canvas');
  return actions;
}
