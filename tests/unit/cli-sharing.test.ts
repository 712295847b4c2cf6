import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { Workspace } from '../../electron/services/store/workspace';
import { cli, snapshot } from '../support/cli';
import { tempDir } from '../support/temp';

describe('bidmap export, validate and import', () => {
  it('exports accounts at a level, validates the file, and imports it into another workspace', async () => {
    const from = await tempDir();
    await writeDemoWorkspace(from, 'en');
    const file = join(await tempDir(), 'share.bidmap');
    const exported = await cli('export', 'henan', 'Jiangcheng', '--level', 'map', '--out', file, '--workspace', from, '--json');
    expect(exported.code, exported.err).toBe(0);
    expect(JSON.parse(exported.out).accounts.map((a: { id: string }) => a.id)).toEqual(['henan', 'bank']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'bidmap', level: 'map' });

    const valid = await cli('validate', file);
    expect(valid.code).toBe(0);
    expect(valid.out).toContain('valid .bidmap (file version 1), level map');

    const to = await tempDir();
    const imported = await cli('import', file, '--workspace', to);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out.split('\n').map((l) => l.split('\t')[0])).toEqual(['added', 'added']);
    const listed = await cli('list', '--workspace', to, '--json');
    expect(
      JSON.parse(listed.out)
        .map((a: { id: string }) => a.id)
        .sort(),
    ).toEqual(['bank', 'henan']);
  });

  it('resolves conflicts as asked: mine by default, theirs with --conflicts theirs', async () => {
    const ours = await tempDir();
    await writeDemoWorkspace(ours, 'en');
    const file = join(await tempDir(), 'theirs.bidmap');
    await cli('export', 'henan', '--level', 'full', '--out', file, '--workspace', ours);
    // Their copy renames the account; ours renames it otherwise (no common base in a third workspace).
    const doc = JSON.parse(await readFile(file, 'utf8'));
    doc.accounts[0].name = 'Henan (theirs)';
    await writeFile(file, JSON.stringify(doc));
    const renamedHere = async () => {
      const dir = await tempDir();
      await writeDemoWorkspace(dir, 'en');
      const ws = await Workspace.open(dir);
      await ws.rename('henan', 'Henan (mine)');
      await ws.close();
      return dir;
    };
    const nameIn = async (dir: string) => JSON.parse((await cli('show', 'henan', '--workspace', dir, '--json')).out).name;

    const mineDir = await renamedHere();
    const kept = await cli('import', file, '--workspace', mineDir, '--json');
    expect(kept.code, kept.err).toBe(0);
    // Keeping mine everywhere changes nothing here; the conflict was seen.
    expect(JSON.parse(kept.out).accounts[0]).toMatchObject({ result: 'unchanged', conflicts: 1 });
    expect(await nameIn(mineDir)).toBe('Henan (mine)');

    const theirsDir = await renamedHere();
    const taken = await cli('import', file, '--workspace', theirsDir, '--conflicts', 'theirs');
    expect(taken.code, taken.err).toBe(0);
    expect(taken.out).toMatch(
      /^merged\tHenan \(theirs\) \[henan\]: 0 added, 0 field\(s\) taken, 1 conflict\(s\) resolved as theirs/,
    );
    expect(await nameIn(theirsDir)).toBe('Henan (theirs)');
  });

  it('refuses a broken or newer file with a clear message, and changes nothing', async () => {
    const dir = await tempDir();
    await writeDemoWorkspace(dir, 'en');
    const before = await snapshot(dir);
    const file = join(await tempDir(), 'newer.bidmap');
    await writeFile(file, JSON.stringify({ format: 'bidmap', schemaVersion: 9, accounts: [] }));
    const newer = await cli('import', file, '--workspace', dir);
    expect(newer.code).toBe(1);
    expect(newer.err).toContain('file version 9; this Bidmap reads file versions up to 1');
    await writeFile(file, '{"format": "bidmap", "schemaVersion": 1, "accounts": [');
    const broken = await cli('validate', file);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('truncated');
    expect(await snapshot(dir)).toEqual(before);
    expect((await cli('import', join(dir, 'nothing-here.bidmap'), '--workspace', dir)).err).toContain('cannot be read');
    expect((await cli('export', 'henan', '--level', 'secret', '--out', file, '--workspace', dir)).code).toBe(2);
  });
});
