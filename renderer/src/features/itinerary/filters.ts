import { create } from 'zustand';
import { MAX_AGENDA_DAYS } from '../../../../shared/ipc/contract';
import { addDays, daysBetween, windowAhead, type DateWindow } from '../../../../shared/logic/dates';

export const PERIODS = [7, 14, 30] as const;
export type Period = (typeof PERIODS)[number] | 'custom';

export interface NotebookFilters {
  period: Period;
  /** The dates of a 'custom' period (YYYY-MM-DD; '' while the user is still typing). */
  from: string;
  to: string;
  city: string;
  /** None chosen: every account. */
  accountIds: string[];
  keyOnly: boolean;
  /** The plan's actions due in the window shown (and exported). */
  actions: boolean;
  /** Accounts whose review is due (shown and exported). */
  reviews: boolean;
}

interface FilterState extends NotebookFilters {
  set(patch: Partial<NotebookFilters>): void;
  clear(): void;
}

const defaults = (): NotebookFilters => ({ period: 14, from: '', to: '', city: '', accountIds: [], keyOnly: false, actions: true, reviews: true });

/** The notebook's filters, kept for the session: back from a person, the notebook is as it was left. */
export const useNotebookFilters = create<FilterState>((set) => ({
  ...defaults(),
  set: (patch) => set(patch),
  clear: () => set({ city: '', accountIds: [], keyOnly: false }),
}));

/** Whether any filter besides the period narrows the list. */
export const isFiltered = (f: NotebookFilters) => f.city.trim() !== '' || f.accountIds.length > 0 || f.keyOnly;

/** The window the filters ask for as of `today`, or why there is none. */
export function windowOf(f: NotebookFilters, today: string): { window: DateWindow } | { problem: 'badRange' | 'tooLong' | 'incomplete' } {
  if (f.period !== 'custom') return { window: windowAhead(today, f.period) };
  const from = f.from || today;
  const to = f.to || addDays(from, 14);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return { problem: 'incomplete' };
  if (to < from) return { problem: 'badRange' };
  if (daysBetween(from, to) > MAX_AGENDA_DAYS) return { problem: 'tooLong' };
  return { window: { from, to } };
}
