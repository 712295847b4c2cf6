import { z } from 'zod';
import type { TeamChange } from './team';

/** Commands the application menu sends to the renderer (main -> renderer, the only push). */
export const MENU_COMMANDS = ['newAccount', 'importFile', 'shareAccounts', 'goHome', 'openSettings', 'findAccount', 'searchEverywhere', 'openWorkspace', 'openDemoWorkspace', 'revealWorkspace', 'showAbout', 'undo', 'redo', 'lockWorkspace'] as const;
export const MenuCommand = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof MenuCommand>;
export const MENU_CHANNEL = 'bidmap:menu';

/**
 * A file the OS handed to the app (double-click, "Open with", drag onto the dock icon): the page
 * gets a token, never the path. Main says "a file arrived"; the page takes the waiting ones with
 * the contract's `takeOpenedFiles`, so each is taken once whether the page was ready or not.
 */
export const OpenedFile = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), name: z.string().max(300) });
export type OpenedFile = z.infer<typeof OpenedFile>;
export const OPENED_CHANNEL = 'bidmap:opened';

/** What `window.bidmapEvents` is. Each returns a function that unsubscribes. */
export interface BridgeEvents {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onFileOpened(listener: () => void): () => void;
  /** Teammates changed an account (absent in an older preload or a plain browser). */
  onTeamChanged?(listener: (change: TeamChange) => void): () => void;
}

/** Teammates' changes were written into a local account (team sync): the page reloads it. Payload: TeamChange (./team.ts). */
export const TEAM_CHANNEL = 'bidmap:team';
