import { readFile } from 'node:fs/promises';
import { TeamServerError } from '../services/team/server/errors';
import { purgeHistory } from '../services/team/server/purge';
import { startTeamServer } from '../services/team/server/server';
import { addUser, grant, readUsers, resetToken, revoke, UsersError } from '../services/team/server/users';
import { absolute, UsageError, type Out } from './commands';

export interface TeamServerArgs {
  data: string | undefined;
  host: string | undefined;
  port: string | undefined;
  tlsCert?: string | undefined;
  tlsKey?: string | undefined;
}

/** `bidmap team-server …`: runs the server, or manages its members (add-user, reset-token, grant, revoke, list) and documents (purge-history). */
export async function teamServer(rest: string[], args: TeamServerArgs, out: Out, stop?: Promise<unknown>): Promise<number> {
  if (!args.data) throw new UsageError('team-server needs --data DIR (the folder of its users and documents).');
  const data = absolute(args.data);
  const [sub, ...params] = rest;
  if (sub !== undefined && (args.tlsCert !== undefined || args.tlsKey !== undefined))
    throw new UsageError('--tls-cert and --tls-key go with running the server (bidmap team-server --data DIR …), not with a command.');
  const arity = (n: number, usage: string) => {
    if (params.length !== n) throw new UsageError(`Usage: bidmap team-server ${usage} --data DIR`);
  };
  try {
    switch (sub) {
      case undefined:
        return await serve(data, args, out, stop);
      case 'add-user': {
        arity(1, 'add-user NAME');
        const token = await addUser(data, params[0]!);
        out.log(`Added ${params[0]}. Their token, shown this once (the server keeps only its hash):`);
        out.log(token);
        return 0;
      }
      case 'reset-token': {
        arity(1, 'reset-token NAME');
        const token = await resetToken(data, params[0]!);
        out.log(`New token for ${params[0]}, shown this once; the old one no longer works (their rights are kept):`);
        out.log(token);
        return 0;
      }
      case 'purge-history': {
        arity(2, 'purge-history ACCOUNT map|team|full|index');
        const r = await purgeHistory(data, params[0]!, params[1]!);
        out.log(`Purged the history of account ${r.account}'s ${r.part} document:`);
        const changes = (n: number) => `${n} change${n === 1 ? '' : 's'}`;
        out.log(`  before: epoch ${r.from.epoch}, ${changes(r.from.changes)}, ${r.from.bytes} bytes on disk (${r.from.id}, removed)`);
        out.log(`  after:  epoch ${r.to.epoch}, ${changes(r.to.changes)}, ${r.to.bytes} bytes on disk (${r.to.id}), the current state only`);
        out.log("Members get the new document when they next sync; copies of the old history on members' disks stay there.");
        return 0;
      }
      case 'grant':
        arity(3, 'grant USER ACCOUNT map|team|full');
        await grant(data, params[0]!, params[1]!, params[2]!);
        out.log(`${params[0]} may now read and change account ${params[1]} up to level ${params[2]} (from their next connection).`);
        return 0;
      case 'revoke':
        arity(2, 'revoke USER ACCOUNT');
        out.log(
          (await revoke(data, params[0]!, params[1]!))
            ? `${params[0]} no longer has account ${params[1]} (from their next connection; what they synced stays on their disk).`
            : `${params[0]} had no right to account ${params[1]}; nothing changed.`,
        );
        return 0;
      case 'list':
        arity(0, 'list');
        return list(await readUsers(data), out);
      default:
        throw new UsageError(`Unknown team-server command "${sub}": use add-user, reset-token, grant, revoke, list or purge-history, or none to run the server.`);
    }
  } catch (e) {
    if (e instanceof UsersError || e instanceof TeamServerError) {
      out.error(`bidmap: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

function list(users: Awaited<ReturnType<typeof readUsers>>, out: Out): number {
  const names = Object.keys(users.users).sort();
  if (names.length === 0) out.log('No members yet (add one with `bidmap team-server add-user NAME --data DIR`).');
  for (const name of names) {
    const grants = Object.entries(users.users[name]!.grants).sort(([a], [b]) => a.localeCompare(b));
    out.log(`${name}\t${grants.length ? grants.map(([account, level]) => `${account}:${level}`).join(' ') : '(no accounts)'}`);
  }
  return 0;
}

async function serve(data: string, args: TeamServerArgs, out: Out, stop: Promise<unknown> | undefined): Promise<number> {
  const port = args.port === undefined ? 0 : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535 (0: any free port), not "${args.port}".`);
  if ((args.tlsCert === undefined) !== (args.tlsKey === undefined))
    throw new UsageError('--tls-cert FILE and --tls-key FILE go together: give both (TLS) or neither (plain, or TLS at a reverse proxy).');
  const tls = args.tlsCert !== undefined && args.tlsKey !== undefined ? { cert: await pem(args.tlsCert, '--tls-cert'), key: await pem(args.tlsKey, '--tls-key') } : undefined;
  const server = await startTeamServer({ data, host: args.host ?? '127.0.0.1', port, log: out.error, tls });
  // Last resort: a rejection nobody awaited (inside the Repo) is logged, not allowed to stop every member's sync.
  const unexpected = (e: unknown) => out.error(`team-server: unexpected error, still running: ${e instanceof Error ? e.message : String(e)}`);
  process.on('unhandledRejection', unexpected);
  out.log(`listening on ${server.host}:${server.port}${server.tls ? ' (TLS)' : ''}`);
  await (stop ?? signalled());
  process.off('unhandledRejection', unexpected);
  await server.close();
  out.log('stopped; documents written to disk');
  return 0;
}

async function pem(file: string, option: string): Promise<Buffer> {
  try {
    return await readFile(absolute(file));
  } catch (e) {
    throw new TeamServerError(`${option} ${file} cannot be read: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}.`);
  }
}

/** Resolves on the first SIGTERM or SIGINT. */
function signalled(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', on).off('SIGINT', on);
      resolve(signal);
    };
    process.on('SIGTERM', on).on('SIGINT', on);
  });
}
