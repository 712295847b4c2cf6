import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurable } from '../../fs/durable-write';
import { TEAM_PARTS, type TeamPart } from '../document-ids';
import { readDataFile } from './data-file';
import { TeamServerError } from './errors';

// How many times each part of each shared account had its history purged, in DATA/epochs.json:
// a part's current document is `teamDocumentId(account, part, epoch)`. A part not listed is at
// epoch 0. Written only by `purge-history`, while the server is stopped.

export const EPOCHS_FILE = 'epochs.json';

const Part = z.enum(TEAM_PARTS as [TeamPart, ...TeamPart[]]);
const Epoch = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const EpochsFile = z.object({
  format: z.literal(1),
  /** Account id → part → epoch. */
  epochs: z.record(z.string(), z.partialRecord(Part, Epoch)),
});

export type Epochs = z.infer<typeof EpochsFile>['epochs'];

export const epochsPath = (dataDir: string) => join(dataDir, EPOCHS_FILE);

/** The current epoch of each purged part of each account (parts not listed: 0). A damaged file is refused, never replaced. */
export async function currentEpochs(dataDir: string): Promise<Epochs> {
  const file = await readDataFile(epochsPath(dataDir), EpochsFile, 'epochs', (m) => new TeamServerError(m));
  return file?.epochs ?? {};
}

export const epochOf = (epochs: Epochs, account: string, part: TeamPart): number =>
  (Object.hasOwn(epochs, account) ? epochs[account]?.[part] : undefined) ?? 0;

export async function writeEpochs(dataDir: string, epochs: Epochs): Promise<void> {
  await writeFileDurable(epochsPath(dataDir), `${JSON.stringify({ format: 1, epochs }, null, 2)}\n`);
}
