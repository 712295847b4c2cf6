import { constants, existsSync } from 'node:fs';
import { access, copyFile, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { STRINGS } from '../../shared/i18n';
import { BriefingRequest, MeetingBriefRequest } from '../../shared/model/briefing';
import { LANGUAGES, REDACTION_LEVELS, type Language, type RedactionLevel } from '../../shared/taxonomy/keys';
import { writeFileDurable } from '../services/fs/durable-write';
import { printBriefing, printMeetingBrief, type PrintedPdf } from '../services/handlers/briefing';
import type { ServiceContext } from '../services/handlers/context';
import { browserCandidates, findBrowser } from '../services/print/browser';
import { openSession } from '../services/session';
import { VaultControl } from '../services/vault/control';
import { DeviceKeys } from '../services/vault/device-keys';
import type { FileCodec } from '../services/vault/file-codec';
import { keyringPath } from '../services/vault/keyring';
import type { CliAccess } from './unlock';
import { inspectWorkspace, type Inspection } from '../services/store/inspect';
import { workspacePaths } from '../services/store/layout';
import { absolute, findAccount, UsageError, type Out } from './commands';
import { findRendererDir, PrintingHost, rendererDirCandidates } from './print-host';

export interface PrintOptions {
  dir: string;
  access: CliAccess;
  level: string | undefined;
  lang: string | undefined;
  out: string | undefined;
  browser: string | undefined;
  json: boolean;
}

/** A problem the user can fix (not found, no browser, cannot write): a clear message, exit 1. */
class CliProblem extends Error {}

/** Finds a person by id, else by exact name, else by a unique case-insensitive name match (as accounts). */
export function findByName<T extends { id: string; name: string; alternateName?: string }>(items: readonly T[], key: string): T | null {
  const byId = items.find((x) => x.id === key);
  if (byId) return byId;
  const exact = items.filter((x) => x.name === key || x.alternateName === key);
  if (exact.length === 1) return exact[0]!;
  const lower = key.toLowerCase();
  const partial = items.filter((x) => x.name.toLowerCase().includes(lower) || !!x.alternateName?.toLowerCase().includes(lower));
  return partial.length === 1 ? partial[0]! : null;
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}").`);
  return value as T;
}

/** The options every print command shares, checked before anything is opened. */
function common(o: PrintOptions): { level: RedactionLevel; lang: Language | undefined; out: string } {
  const level = choice(o.level, REDACTION_LEVELS, '--level');
  if (!level) throw new UsageError(`--level is required: ${REDACTION_LEVELS.join(', ')} (what the PDF may share).`);
  if (!o.out) throw new UsageError('--out FILE.pdf is required.');
  return { level, lang: choice(o.lang, LANGUAGES, '--lang'), out: absolute(o.out) };
}

/** The workspace's accounts as stored, read without changing anything; the account `key` names. */
async function accountOf(dir: string, codec: FileCodec, key: string): Promise<{ inspection: Inspection; id: string }> {
  if (!existsSync(join(dir, 'workspace.json')) && !existsSync(join(dir, 'accounts'))) {
    throw new CliProblem(`${dir} is not a Bidmap workspace (no workspace.json, no accounts/).`);
  }
  const inspection = await inspectWorkspace(dir, codec);
  const damaged = inspection.accounts.find((a) => a.id === key && !a.result.ok);
  if (damaged && !damaged.result.ok) throw new CliProblem(`The file of account ${key} cannot be read (${damaged.result.code}): run \`bidmap doctor\`.`);
  const account = findAccount(
    inspection.accounts.flatMap((a) => (a.result.ok ? [a.result.value] : [])),
    key,
  );
  if (!account) throw new CliProblem(`No single account matches "${key}" in ${dir}. Run \`bidmap list\` to see the ids.`);
  return { inspection, id: account.id };
}

/** Fails early, before a browser starts, when the PDF could not be written where asked. */
async function checkWritable(out: string): Promise<void> {
  const info = await stat(out).catch(() => null);
  if (info?.isDirectory()) throw new CliProblem(`--out ${out} is a folder: give a file name, e.g. ${join(out, 'briefing.pdf')}.`);
  try {
    await access(dirname(out), constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliProblem(`Cannot write ${out}: ${code === 'ENOENT' ? 'its folder does not exist' : `its folder is not writable (${code})`}.`);
  }
}

/** --browser PATH, else BIDMAP_CHROMIUM, else a Chromium, Chrome or Edge found on this machine. */
function browserPath(given: string | undefined): string {
  if (given) {
    if (!existsSync(given)) throw new CliProblem(`No browser at ${given} (--browser): give the path of a Chromium, Chrome or Edge executable.`);
    return given;
  }
  const fromEnv = process.env.BIDMAP_CHROMIUM;
  if (fromEnv && !existsSync(fromEnv)) {
    throw new CliProblem(`BIDMAP_CHROMIUM is ${fromEnv}, which does not exist. Point it at a Chromium, Chrome or Edge executable, or pass --browser PATH.`);
  }
  const found = findBrowser();
  if (!found) {
    throw new CliProblem(
      `No Chromium, Chrome or Edge found to print the PDF. Looked at $BIDMAP_CHROMIUM (not set) and:\n${browserCandidates()
        .map((p) => `  ${p}`)
        .join('\n')}\nInstall one, or pass --browser PATH (or set BIDMAP_CHROMIUM) to point at its executable.`,
    );
  }
  return found;
}

function rendererDir(): string {
  const dir = findRendererDir();
  if (!dir) throw new CliProblem(`No built renderer to print with (looked at ${rendererDirCandidates().join(', ')}): run \`npm run build\` first.`);
  return dir;
}

/**
 * Runs `print` over the real services on a private copy of the workspace's settings and of the one
 * account: opening a workspace may migrate files or set damaged ones aside, and the CLI only reads.
 */
async function withServices(
  dir: string,
  accountId: string,
  options: { lang: Language | undefined; out: string; browser: string | undefined; access: CliAccess },
  print: (ctx: ServiceContext, language: Language) => Promise<PrintedPdf>,
): Promise<PrintedPdf & { language: Language }> {
  await checkWritable(options.out);
  const executablePath = browserPath(options.browser);
  const renderer = rendererDir();
  const copy = await mkdtemp(join(tmpdir(), 'bidmap-cli-'));
  const from = workspacePaths(dir);
  const to = workspacePaths(copy);
  let host: PrintingHost | null = null;
  let session: Awaited<ReturnType<typeof openSession>> | null = null;
  try {
    // The copy is as encrypted as the workspace: its bytes and its keyring, never a plain copy in the temp folder.
    if (existsSync(from.index)) await copyFile(from.index, to.index);
    if (options.access.codec.encrypted) await copyFile(keyringPath(dir), keyringPath(copy));
    await mkdir(to.accounts, { recursive: true });
    await copyFile(from.account(accountId), to.account(accountId));
    const settings = (await inspectWorkspace(copy, options.access.codec)).index;
    const language = options.lang ?? (settings?.ok ? settings.value.settings.language : null) ?? 'en';
    host = new PrintingHost({ executablePath, rendererDir: renderer, locale: language });
    session = await openSession({ workspaceDir: copy, host, appDataDir: null, defaultLanguage: language, seedDemoIfEmpty: false, passphrase: options.access.passphrase });
    const s = session;
    host.invoke = (name, input) => s.invoke(name, input);
    const ctx: ServiceContext = {
      workspace: () => s.workspace(),
      vault: new VaultControl({ dir: () => copy, workspace: () => s.workspace(), setWorkspace: () => {} }, new DeviceKeys(null, null)),
      host,
      opened: s.opened,
      exported: new Set<string>(),
      switchWorkspace: () => Promise.reject(new Error('The CLI does not switch workspaces.')),
      settingsChanged: () => {},
      team: s.team,
    };
    const printed = await print(ctx, language);
    try {
      await writeFileDurable(options.out, printed.pdf);
    } catch (e) {
      throw new CliProblem(`Cannot write ${options.out}: ${(e as Error).message}`);
    }
    return { ...printed, language };
  } finally {
    await host?.close();
    await session?.close();
    await rm(copy, { recursive: true, force: true });
  }
}

function report(out: Out, json: boolean, path: string, printed: PrintedPdf & { language: Language }, level: RedactionLevel): void {
  if (json) {
    out.log(JSON.stringify({ path, pages: printed.pages, level, language: printed.language }, null, 2));
    return;
  }
  const label = STRINGS[printed.language].briefing.levels[level];
  out.log(`Wrote ${path}`);
  out.log(`  ${printed.pages ?? '?'} page(s), level ${level} (${label})`);
}

/** Runs a print command; a problem the user can fix is said plainly and exits 1. */
async function guarded(out: Out, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof CliProblem) {
      out.error(`bidmap: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

/** `bidmap briefing <account>`: the bid-team briefing PDF at a level, written to --out. */
export function briefing(key: string, o: PrintOptions & { opportunity: string | undefined; people: string | undefined }, out: Out): Promise<number> {
  const { level, lang, out: path } = common(o);
  const people = choice(o.people, ['key', 'all'] as const, '--people') ?? 'key';
  return guarded(out, async () => {
    const { inspection, id } = await accountOf(o.dir, o.access.codec, key);
    const account = inspection.accounts.find((a) => a.id === id)!.result;
    let opportunityId: string | null = null;
    if (o.opportunity !== undefined && account.ok) {
      const found = findByName(account.value.opportunities, o.opportunity);
      if (!found) {
        const ids = account.value.opportunities.map((x) => `${x.id} (${x.name})`).join(', ') || 'none';
        throw new CliProblem(`No single opportunity matches "${o.opportunity}" in "${account.value.name}". Its opportunities: ${ids}.`);
      }
      opportunityId = found.id;
    }
    const printed = await withServices(o.dir, id, { lang, out: path, browser: o.browser, access: o.access }, (ctx, language) =>
      printBriefing(ctx, BriefingRequest.parse({ accountId: id, opportunityId, level, language, people })),
    );
    report(out, o.json, path, printed, level);
    return 0;
  });
}

/** `bidmap brief <account> <person>`: a one-person meeting brief PDF at a level, written to --out. */
export function brief(key: string, personKey: string, o: PrintOptions, out: Out): Promise<number> {
  const { level, lang, out: path } = common(o);
  return guarded(out, async () => {
    const { inspection, id } = await accountOf(o.dir, o.access.codec, key);
    const account = inspection.accounts.find((a) => a.id === id)!.result;
    const person = account.ok ? findByName(account.value.people, personKey) : null;
    if (!person || !account.ok) throw new CliProblem(`No single person matches "${personKey}" in "${account.ok ? account.value.name : id}". Run \`bidmap show ${id}\` to see the people.`);
    const printed = await withServices(o.dir, id, { lang, out: path, browser: o.browser, access: o.access }, (ctx, language) =>
      printMeetingBrief(ctx, MeetingBriefRequest.parse({ accountId: id, personId: person.id, level, language })),
    );
    report(out, o.json, path, printed, level);
    return 0;
  });
}
