import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { Envelope } from '../../shared/ipc/types';
import { headlessHost, type Host } from '../services/host';
import { CHROMIUM_ARGS } from '../services/print/browser';
import { printRoute, rendererContext } from '../services/print/renderer-page';

/**
 * Where the built renderer may be: next to the bundled CLI (out/cli/bidmap.js → out/renderer),
 * or from the sources run by tsx (electron/cli → out/renderer).
 */
export function rendererDirCandidates(here = import.meta.dirname): string[] {
  return [resolve(here, '../renderer'), resolve(here, '../../out/renderer')];
}

export function findRendererDir(): string | null {
  return rendererDirCandidates().find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * The calls a print route makes: the page's start (encryption status, workspace, account list), the briefing's
 * content (redacted by the services) and the bundled fonts. Anything else is refused, so the CLI's
 * page cannot reach an unredacted account even if the route changed.
 */
const PRINT_CALLS: ReadonlySet<string> = new Set(['vaultStatus', 'getWorkspace', 'listAccounts', 'briefingData', 'meetingBriefData', 'readFont']);

export type SessionInvoke = (name: string, input: unknown) => Promise<Envelope<unknown>>;

/**
 * The CLI's host: nothing to ask or show; printing launches the given Chromium once, on the first
 * print, and loads the built renderer's print routes in it with `window.bidmap` bound to `invoke`.
 */
export class PrintingHost implements Host {
  private browser: Browser | null = null;
  private context: Promise<BrowserContext> | null = null;
  /** Set once the session that answers the page is open (it needs this host to open). */
  invoke: SessionInvoke | null = null;

  constructor(private readonly options: { executablePath: string; rendererDir: string; locale: string }) {}

  chooseFolder = headlessHost.chooseFolder;
  chooseSaveFile = headlessHost.chooseSaveFile;
  chooseOpenFile = headlessHost.chooseOpenFile;
  revealInFolder = headlessHost.revealInFolder;
  openPath = headlessHost.openPath;
  notify = headlessHost.notify;

  async readPageAsset(name: string): Promise<Uint8Array> {
    return readFile(join(this.options.rendererDir, 'assets', basename(name)));
  }

  private async open(): Promise<BrowserContext> {
    try {
      this.browser = await chromium.launch({ executablePath: this.options.executablePath, args: CHROMIUM_ARGS });
    } catch (e) {
      const first = (e as Error).message.split('\n')[0];
      throw new Error(`Could not start the browser at ${this.options.executablePath}: ${first}. Pass another one with --browser PATH.`, { cause: e });
    }
    return rendererContext(this.browser, {
      rendererDir: this.options.rendererDir,
      locale: this.options.locale,
      invoke: async (name, input) => {
        if (!PRINT_CALLS.has(name)) return { ok: false, error: { code: 'invalidInput', message: `The print page may not call ${name}.` } } satisfies Envelope<unknown>;
        if (!this.invoke) throw new Error('The printing host has no session.');
        return this.invoke(name, input);
      },
    });
  }

  async printToPdf(route: string): Promise<Uint8Array> {
    this.context ??= this.open();
    return printRoute(await this.context, route);
  }

  /** Closes the browser if one was started (also after a failed print). */
  async close(): Promise<void> {
    await this.context?.catch(() => null);
    await this.browser?.close();
    this.browser = null;
    this.context = null;
  }
}
