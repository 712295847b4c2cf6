import { create } from 'zustand';
import { NO_FILTER, type PlanFilter, type PlanGrouping } from '../../../../shared/logic/plan/view';

/** What the Plan is being asked to do with the keyboard's focus: edit a row's text, the due date, the owner, or drop. */
export type PlanEditing = { kind: 'text'; id: string; fresh: boolean } | { kind: 'drop'; id: string } | null;

interface PlanState {
  grouping: PlanGrouping;
  filter: PlanFilter;
  /** The done and dropped actions unfolded. */
  showClosed: boolean;
  /** The selected action (the details beside the list edit it). */
  selected: string | null;
  editing: PlanEditing;
  /** Which account these belong to: another account starts with its own selection and filters. */
  accountId: string | null;
  set(patch: Partial<Omit<PlanState, 'set' | 'forAccount'>>): void;
  forAccount(id: string): void;
}

/** The Plan's view state, kept for the session: back from the chart, the Plan is as it was left. */
export const usePlan = create<PlanState>((set, get) => ({
  grouping: 'due',
  filter: NO_FILTER,
  showClosed: false,
  selected: null,
  editing: null,
  accountId: null,
  set: (patch) => set(patch),
  forAccount(id) {
    if (get().accountId === id) return;
    // Grouping is a preference; filters and the selection are about the other account's people.
    set({ accountId: id, filter: NO_FILTER, selected: null, editing: null, showClosed: false });
  },
}));
