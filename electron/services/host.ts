/**
 * What only a desktop shell can do. Main passes the Electron host; the CLI and tests pass
 * their own. Services never import 'electron'.
 */
export interface Host {
  /** Asks the user for a folder; null when cancelled. */
  chooseFolder(options: { title: string; defaultPath?: string }): Promise<string | null>;
  /** Asks for a file to open (an import); null when cancelled. */
  chooseOpenFile(options: { title: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>;
  /** Asks where to save a file; null when cancelled. */
  chooseSaveFile(options: { title: string; defaultName: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>;
  revealInFolder(path: string): Promise<void>;
  /** A file the app ships with its page (fonts), by its plain name in the page's assets folder. */
  readPageAsset(name: string): Promise<Uint8Array>;
  openPath(path: string): Promise<void>;
  notify(title: string, body: string): void;
  /**
   * Prints a print route of the renderer (e.g. `/print/briefing/…`) to PDF, with the page's own
   * @page sizes: Electron's printToPDF in the app, Chromium through Playwright in the CLI and tests.
   */
  printToPdf(route: string): Promise<Uint8Array>;
}

/** A host for headless use: nothing to ask, nothing to show. */
export const headlessHost: Host = {
  chooseFolder: async () => null,
  chooseOpenFile: async () => null,
  chooseSaveFile: async () => null,
  readPageAsset: async (name) => {
    throw new Error(`No page assets without a window (${name}).`);
  },
  revealInFolder: async () => {},
  openPath: async () => {},
  notify: () => {},
  printToPdf: async () => {
    throw new Error('Printing needs a window or a browser; this host has neither.');
  },
};
