import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Host } from '../../electron/services/host';

/** A host whose dialogs answer from a script, and which records what it was asked to do. */
export class TestHost implements Host {
  readonly revealed: string[] = [];
  readonly opened: string[] = [];
  readonly notices: { title: string; body: string }[] = [];
  constructor(private readonly folderAnswers: (string | null)[] = []) {}

  /** The next folder the "user" will choose (null: they cancel). */
  answerFolder(path: string | null): void {
    this.folderAnswers.push(path);
  }
  async chooseFolder(): Promise<string | null> {
    return this.folderAnswers.shift() ?? null;
  }
  private readonly saveAnswers: (string | null)[] = [];
  /** Where the "user" saves the next file (null: they cancel). */
  answerSave(path: string | null): void {
    this.saveAnswers.push(path);
  }
  async chooseSaveFile(): Promise<string | null> {
    return this.saveAnswers.shift() ?? null;
  }
  private readonly openAnswers: (string | null)[] = [];
  /** The file the "user" picks in the next open dialog (null: they cancel). */
  answerOpen(path: string | null): void {
    this.openAnswers.push(path);
  }
  async chooseOpenFile(): Promise<string | null> {
    return this.openAnswers.shift() ?? null;
  }
  /** The built page's assets, as the app's host reads them next to its index.html. */
  async readPageAsset(name: string): Promise<Uint8Array> {
    return readFile(join(import.meta.dirname, '../../out/renderer/assets', basename(name)));
  }
  async revealInFolder(path: string): Promise<void> {
    this.revealed.push(path);
  }
  async openPath(path: string): Promise<void> {
    this.opened.push(path);
  }
  notify(title: string, body: string): void {
    this.notices.push({ title, body });
  }
  /** How this host prints (launchApp sets it to print in the test's own Chromium). */
  printer: ((route: string) => Promise<Uint8Array>) | null = null;
  readonly printed: string[] = [];
  async printToPdf(route: string): Promise<Uint8Array> {
    if (!this.printer) throw new Error('This test host has no printer: open the app with launchApp.');
    this.printed.push(route);
    return this.printer(route);
  }
}
