import { create } from 'zustand';
import type { IncomingSource } from '../../../../shared/ipc/incoming';
import type { ImportPreview } from '../../../../shared/model/sharing';
import { api, ApiError } from '../../app/api';
import { messageOf } from '../../app/errors';

type Phase = { step: 'idle' } | { step: 'reading'; name: string } | { step: 'preview'; preview: ImportPreview } | { step: 'failed'; name: string; message: string };

interface ImportState {
  phase: Phase;
  /** Reads and checks a file (from the dialog, a token the OS gave, or dropped bytes) and shows its preview. */
  begin(source: IncomingSource, name?: string): Promise<void>;
  close(): void;
}

/** One import at a time, started from anywhere (menu, button, drop, the OS) and shown by ImportDialog. */
export const useImport = create<ImportState>((set) => ({
  phase: { step: 'idle' },
  async begin(source, name = '') {
    set({ phase: { step: 'reading', name } });
    try {
      const preview = await api.previewImport({ source });
      set({ phase: preview ? { step: 'preview', preview } : { step: 'idle' } });
    } catch (e) {
      // A refused file's message names the file and the problem already: no prefix.
      set({ phase: { step: 'failed', name, message: e instanceof ApiError && e.code === 'invalidInput' && !e.text ? e.message : messageOf(e) } });
    }
  },
  close() {
    set({ phase: { step: 'idle' } });
  },
}));
