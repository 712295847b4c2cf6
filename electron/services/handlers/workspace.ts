import type { Handlers } from '../../../shared/ipc/contract';
import { writeDemoWorkspace } from '../demo-workspace';
import type { ServiceContext } from './context';

type WorkspaceCalls = Pick<
  Handlers,
  'getWorkspace' | 'updateSettings' | 'chooseWorkspaceFolder' | 'switchWorkspace' | 'createDemoWorkspace' | 'revealWorkspace'
>;

export function workspaceHandlers(ctx: ServiceContext): WorkspaceCalls {
  return {
    getWorkspace: () => ctx.workspace().info(),
    updateSettings: async (patch) => {
      const settings = await ctx.workspace().updateSettings(patch);
      ctx.settingsChanged(settings);
      return settings;
    },
    chooseWorkspaceFolder: async () => ({
      path: await ctx.host.chooseFolder({ title: 'Bidmap', defaultPath: ctx.workspace().dir }),
    }),
    switchWorkspace: async ({ path }) => (await ctx.switchWorkspace(path)).info(),
    createDemoWorkspace: async ({ path, language }) => {
      await writeDemoWorkspace(path, language);
      return (await ctx.switchWorkspace(path)).info();
    },
    revealWorkspace: async () => {
      await ctx.host.revealInFolder(ctx.workspace().paths.index);
      return {};
    },
  };
}
