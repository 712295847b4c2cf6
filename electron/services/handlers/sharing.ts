import type { Handlers } from '../../../shared/ipc/contract';
import { ServiceError, serviceText } from '../errors';
import { readIncoming } from '../incoming/read-incoming';
import { Staging } from '../incoming/staging';
import { applyImport, exportAccounts, forgetSnapshot, previewImport } from '../sharing/exchange';
import { readBidmap, type ReadBidmap } from '../sharing/read-bidmap';
import type { ServiceContext } from './context';
import { saveAs } from './files';

type SharingCalls = Pick<Handlers, 'exportBidmap' | 'previewImport' | 'applyImport' | 'takeOpenedFiles' | 'forgetSnapshot'>;

export function sharingHandlers(ctx: ServiceContext): SharingCalls {
  // Two previews at most: a staged file can be up to 30 MB.
  const staged = new Staging<{ fileName: string; read: ReadBidmap }>(2);
  return {
    takeOpenedFiles: () => ctx.opened.take(),
    forgetSnapshot: async ({ accountId, snapshot }) => {
      await forgetSnapshot(ctx.workspace(), accountId, snapshot);
      return {};
    },
    exportBidmap: async ({ accountIds, level }) => {
      const ws = ctx.workspace();
      const exported = await exportAccounts(ws, accountIds, level);
      const first = exported.file.accounts[0]!;
      const name = exported.file.accounts.length === 1 ? first.name : `Bidmap ${exported.file.accounts.length}`;
      const { path } = await saveAs(ctx, `${name} (${level})`, 'bidmap', 'Bidmap org map', exported.json);
      if (path) {
        await exported.remember();
        ctx.exported.add(path);
      }
      return { path, accounts: exported.file.accounts.length, bytes: Buffer.byteLength(exported.json) };
    },
    previewImport: async ({ source }) => {
      const incoming = await readIncoming(source, 'bidmap', ctx.host, ctx.opened);
      if (!incoming) return null;
      const read = readBidmap(incoming.name, incoming.bytes);
      const preview = await previewImport(ctx.workspace(), read);
      return { ...preview, stagingId: staged.put({ fileName: incoming.name, read }), fileName: incoming.name };
    },
    applyImport: async ({ stagingId, choices }) => {
      const item = staged.get(stagingId);
      if (!item) throw new ServiceError('notFound', serviceText('previewExpired'));
      const result = await applyImport(ctx.workspace(), item.read, choices);
      staged.drop(stagingId);
      return result;
    },
  };
}
