import { create } from 'zustand';
import type { PersonSection } from './sections';

/** The section shown last: choosing another person keeps it, as a rep goes through people. */
export const usePanelSection = create<{ section: PersonSection; choose(section: PersonSection): void }>((set) => ({
  section: 'profile',
  choose: (section) => set({ section }),
}));
