import { readFile } from 'node:fs/promises';
import { ServiceError } from '../services/errors';
import { vaultOf, keysFor } from '../services/vault/encryption';
import { PLAIN, type FileCodec } from '../services/vault/file-codec';
import { readKeyring } from '../services/vault/keyring';
import { UsageError } from './commands';

/** How the CLI reads and writes a workspace: plain, or with the keys its passphrase unlocks. */
export interface CliAccess {
  codec: FileCodec;
  /** The passphrase, for commands that open a session of their own (briefing, brief). */
  passphrase?: string;
}

/**
 * The passphrase comes from --passphrase-file (its first line) or $BIDMAP_PASSPHRASE, never from
 * the command line itself, where other users could see it in the process list.
 */
async function passphraseOf(file: string | undefined): Promise<string | undefined> {
  if (file !== undefined) {
    const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new UsageError(`--passphrase-file ${file} cannot be read (${e.code ?? e.message}).`);
    });
    return text.split(/\r?\n/)[0];
  }
  return process.env.BIDMAP_PASSPHRASE;
}

/** Unlocks an encrypted workspace for one command; a plain one needs nothing. Changes no file. */
export async function cliAccess(dir: string, passphraseFile: string | undefined): Promise<CliAccess> {
  const keyring = await readKeyring(dir);
  if (!keyring) return { codec: PLAIN };
  const passphrase = await passphraseOf(passphraseFile);
  if (passphrase === undefined) {
    throw new ServiceError('needsPassphrase', `The workspace in ${dir} is encrypted: give its passphrase with --passphrase-file FILE or in $BIDMAP_PASSPHRASE.`);
  }
  return { codec: vaultOf(keyring, await keysFor(keyring, passphrase)), passphrase };
}
