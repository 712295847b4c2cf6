// The processes the team crash test kills with SIGKILL. Each says on stdout what it has done, one
// line at a time, written straight to fd 1 only after the work it names is done:
//
//   server <data> <port>             runs a team server; `listening <port>` once it listens
//   member <dir> <account> <from>    opens the workspace with its team client syncing in the
//                                    background and adds a person "k-<n>" (n = from, from + 1, …)
//                                    to the account for ever; `ack <n>` once the save is on disk
//
// Bundled by CrashChild (tests/support/crash-process.ts).
import { writeSync } from 'node:fs';
import { startTeamServer } from '../../electron/services/team/server/server';
import { TeamClient } from '../../electron/services/team/client/client';
import { Workspace } from '../../electron/services/store/workspace';

const say = (line: string) => writeSync(1, `${line}\n`);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function server(data: string, port: number) {
  const s = await startTeamServer({ data, host: '127.0.0.1', port });
  say(`listening ${s.port}`);
  // Runs until killed.
  setInterval(() => undefined, 60_000);
}

async function member(dir: string, account: string, from: number) {
  const ws = await Workspace.open(dir);
  const client = await TeamClient.open(ws);
  if (!client) throw new Error(`${dir} has not joined a team`);
  client.start(300);
  for (let n = from; ; n++) {
    ws.update(account, (a) => ({
      ...a,
      people: [...a.people, { ...a.people[0]!, id: `k-${n}`, name: `Kept ${n}`, title: `edit ${n}`, keyPerson: false }],
    }));
    await ws.saveNow(account);
    say(`ack ${n}`);
    await pause(20 + Math.random() * 40);
  }
}

const [mode, ...args] = process.argv.slice(2);
const run = mode === 'server' ? server(args[0]!, Number(args[1])) : mode === 'member' ? member(args[0]!, args[1]!, Number(args[2])) : Promise.reject(new Error(`unknown mode ${mode}`));
run.catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
