import { useEffect } from 'react';

/**
 * Tells the printer the page is ready: once `ready`, after the next frame (layout done, so every
 * font subset the text needs has been requested) and the fonts have loaded. A failure is said on
 * the body too, so the printer stops with the reason instead of waiting.
 */
export function usePrintReady(ready: boolean, error: string | null): void {
  useEffect(() => {
    const body = document.body;
    if (error) {
      body.dataset.printError = error;
      body.dataset.printReady = 'false';
      return;
    }
    if (!ready) return;
    let live = true;
    requestAnimationFrame(() => {
      void document.fonts.ready.then(() => {
        if (live) body.dataset.printReady = 'true';
      });
    });
    return () => {
      live = false;
      delete body.dataset.printReady;
      delete body.dataset.printError;
    };
  }, [ready, error]);
}
