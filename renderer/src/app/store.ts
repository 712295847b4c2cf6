import { create } from 'zustand';
import type { AccountSummary, WorkspaceInfo } from '../../../shared/ipc/types';
import { api } from './api';

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  message: string;
  action?: { label: string; run: () => void };
}

interface AppState {
  info: WorkspaceInfo | null;
  accounts: AccountSummary[];
  toasts: Toast[];
  /** Loads the workspace and its account list (at start and after switching workspace). */
  load(): Promise<void>;
  refreshAccounts(): Promise<void>;
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
