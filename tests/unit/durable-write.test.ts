import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileDurable } from '../../electron/services/fs/durable-write';
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
});
