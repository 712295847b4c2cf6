import { REDACTION_LEVELS, type RedactionLevel } from '../../shared/taxonomy/keys';
import { Workspace } from '../services/store/workspace';
import { TeamApiError } from '../services/team/client/api';
import { TeamClient, TeamOfflineError, type SyncReport } from '../services/team/client/client';
import { TeamConfigError } from '../services/team/client/config';
import type { FileCodec } from '../services/vault/file-codec';
import { findAccount, UsageError, type Out } from './commands';

// `bidmap team …`: a workspace's side of team sync without a window, on the same services as the
// app (electron/services/team/client). Every subcommand opens the workspace, does its work and
// closes it with everything written.

export interface TeamArgs {
  dir: string;
  codec: FileCodec;
  token: string | undefined;
  user: string | undefined;
  level: string | undefined;
  json: boolean;
}

const SUBCOMMANDS = 'join, share, unshare, sync or status';

export async function team(rest: string[], args: TeamArgs, out: Out): Promise<number> {
  const [sub, ...params] = rest;
  const arity = (n: number, usage: string) => {
    if (params.length !== n) throw new UsageError(`Usage: bidmap team ${usage} --workspace DIR`);
  };
  switch (sub) {
    case 'join':
      arity(1, 'join ws://NAME@HOST:PORT --token TOKEN');
      return withWorkspace(args, out, (ws) => join(ws, params[0]!, args, out));
    case 'share':
    case 'unshare': {
      arity(1, `${sub} ACCOUNT --user NAME${sub === 'share' ? ' --level map|team|full' : ''}`);
      if (!args.user) throw new UsageError(`${sub} needs --user NAME (a member of the team: see \`bidmap team status\`).`);
      const level = sub === 'share' ? parseLevel(args.level) : null;
      return withClient(args, out, async (client, ws) => {
        const account = findAccount(ws.accounts(), params[0]!);
        if (!account) {
          out.error(`No single account matches "${params[0]}" in ${args.dir}. Run \`bidmap list\` to see the ids.`);
          return 1;
        }
        const result = level ? await client.share(account.id, args.user!, level) : await client.unshare(account.id, args.user!);
        // The documents go to the server now, so the member finds them at their next sync.
        const report = level ? await client.sync() : null;
        if (args.json) out.log(JSON.stringify({ ...result, sync: report }, null, 2));
        else {
          out.log(level ? `Shared ${account.name} with ${args.user} at level ${level}.` : `${args.user} no longer has ${account.name} (what they synced stays on their disk).`);
          out.log(`Members of ${account.name}: ${result.members.map((m) => `${m.name} (${m.level})`).join(', ') || 'none'}`);
        }
        return 0;
      });
    }
    case 'sync':
      arity(0, 'sync');
      return withClient(args, out, async (client) => {
        const report = await client.sync();
        if (args.json) out.log(JSON.stringify(report, null, 2));
        else printReport(report, out);
        return 0;
      });
    case 'status':
      arity(0, 'status');
      return withClient(args, out, async (client) => {
        // One look at the server (what is shared now, what it lacks); offline is a state, not a failure.
        await client.check();
        const status = client.status();
        if (args.json) {
          out.log(JSON.stringify(status, null, 2));
          return 0;
        }
        const c = status.connection;
        out.log(`Team server: ${status.server}, as ${status.name}`);
        out.log(
          c.status === 'connected'
            ? 'Connected.'
            : c.status === 'refused'
              ? `Refused by the server: ${c.reason}`
              : `Offline${c.status === 'offline' ? `: ${c.reason}` : ''}${status.problem ? ` (${status.problem})` : ''}.`,
        );
        if (status.waiting !== null) out.log(`Changes waiting to be sent: ${status.waiting}`);
        if (status.accounts.length === 0) out.log('No account is shared with this workspace yet.');
        for (const a of status.accounts) out.log(`  ${a.id}\t${a.name}\t${a.level}${a.revokedAt ? `\tno longer shared (since ${a.revokedAt}); the local copy stays` : ''}`);
        return 0;
      });
    default:
      throw new UsageError(sub ? `Unknown team command "${sub}": use ${SUBCOMMANDS}.` : `team needs a command: ${SUBCOMMANDS}.`);
  }
}

function parseLevel(level: string | undefined): RedactionLevel {
  if (!level || !(REDACTION_LEVELS as readonly string[]).includes(level)) throw new UsageError(`--level must be one of ${REDACTION_LEVELS.join(', ')}.`);
  return level as RedactionLevel;
}

async function join(ws: Workspace, address: string, args: TeamArgs, out: Out): Promise<number> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new UsageError(`"${address}" is not a server address: use ws://NAME@HOST:PORT (or wss:// behind TLS).`);
  }
  const name = decodeURIComponent(url.username) || args.user;
  if (!name) throw new UsageError('join needs the member name: ws://NAME@HOST:PORT or --user NAME.');
  if (!args.token) throw new UsageError('join needs --token TOKEN (printed by `bidmap team-server add-user NAME`).');
  const { me } = await TeamClient.join(ws, address, name, args.token);
  const accounts = Object.entries(me.grants);
  if (args.json) out.log(JSON.stringify({ joined: true, name: me.name, accounts: me.grants }, null, 2));
  else {
    out.log(`Joined the team at ${url.host} as ${me.name}.`);
    out.log(accounts.length ? `Shared with you: ${accounts.map(([id, level]) => `${id} (${level})`).join(', ')}. Run \`bidmap team sync\` to fetch them.` : 'Nothing is shared with you yet.');
  }
  return 0;
}

function printReport(report: SyncReport, out: Out) {
  if (report.accounts.length === 0) out.log('Synced: no account is shared with this workspace.');
  for (const a of report.accounts) out.log(`${a.name} (${a.level}): sent ${a.sent} change(s), received ${a.received}`);
  for (const id of report.revoked) out.log(`${id}: no longer shared with you; the local copy stays and is not synced any more.`);
  for (const c of report.conflicts)
    out.log(`Conflict in ${c.account} at ${c.path.join('.')}: ${c.values.map((v) => `${JSON.stringify(v.value)} (${v.by})`).join(' vs ')}; the first is shown, pick one in the app or edit it.`);
  out.log(`Synced: sent ${report.sent}, received ${report.received}.`);
}

async function withWorkspace(args: TeamArgs, out: Out, run: (ws: Workspace) => Promise<number>): Promise<number> {
  const ws = await Workspace.open(args.dir, args.codec);
  try {
    return await run(ws);
  } catch (e) {
    if (e instanceof TeamApiError || e instanceof TeamOfflineError || e instanceof TeamConfigError) {
      out.error(`bidmap: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    await ws.close();
  }
}

function withClient(args: TeamArgs, out: Out, run: (client: TeamClient, ws: Workspace) => Promise<number>): Promise<number> {
  return withWorkspace(args, out, async (ws) => {
    const client = await TeamClient.open(ws);
    if (!client) {
      out.error('bidmap: this workspace has not joined a team. Run `bidmap team join ws://NAME@HOST:PORT --token TOKEN` first.');
      return 1;
    }
    try {
      return await run(client, ws);
    } finally {
      await client.close();
    }
  });
}
