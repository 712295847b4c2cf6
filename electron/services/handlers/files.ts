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

export function fileHandlers(ctx: ServiceContext): Pick<Handlers, 'savePicture' | 'readFont'> {
  return {
    readFont: async ({ name }) => ({ base64: Buffer.from(await ctx.host.readPageAsset(name)).toString('base64') }),
    savePicture: async ({ name, kind, data }) => {
      const path = await ctx.host.chooseSaveFile({
        title: 'Bidmap',
        defaultName: `${safeFileName(name)}.${kind}`,
        filters: [{ name: kind.toUpperCase(), extensions: [kind] }],
      });
      if (!path) return { path: null };
      await writeFileDurable(path, kind === 'png' ? Buffer.from(data, 'base64') : data);
      return { path };
    },
  };
}
