import type { Handlers } from '../../../shared/ipc/contract';
import { accountHandlers } from './accounts';
import { briefingHandlers } from './briefing';
import { contactHandlers } from './contacts';
import type { ServiceContext } from './context';
import { fileHandlers } from './files';
import { notebookHandlers } from './notebook';
import { planHandlers } from './plan';
import { searchHandlers } from './search';
import { sharingHandlers } from './sharing';
import { teamHandlers } from './team';
import { vaultHandlers } from './vault';
import { versionHandlers } from './versions';
import { workspaceHandlers } from './workspace';

/** All handlers, one map per domain; a name defined twice is a bug and throws here. */
export function createHandlers(ctx: ServiceContext): Handlers {
  const parts = [workspaceHandlers(ctx), accountHandlers(ctx), fileHandlers(ctx), briefingHandlers(ctx), notebookHandlers(ctx), planHandlers(ctx), searchHandlers(ctx), sharingHandlers(ctx), contactHandlers(ctx), vaultHandlers(ctx), versionHandlers(ctx), teamHandlers(ctx)];
  const all: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, fn] of Object.entries(part)) {
      if (name in all) throw new Error(`handler ${name} registered twice`);
      all[name] = fn;
    }
  }
  return all as Handlers;
}
