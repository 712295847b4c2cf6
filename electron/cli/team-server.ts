import { startTeamServer } from '../services/team/server/server';
import { addUser, grant, readUsers, revoke, UsersError } from '../services/team/server/users';
import { absolute, UsageError, type Out } from './commands';

export interface TeamServerArgs {
  data: string | undefined;
  host: string | undefined;
  port: string | undefined;
}

/** `bidmap team-server …`: runs the server, or manages its members (add-user, grant, revoke, list). */
export async function teamServer(rest: string[], args: TeamServerArgs, out: Out, stop?: Promise<unknown>): Promise<number> {
  if (!args.data) throw new UsageError('team-server needs --data DIR (the folder of its users and documents).');
  const data = absolute(args.data);
  const [sub, ...params] = rest;
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
        throw new UsageError(`Unknown team-server command "${sub}": use add-user, grant, revoke or list, or none to run the server.`);
    }
  } catch (e) {
    if (e instanceof UsersError) {
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
  const server = await startTeamServer({ data, host: args.host ?? '127.0.0.1', port, log: out.error });
  // Last resort: a rejection nobody awaited (inside the Repo) is logged, not allowed to stop every member's sync.
  const unexpected = (e: unknown) => out.error(`team-server: unexpected error, still running: ${e instanceof Error ? e.message : String(e)}`);
  process.on('unhandledRejection', unexpected);
  out.log(`listening on ${server.host}:${server.port}`);
  await (stop ?? signalled());
  process.off('unhandledRejection', unexpected);
  await server.close();
  out.log('stopped; documents written to disk');
  return 0;
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
