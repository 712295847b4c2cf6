import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { REDACTION_LEVELS } from '../../../../shared/taxonomy/keys';
import { writeFileDurable } from '../../fs/durable-write';
import type { FileCodec } from '../../vault/file-codec';

// What a workspace knows of its team, in WORKSPACE/team/team.json (sealed in an encrypted
// workspace, like the accounts: it holds the member's token): the server, who this member is,
// and for each shared account the level held and the heads its local file was last reconciled
// at (the common base of the next local change, see client.ts).

const Heads = z.array(z.string());
const SharedAccount = z.object({
  level: z.enum(REDACTION_LEVELS),
  /** Heads of each document at the last reconcile, written only after the documents were flushed to disk. */
  heads: z.record(z.string(), Heads).default({}),
  /** The epoch of each part (purge-history on the server starts a new document under a new id); 0 when absent. */
  epochs: z.record(z.string(), z.number().int().min(0)).default({}),
  /** Set when the server no longer lets this member have the account: the local copy stays, unsynced. */
  revokedAt: z.string().optional(),
});
export const TeamFile = z.object({
  format: z.literal(1),
  /** ws://HOST:PORT or wss://HOST:PORT, without credentials. */
  server: z.string(),
  name: z.string(),
  token: z.string(),
  joinedAt: z.string(),
  accounts: z.record(z.string(), SharedAccount).default({}),
});
export type TeamFile = z.infer<typeof TeamFile>;
export type SharedAccount = z.infer<typeof SharedAccount>;

export const teamPaths = (workspace: string) => ({
  dir: join(workspace, 'team'),
  file: join(workspace, 'team', 'team.json'),
  docs: join(workspace, 'team', 'docs'),
});

export class TeamConfigError extends Error {}

/** The workspace's team file, or null when it never joined a team. A damaged one is refused, never replaced. */
export async function readTeamFile(workspace: string, codec: FileCodec): Promise<TeamFile | null> {
  const path = teamPaths(workspace).file;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const opened = codec.open(bytes);
  if (!opened.ok) throw new TeamConfigError(`${path} cannot be read (${opened.detail}).`);
  let json: unknown;
  try {
    json = JSON.parse(opened.bytes.toString('utf8'));
  } catch {
    throw new TeamConfigError(`${path} is not valid JSON; it was left as it is. Join the team again to replace it.`);
  }
  const parsed = TeamFile.safeParse(json);
  if (!parsed.success) throw new TeamConfigError(`${path} is not a Bidmap team file; it was left as it is. Join the team again to replace it.`);
  return parsed.data;
}

export async function writeTeamFile(workspace: string, codec: FileCodec, file: TeamFile): Promise<void> {
  await writeFileDurable(teamPaths(workspace).file, codec.seal(JSON.stringify(file, null, 1)), undefined, { recreateIn: workspace });
}

/** The server's address with the member's credentials, as the socket and the API take it. */
export function serverUrl(file: Pick<TeamFile, 'server' | 'name' | 'token'>): URL {
  const url = new URL(file.server);
  url.username = encodeURIComponent(file.name);
  url.password = encodeURIComponent(file.token);
  return url;
}
