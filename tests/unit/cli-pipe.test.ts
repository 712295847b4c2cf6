// `bidmap … --json | jq .`: what the command prints arrives whole through a pipe, however slowly
// the reader reads. A pipe holds 64 KiB; a process that exits before its standard output drained
// loses the rest, so these run the real command line as a process, its output piped into another.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/services/store/workspace';
import { generateOrgAccount } from '../support/org-generator';
import { tempDir } from '../support/temp';

const ROOT = resolve(import.meta.dirname, '../..');
/** A reader slower than the writer: it stops for half a second at the first bytes, then reads in small bites. */
const SLOW_READER = `
const chunks = [];
process.stdin.on('data', (chunk) => {
  chunks.push(chunk);
  process.stdin.pause();
  setTimeout(() => process.stdin.resume(), chunks.length === 1 ? 500 : 1);
});
process.stdin.on('end', () => process.stdout.write(Buffer.concat(chunks)));
`;

/**
 * Runs \`bidmap <args> | node -e <slow reader>\` in a shell, as a user's pipeline into jq would:
 * the command line's standard output is the pipe itself. The exit code is the pipeline's.
 */
function pipeThroughReader(args: string[]): Promise<{ code: number | null; received: Buffer; err: string }> {
  return new Promise((done, fail) => {
    const script = 'set -o pipefail; "$NODE" --import tsx electron/cli/bin.ts "$@" | "$NODE" -e "$READER"';
    const shell = spawn('bash', ['-c', script, 'bidmap-pipe', ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE: process.execPath, READER: SLOW_READER },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const received: Buffer[] = [];
    let err = '';
    shell.stdout.on('data', (d: Buffer) => received.push(d));
    shell.stderr.on('data', (d: Buffer) => (err += d.toString()));
    shell.on('error', fail);
    shell.on('close', (code) => done({ code, received: Buffer.concat(received), err }));
  });
}

/** A workspace with a 150-person account (about 500 KB of JSON) and 420 small ones (a long list). */
async function bigWorkspace(): Promise<string> {
  const dir = await tempDir();
  const ws = await Workspace.open(dir);
  await ws.add([
    generateOrgAccount({ people: 150, seed: 15, id: 'big-account', name: 'Big Account', details: { today: '2026-12-07' } }),
    ...Array.from({ length: 420 }, (_, i) =>
      generateOrgAccount({
        people: 2,
        seed: i + 100,
        id: `small-${i}`,
        name: `Small account number ${i}, ${'with a name long enough to make the list big '.repeat(3)}`.trim(),
      }),
    ),
  ]);
  await ws.close();
  return dir;
}

describe('the command line through a pipe', () => {
  it('`show <account> --json` of a 150-person account arrives whole: every byte, valid JSON', async () => {
    const dir = await bigWorkspace();
    const { code, received, err } = await pipeThroughReader(['show', 'big-account', '--json', '--workspace', dir]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(received.length).toBeGreaterThan(4 * 65_536);
    const shown = JSON.parse(received.toString('utf8')) as { people: unknown[] };
    expect(shown.people).toHaveLength(150);
  }, 60_000);

  it('`list --json` of 421 accounts arrives whole', async () => {
    const dir = await bigWorkspace();
    const { code, received, err } = await pipeThroughReader(['list', '--json', '--workspace', dir]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(received.length).toBeGreaterThan(100_000);
    const rows = JSON.parse(received.toString('utf8')) as { id: string }[];
    expect(rows).toHaveLength(421);
  }, 60_000);

  it('a reader that stops early (`| head -c 100`) ends the command quietly, without a crash', async () => {
    const dir = await bigWorkspace();
    const shell = spawn(
      'bash',
      [
        '-c',
        '"$NODE" --import tsx electron/cli/bin.ts show big-account --json --workspace "$DIR" | head -c 100; echo " status=${PIPESTATUS[0]}"',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, NODE: process.execPath, DIR: dir },
      },
    );
    let out = '';
    let err = '';
    shell.stdout.on('data', (d: Buffer) => (out += d.toString()));
    shell.stderr.on('data', (d: Buffer) => (err += d.toString()));
    await new Promise((done) => shell.on('close', done));
    expect(out).toMatch(/^\{\n {2}"schemaVersion"/);
    expect(out).toMatch(/ status=0\n$/);
    expect(err).toBe('');
  }, 60_000);
});
