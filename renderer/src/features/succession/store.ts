import { create } from 'zustand';

// What the succession feature has open: a "leaves the post" or "fill the post" dialog, and the
// date the chart is shown as of (null: today, editable).

export type SuccessionDialog = { kind: 'leave'; personId: string } | { kind: 'fill'; cardId: string };

interface SuccessionState {
  dialog: SuccessionDialog | null;
  /** YYYY-MM-DD while the chart shows a past date (read-only), else null. */
  asOf: string | null;
  open(dialog: SuccessionDialog): void;
  close(): void;
  showAsOf(date: string | null): void;
}

export const useSuccession = create<SuccessionState>((set) => ({
  dialog: null,
  asOf: null,
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
  showAsOf: (asOf) => set({ asOf }),
}));
