// The process the crash-safety test kills with SIGKILL. It drives the real store the way the app
// does and says on stdout what it has done, one line at a time; a line is written only after the
// work it names is on disk, so every line the test reads is a promise the store must keep.
//
//   save <dir> <id>...      edits the accounts for ever; `ack <id> <n>` after each save resolves
//   migrate <dir>           `ready`, then opens the (old) workspace, which migrates it; `done`
//   import <dir> <file>     opens the workspace, previews the .bidmap file, `ready`, imports it; `done`
//   save-sealed <dir> <passphrase> <id>...   as save, in an encrypted workspace
//   encrypt <dir> <new>     `ready`, then encrypts the plain workspace; `done`
//   rotate <dir> <old> <new>  `ready`, then changes the passphrase (every file re-encrypted); `done`
//   decrypt <dir> <old>     `ready`, then turns encryption off; `done`
//   copy <file> <dir> atomic|plain   copies the file into dir/<n>.json for ever, as backups are
//                           copied (atomic) or with a bare copyFile (plain, the control); `ack <n>`
//
// Run with `node --import tsx tests/support/crash-child.ts …`.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyFileAtomic } from '../../electron/services/fs/durable-write';
import { writeSync } from 'node:fs';
import type { Account } from '../../shared/model/account';
import type { ImportChoices } from '../../shared/model/sharing';
import { applyImport, previewImport } from '../../electron/services/sharing/exchange';
import { readBidmap } from '../../electron/services/sharing/read-bidmap';
import { Workspace } from '../../electron/services/store/workspace';
import { changePassphrase, disableEncryption, enableEncryption, keysFor, vaultOf } from '../../electron/services/vault/encryption';
import { PLAIN, type FileCodec } from '../../electron/services/vault/file-codec';
import { readKeyring } from '../../electron/services/vault/keyring';
import { savedCounter } from './crash-counter';
import { TEST_KDF } from './vault';


/** Written straight to fd 1: nothing buffered in this process can be lost by the kill. */
const say = (line: string) => writeSync(1, `${line}\n`);

/** One edit as a user makes it: a new title for the first person; every fifth save, a new person. */
function edit(account: Account, n: number): Account {
  const [first, ...rest] = account.people;
  if (!first) throw new Error(`${account.id} has nobody to edit`);
  const people = [{ ...first, title: `save ${n}` }, ...rest];
  if (n % 5 === 0) people.push({ ...first, id: `p-save-${n}`, name: `Added at save ${n}`, title: '', keyPerson: false });
  return { ...account, people };
}

async function save(dir: string, ids: string[], codec: FileCodec = PLAIN): Promise<void> {
  const ws = await Workspace.open(dir, codec);
  // Several accounts are saved at once, as when the user edits one while another's delayed save lands.
  await Promise.all(
    ids.map(async (id) => {
      for (let n = savedCounter(ws.get(id)) + 1; ; n++) {
        ws.update(id, (a) => edit(a, n));
        await ws.saveNow(id);
        say(`ack ${id} ${n}`);
      }
    }),
  );
}

async function migrate(dir: string): Promise<void> {
  say('ready');
  const ws = await Workspace.open(dir);
  await ws.close();
  say('done');
}

async function importFile(dir: string, file: string): Promise<void> {
  const read = readBidmap(file, await readFile(file));
  const ws = await Workspace.open(dir);
  const preview = await previewImport(ws, read);
  // The same choices as `bidmap import`: keep mine on conflicts, skip nothing.
  const choices: ImportChoices = Object.fromEntries(
    preview.accounts.map((a) => [a.id, { skip: false, conflicts: {}, all: 'mine', removeTheirs: [], leaveRemoved: [], confirmRemoval: false }]),
  );
  say('ready');
  await applyImport(ws, read, choices);
  await ws.close();
  say('done');
}

async function saveSealed(dir: string, passphrase: string, ids: string[]): Promise<void> {
  const keyring = (await readKeyring(dir))!;
  await save(dir, ids, vaultOf(keyring, await keysFor(keyring, passphrase)));
}

/** Runs one change of encryption between `ready` and `done`. */
async function change(run: () => Promise<unknown>): Promise<void> {
  say('ready');
  await run();
  say('done');
}

const [mode, dir, ...rest] = process.argv.slice(2);
const modes: Record<string, () => Promise<unknown>> = {
  save: () => save(dir!, rest),
  migrate: () => migrate(dir!),
  import: () => importFile(dir!, rest[0]!),
  'save-sealed': () => saveSealed(dir!, rest[0]!, rest.slice(1)),
  encrypt: () => change(() => enableEncryption(dir!, rest[0]!, { idleLockMinutes: 15, cost: TEST_KDF })),
  rotate: () => change(() => changePassphrase(dir!, rest[0]!, rest[1]!)),
  decrypt: () => change(() => disableEncryption(dir!, rest[0]!)),
  copy: async () => {
    const [folder, how] = rest;
    for (let n = 1; ; n++) {
      const target = join(folder!, `${n}.json`);
      if (how === 'atomic') await copyFileAtomic(dir!, target);
      else await copyFile(dir!, target);
      say(`ack ${n}`);
    }
  },
};
const run = modes[mode ?? ''] ? modes[mode!]!() : Promise.reject(new Error(`unknown mode ${mode}`));
run.catch((e: unknown) => {
  process.stderr.write(`crash-child: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
