import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemps } from '../../electron/services/fs/durable-write';
import { Workspace } from '../../electron/services/store/workspace';
import { tempDir } from '../support/temp';

/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('temp files left by a crash in the middle of a write', () => {
  it('are removed when their process is gone; those of running processes and other files stay', async () => {
    const dir = await tempDir();
    const dead = deadPid();
    const names = {
      stale: `a.json.${dead}.7.tmp`,
      mine: `a.json.${process.pid}.1.tmp`,
      parent: `a.json.${process.ppid}.3.tmp`,
      other: 'notes.tmp',
      file: 'a.json',
    };
    for (const n of Object.values(names)) await writeFile(join(dir, n), 'x');
    expect(await removeStaleTemps(dir)).toEqual([names.stale]);
    expect((await readdir(dir)).sort()).toEqual([names.file, names.mine, names.parent, names.other].sort());
  });

  it('are cleared when a workspace opens, beside workspace.json, the accounts and the exchanged copies', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    const { id } = await ws.create('Acme');
    await ws.close();
    const saved = await readFile(join(dir, 'accounts', `${id}.json`), 'utf8');
    const dead = deadPid();
    await mkdir(join(dir, 'exchange', id), { recursive: true });
    const temps = [
      join(dir, `workspace.json.${dead}.1.tmp`),
      join(dir, 'accounts', `${id}.json.${dead}.2.tmp`),
      join(dir, 'exchange', id, `x.json.${dead}.3.tmp`),
    ];
    for (const t of temps) await writeFile(t, '{"half":');
    await (await Workspace.open(dir)).close();
    const left = (await readdir(dir, { recursive: true })).filter((n) => n.endsWith('.tmp'));
    expect(left).toEqual([]);
    expect(await readFile(join(dir, 'accounts', `${id}.json`), 'utf8')).toBe(saved);
  });
});
