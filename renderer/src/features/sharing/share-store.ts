import { create } from 'zustand';

/** The share (export) dialog, opened from the home screen, an account or the menu. */
export const useShare = create<{ ids: string[] | null; open(ids: string[]): void; close(): void }>((set) => ({
  ids: null,
  open: (ids) => set({ ids }),
  close: () => set({ ids: null }),
}));
