import { create } from 'zustand';

interface PaletteState {
  open: boolean;
  /** The last query, kept so reopening shows it again (selected, to type over). */
  query: string;
  show(): void;
  hide(): void;
  toggle(): void;
  setQuery(query: string): void;
}

/** Whether the search palette is open; Ctrl/Cmd+K, the menu and the top bar's button open it. */
export const usePalette = create<PaletteState>((set, get) => ({
  open: false,
  query: '',
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
  toggle: () => set({ open: !get().open }),
  setQuery: (query) => set({ query }),
}));
