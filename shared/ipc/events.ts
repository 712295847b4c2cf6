import { z } from 'zod';

/** Commands the application menu sends to the renderer (main -> renderer, the only push). */
export const MENU_COMMANDS = ['newAccount', 'goHome', 'openSettings', 'findAccount', 'searchEverywhere', 'openWorkspace', 'openDemoWorkspace', 'revealWorkspace', 'showAbout', 'undo', 'redo'] as const;
export const MenuCommand = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof MenuCommand>;
export const MENU_CHANNEL = 'bidmap:menu';

/** What `window.bidmapEvents` is. Returns a function that unsubscribes. */
export interface BridgeEvents {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
