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
 * How far out the chart is zoomed: full cards, names on the attitude colour, or plain blocks.
 * The canvas reads the zoom once and passes this down, so cards do not each watch the zoom while
 * panning; they re-render only when a pan or zoom crosses from one step to the next.
 */
export type ZoomStep = 'near' | 'far' | 'blocks';
export const ZoomStepContext = createContext<ZoomStep>('near');

export function useCanvasActions(): CanvasActions {
  const actions = useContext(CanvasActionsContext);
  if (!actions) throw new Error('useCanvasActions outside the canvas');
  return actions;
}
