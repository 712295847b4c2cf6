import { describe, expect, it } from 'vitest';
import { openSession } from '../../electron/services/session';
import { TestHost } from '../support/host';
import { tempDir } from '../support/temp';

const open = (dir: string) =>
  openSession({ workspaceDir: dir, host: new TestHost(), appDataDir: null, defaultLanguage: 'zh-CN', seedDemoIfEmpty: true });

describe('a first start', () => {
  it('seeds the demo into an empty workspace, in the default language', async () => {
    const dir = await tempDir();
    const s = await open(dir);
    expect(
      s
        .workspace()
        .list()
        .map((a) => a.name)
        .join(' '),
    ).toMatch(/河南/);
    expect(s.workspace().list()).toHaveLength(4);
    await s.close();
  });

  it('does not seed again once the workspace exists, even after every account is deleted', async () => {
    const dir = await tempDir();
    const first = await open(dir);
    for (const a of first.workspace().list()) await first.workspace().delete(a.id);
    await first.close();
    const again = await open(dir);
    expect(again.workspace().list()).toEqual([]);
    await again.close();
  });
});

describe('switching workspaces through the API', () => {
  it('refuses a relative folder path with a clear message and keeps the current workspace', async () => {
    const dir = await tempDir();
    const s = await open(dir);
    const reply = await s.invoke('switchWorkspace', { path: 'elsewhere' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(JSON.stringify(reply)).toMatch(/absolute folder path/);
    expect(s.workspace().dir).toBe(dir);
    await s.close();
  });

  it('switching to the open folder changes nothing; another folder opens fresh', async () => {
    const dir = await tempDir();
    const s = await open(dir);
    const before = s.workspace();
    expect(await s.invoke('switchWorkspace', { path: dir })).toMatchObject({ ok: true, value: { path: dir } });
    expect(s.workspace()).toBe(before);
    const other = await tempDir();
    expect(await s.invoke('switchWorkspace', { path: other })).toMatchObject({ ok: true, value: { path: other } });
    expect(s.workspace().list()).toEqual([]);
    await s.close();
  });
});

describe('reading the page fonts for a picture', () => {
  it('takes only a plain .woff2 name: a path cannot leave the assets folder', async () => {
    const s = await open(await tempDir());
    for (const name of ['../../etc/passwd', '../x.woff2', 'a/b.woff2', 'font.ttf', '']) {
      expect(await s.invoke('readFont', { name })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    }
    await s.close();
  });
});
