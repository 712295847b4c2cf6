import { readFileSync } from 'node:fs';
import { WebSocketServer } from 'ws';

// The reference of `npm run bench -- team`'s first sync: a plain `ws` server in a process of its
// own (as the team server runs in one), which sends the account in FILE as JSON to each client
// that connects, stringified for each, as a server without Automerge would. Started as
// `node --import tsx plain-socket-child.ts FILE`; prints `listening PORT`; "stop" on stdin ends it.

const file = process.argv[2];
if (!file) throw new Error('usage: plain-socket-child.ts FILE');
const account: unknown = JSON.parse(readFileSync(file, 'utf8'));
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
wss.on('connection', (socket) => socket.send(JSON.stringify(account)));
wss.once('listening', () => process.stdout.write(`listening ${(wss.address() as { port: number }).port}\n`));
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  if (chunk.includes('stop')) wss.close(() => process.exit(0));
});
