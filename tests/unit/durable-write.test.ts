import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renameWithRetry, writeFileDurable } from '../../electron/services/fs/durable-write';
import { tempDir } from '../support/temp';

describe('durable atomic writes', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.json');
    await writeFile(file, 'old');
    await writeFileDurable(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('keeps the original intact when the write fails before the rename', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.json');
    await writeFile(file, 'saved before');
    await expect(
      writeFileDurable(file, 'never lands', async () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      }),
    ).rejects.toThrow(/no space/);
    expect(await readFile(file, 'utf8')).toBe('saved before');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('fails clearly when the folder does not exist', async () => {
    const dir = await tempDir();
    await expect(writeFileDurable(join(dir, 'missing', 'a.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('retries a rename another program holds for a moment (EPERM, EBUSY), and gives up with the error when it lasts', async () => {
    const failing = (times: number, code: string) => {
      let calls = 0;
      const move = async () => {
        calls++;
        if (calls <= times) throw Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
      };
      return { move, calls: () => calls };
    };
    const brief = failing(3, 'EPERM');
    await renameWithRetry('a', 'b', brief.move, [1, 1, 1, 1]);
    expect(brief.calls()).toBe(4);
    const busy = failing(2, 'EBUSY');
    await renameWithRetry('a', 'b', busy.move, [1, 1, 1]);
    expect(busy.calls()).toBe(3);
    const lasting = failing(100, 'EPERM');
    await expect(renameWithRetry('a', 'b', lasting.move, [1, 1, 1])).rejects.toThrow(/EPERM/);
    expect(lasting.calls()).toBe(4);
    // Other errors are not retried.
    const gone = failing(1, 'ENOENT');
    await expect(renameWithRetry('a', 'b', gone.move, [1, 1])).rejects.toThrow(/ENOENT/);
    expect(gone.calls()).toBe(1);
  });
});
