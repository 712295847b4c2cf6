import { create } from 'zustand';
import type { AccountSummary, WorkspaceInfo } from '../../../shared/ipc/types';
import { api } from './api';

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  message: string;
  action?: ToastAction;
  /** More choices after `action` (e.g. Undo, then another way to do it). */
  more?: ToastAction[];
}

export interface ToastAction {
  label: string;
  run: () => void;
}

interface AppState {
  info: WorkspaceInfo | null;
  accounts: AccountSummary[];
  toasts: Toast[];
  /** Loads the workspace and its account list (at start and after switching workspace). */
  load(): Promise<void>;
  refreshAccounts(): Promise<void>;
  /** One account's summary as the services now see it (after a save), in place in the list. */
  putSummary(summary: AccountSummary): void;
  setInfo(info: WorkspaceInfo): void;
  toast(t: Omit<Toast, 'id'>): number;
  dismiss(id: number): void;
}

let nextToast = 1;

export const useApp = create<AppState>((set, get) => ({
  info: null,
  accounts: [],
  toasts: [],
  async load() {
    const [info, accounts] = await Promise.all([api.getWorkspace({}), api.listAccounts({})]);
    set({ info, accounts });
  },
  async refreshAccounts() {
    set({ accounts: await api.listAccounts({}) });
  },
  putSummary(summary) {
    const accounts = get().accounts;
    const at = accounts.findIndex((a) => a.id === summary.id);
    if (at >= 0) set({ accounts: accounts.map((a, i) => (i === at ? summary : a)) });
  },
  setInfo(info) {
    set({ info });
  },
  toast(t) {
    const id = nextToast++;
    set({ toasts: [...get().toasts, { ...t, id }] });
    return id;
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));
