import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../../../shared/ipc/incoming';
import { useApp } from '../../app/store';
import { useImport } from './import-store';

/** Base64 of a file's bytes, in chunks (a spread of a 30 MB array would overflow the stack). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const isBidmap = (name: string) => /\.(bidmap|json)$/i.test(name);

/** A file dropped anywhere on the window starts its import; true while a file is dragged over it. */
export function useFileDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // without it the browser would open the file in the window
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      setOver(false);
      // A dialog that takes files itself (contacts) has handled this drop already.
      if (!hasFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      if (!isBidmap(file.name)) {
        const contacts = /\.(csv|txt|xlsx|vcf)$/i.test(file.name);
        useApp.getState().toast({ kind: 'error', message: i18next.t(contacts ? 'sharing.dropContacts' : 'sharing.dropHint') });
        return;
      }
      // Said here, before reading it into memory: the services would refuse it anyway.
      if (file.size > MAX_IMPORT_BYTES) {
        useImport.setState({ phase: { step: 'failed', name: file.name, message: i18next.t('sharing.tooBig', { name: file.name, size: (file.size / 1048576).toFixed(1), max: MAX_IMPORT_BYTES / 1048576 }) } });
        return;
      }
      void base64Of(file).then((base64) => useImport.getState().begin({ from: 'bytes', name: file.name, base64 }, file.name));
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return over;
}
