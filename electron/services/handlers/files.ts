import type { Handlers } from '../../../shared/ipc/contract';
import { writeFileDurable } from '../fs/durable-write';
import type { ServiceContext } from './context';

/** A file name from an account name: no path separators or characters Windows refuses. */
export const safeFileName = (name: string) =>
  [...name]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/ +/g, ' ')
    .trim()
    .slice(0, 120) || 'chart';

/** Asks where to save (the dialog offers `name.extension`) and writes there; null when cancelled. */
export async function saveAs(ctx: ServiceContext, name: string, extension: string, filter: string, data: string | Buffer): Promise<{ path: string | null }> {
  const path = await ctx.host.chooseSaveFile({
    title: 'Bidmap',
    defaultName: `${safeFileName(name)}.${extension}`,
    filters: [{ name: filter, extensions: [extension] }],
  });
  if (!path) return { path: null };
  await writeFileDurable(path, data);
  return { path };
}

export function fileHandlers(ctx: ServiceContext): Pick<Handlers, 'savePicture' | 'readFont'> {
  return {
    readFont: async ({ name }) => ({ base64: Buffer.from(await ctx.host.readPageAsset(name)).toString('base64') }),
    savePicture: ({ name, kind, data }) => saveAs(ctx, name, kind, kind.toUpperCase(), kind === 'png' ? Buffer.from(data, 'base64') : data),
  };
}
