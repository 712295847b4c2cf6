import { startTeamServer } from '../../electron/services/team/server/server';

// The team server of `npm run bench -- team`'s load measure, in a process of its own so its memory
// and CPU are the server's alone (the members' clients run in the bench's process). Started as
// `node --expose-gc --import tsx team-server-child.ts DATA`; prints `listening PORT`, then answers
// each "usage" line on stdin with one JSON line of process.memoryUsage() (after a full GC) and
// process.cpuUsage(); "stop" closes the server and ends the process.

const data = process.argv[2];
if (!data) throw new Error('usage: team-server-child.ts DATA');
const server = await startTeamServer({ data, host: '127.0.0.1', port: 0 });
process.stdout.write(`listening ${server.port}\n`);

const gc = (globalThis as { gc?: () => void }).gc;
let pending = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  pending += chunk;
  let nl;
  while ((nl = pending.indexOf('\n')) >= 0) {
    const line = pending.slice(0, nl).trim();
    pending = pending.slice(nl + 1);
    if (line === 'usage') {
      gc?.();
      const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
      process.stdout.write(`${JSON.stringify({ rss, heapUsed, external, arrayBuffers, cpu: process.cpuUsage(), gc: Boolean(gc) })}\n`);
    } else if (line === 'stop') {
      void server.close().then(() => process.exit(0));
    }
  }
});
