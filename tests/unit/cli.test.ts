import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, stat, truncate, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../electron/cli';
import { Workspace } from '../../electron/services/store/workspace';
import { tempDir } from '../support/temp';
import { cli, snapshot } from '../support/cli';

describe('bidmap demo, list and show', () => {
  it('writes the demo into a new workspace and lists it as JSON', async () => {
    const dir = await tempDir();
    expect((await cli('demo', '--workspace', dir, '--lang', 'zh-CN')).code).toBe(0);
    const { code, out } = await cli('list', '--json', '--workspace', dir);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as { id: string; name: string; people: number }[];
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => typeof r.id === 'string' && typeof r.name === 'string')).toBe(true);
    expect(rows.find((r) => r.name.includes('河南'))!.people).toBeGreaterThanOrEqual(12);
  });

  it('refuses to write the demo over an existing workspace', async () => {
    const dir = await tempDir();
    await cli('demo', '--workspace', dir);
    const { code, err } = await cli('demo', '--workspace', dir);
    expect(code).toBe(1);
    expect(err).toMatch(/already holds a workspace \(accounts in it: 4\)/);
  });

  it('shows one account by id or by name; --json gives the stored document', async () => {
    const dir = await tempDir();
    await cli('demo', '--workspace', dir);
    const [first] = JSON.parse((await cli('list', '--json', '--workspace', dir)).out) as { id: string; name: string }[];
    const byId = await cli('show', first!.id, '--json', '--workspace', dir);
    expect(byId.code).toBe(0);
    const stored = JSON.parse(await readFile(join(dir, 'accounts', `${first!.id}.json`), 'utf8'));
    expect(JSON.parse(byId.out)).toEqual(stored);
    const byName = await cli('show', first!.name, '--workspace', dir);
    expect(byName.out).toContain(first!.name);
    expect(byName.out).toMatch(/People:/);
    const missing = await cli('show', 'no such account', '--workspace', dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/No single account matches/);
  });

  it('explains usage errors with exit code 2', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('list', '--bogus')).err).toMatch(/--help/);
    expect((await cli('--help')).out).toBe(HELP);
  });
});

describe('bidmap doctor', () => {
  it('exits 0 on the demo workspace', async () => {
    const dir = await tempDir();
    await cli('demo', '--workspace', dir);
    const { code, out } = await cli('doctor', '--workspace', dir);
    expect(code).toBe(0);
    expect(out).toMatch(/4 account file\(s\) valid, 0 problem/);
  });

  it('exits 1 after an account file is truncated, names it, and changes nothing', async () => {
    const dir = await tempDir();
    await cli('demo', '--workspace', dir);
    const victim = join(dir, 'accounts', (await readdir(join(dir, 'accounts')))[0]!);
    await truncate(victim, Math.floor((await stat(victim)).size / 2));
    const before = await snapshot(dir);
    const { code, err } = await cli('doctor', '--workspace', dir);
    expect(code).toBe(1);
    expect(err).toContain(`accounts/${victim.split('/').pop()}`);
    expect(err).toMatch(/invalidJson/);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('--json gives the problems as data', async () => {
    const dir = await tempDir();
    await cli('demo', '--workspace', dir);
    const name = (await readdir(join(dir, 'accounts')))[0]!;
    await writeFile(join(dir, 'accounts', name), '');
    const { code, out } = await cli('doctor', '--json', '--workspace', dir);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      validAccountFiles: 3,
      problems: [{ file: `accounts/${name}`, code: 'invalidJson' }],
      setAside: [],
    });
  });

  it('still reports an account the app set aside as damaged, until it is restored', async () => {
    const dir = await tempDir();
    await cli('demo', '--workspace', dir);
    const name = (await readdir(join(dir, 'accounts')))[0]!;
    await writeFile(join(dir, 'accounts', name), '{"trunc');
    await (await Workspace.open(dir)).close(); // the app's start moves the file to damaged/
    const { code, err } = await cli('doctor', '--workspace', dir);
    expect(code).toBe(1);
    expect(err).toContain(`accounts/${name}: setAside`);
    const ws = await Workspace.open(dir);
    await ws.restoreBackup(name.replace(/\.json$/, ''));
    await ws.close();
    expect((await cli('doctor', '--workspace', dir)).code).toBe(0);
  });

  it('exits 1 on a folder that is not a workspace (a mistyped path does not pass)', async () => {
    const { code, err } = await cli('doctor', '--workspace', join(await tempDir(), 'no-such-dir'));
    expect(code).toBe(1);
    expect(err).toMatch(/not a Bidmap workspace/);
  });

  it('names a schema problem with the field path', async () => {
    const dir = await tempDir();
    await cli('demo', '--workspace', dir);
    const name = (await readdir(join(dir, 'accounts')))[0]!;
    const doc = JSON.parse(await readFile(join(dir, 'accounts', name), 'utf8'));
    doc.people[0].influence = 9;
    await writeFile(join(dir, 'accounts', name), JSON.stringify(doc));
    const { code, err } = await cli('doctor', '--workspace', dir);
    expect(code).toBe(1);
    expect(err).toMatch(/people\.0\.influence/);
  });
});

describe('bidmap briefing and brief: what they refuse before printing', () => {
  // The PDFs themselves are checked in tests/e2e/briefing-cli.spec.ts (they need Chromium and the build).
  async function demoDir() {
    const dir = await tempDir();
    await cli('demo', '--workspace', dir, '--lang', 'zh-CN');
    return dir;
  }

  it('needs --level and --out, and a level that exists (usage errors, exit 2)', async () => {
    const dir = await demoDir();
    const out = join(dir, 'b.pdf');
    const noLevel = await cli('briefing', 'henan', '--out', out, '--workspace', dir);
    expect(noLevel.code).toBe(2);
    expect(noLevel.err).toMatch(/--level is required: map, team, full/);
    const badLevel = await cli('briefing', 'henan', '--level', 'secret', '--out', out, '--workspace', dir);
    expect(badLevel.code).toBe(2);
    expect(badLevel.err).toMatch(/--level must be one of map, team, full \(got "secret"\)/);
    expect((await cli('briefing', 'henan', '--level', 'map', '--workspace', dir)).err).toMatch(/--out FILE.pdf is required/);
    expect((await cli('briefing', 'henan', '--level', 'map', '--lang', 'fr', '--out', out, '--workspace', dir)).code).toBe(2);
    expect((await cli('briefing', 'henan', '--level', 'map', '--people', 'some', '--out', out, '--workspace', dir)).code).toBe(2);
    expect((await cli('brief', 'henan', '--level', 'map', '--out', out, '--workspace', dir)).err).toMatch(
      /an account and a person/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('names the account, person or opportunity it cannot find (exit 1)', async () => {
    const dir = await demoDir();
    const out = join(dir, 'b.pdf');
    const account = await cli('briefing', 'nowhere', '--level', 'map', '--out', out, '--workspace', dir);
    expect(account.code).toBe(1);
    expect(account.err).toMatch(/No single account matches "nowhere"/);
    const person = await cli('brief', 'henan', '无此人', '--level', 'map', '--out', out, '--workspace', dir);
    expect(person.code).toBe(1);
    expect(person.err).toMatch(/No single person matches "无此人" in "河南省电力公司/);
    const opportunity = await cli(
      'briefing',
      'henan',
      '--opportunity',
      'nope',
      '--level',
      'map',
      '--out',
      out,
      '--workspace',
      dir,
    );
    expect(opportunity.code).toBe(1);
    expect(opportunity.err).toMatch(/No single opportunity matches "nope".*Its opportunities: \S+ \(/);
    expect(existsSync(out)).toBe(false);
  });

  it('says when --out cannot be written, before starting a browser (exit 1)', async () => {
    const dir = await demoDir();
    const missing = await cli(
      'briefing',
      'henan',
      '--level',
      'map',
      '--out',
      join(dir, 'no-such-folder', 'b.pdf'),
      '--workspace',
      dir,
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/Cannot write .*b\.pdf: its folder does not exist/);
    const folder = await cli('brief', 'henan', '孙建华', '--level', 'map', '--out', dir, '--workspace', dir);
    expect(folder.code).toBe(1);
    expect(folder.err).toMatch(/is a folder: give a file name/);
  });

  it('says which browser it could not find and how to name one (exit 1)', async () => {
    const dir = await demoDir();
    const out = join(dir, 'b.pdf');
    const given = await cli(
      'briefing',
      'henan',
      '--level',
      'map',
      '--out',
      out,
      '--browser',
      join(dir, 'no-chrome'),
      '--workspace',
      dir,
    );
    expect(given.code).toBe(1);
    expect(given.err).toContain(`No browser at ${join(dir, 'no-chrome')} (--browser)`);
    const saved = process.env.BIDMAP_CHROMIUM;
    process.env.BIDMAP_CHROMIUM = join(dir, 'missing-chromium');
    try {
      const env = await cli('brief', 'henan', '孙建华', '--level', 'full', '--out', out, '--workspace', dir);
      expect(env.code).toBe(1);
      expect(env.err).toContain(`BIDMAP_CHROMIUM is ${join(dir, 'missing-chromium')}, which does not exist`);
      expect(env.err).toMatch(/--browser PATH/);
    } finally {
      if (saved === undefined) delete process.env.BIDMAP_CHROMIUM;
      else process.env.BIDMAP_CHROMIUM = saved;
    }
    expect(existsSync(out)).toBe(false);
  });

  it('is in --help', async () => {
    const { out } = await cli('--help');
    expect(out).toMatch(/bidmap briefing <account> --level map\|team\|full --out FILE\.pdf/);
    expect(out).toMatch(/bidmap brief <account> <person> --level map\|team\|full --out FILE\.pdf/);
  });
});

describe('the bidmap command from the checkout', () => {
  it('runs as `npm run --silent cli -- --help`', () => {
    const r = spawnSync('npm', ['run', '--silent', 'cli', '--', '--help'], {
      cwd: resolve(import.meta.dirname, '../..'),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('bidmap doctor');
  });
});
