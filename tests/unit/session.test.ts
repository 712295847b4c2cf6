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
    expect(s.workspace().list().map((a) => a.name).join(' ')).toMatch(/河南/);
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
