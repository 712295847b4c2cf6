import { expect, type Page } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import type { Account } from '../../shared/model/account';
import { TeamClient } from '../../electron/services/team/client/client';
import { startTeamServer, type TeamServer } from '../../electron/services/team/server/server';
import { addUser } from '../../electron/services/team/server/users';
import { Workspace } from '../../electron/services/store/workspace';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A team server and teammates for end-to-end tests and screenshots of team sync (issue 19): the
// server runs in the test process on 127.0.0.1; a teammate is a TeamClient over a temp workspace.

type Locale = 'en' | 'zh-CN';

export interface TestTeam {
  url: string;
  tokens: Record<string, string>;
  server: TeamServer;
  close(): Promise<void>;
}

export async function startTestTeam(names: string[]): Promise<TestTeam> {
  const data = await mkdtemp(join(tmpdir(), 'bidmap-team-server-'));
  const tokens: Record<string, string> = {};
  for (const n of names) tokens[n] = await addUser(data, n);
  const server = await startTeamServer({ data, host: '127.0.0.1', port: 0 });
  return {
    url: `ws://127.0.0.1:${server.port}`,
    tokens,
    server,
    async close() {
      await server.close();
      await rm(data, { recursive: true, force: true });
    },
  };
}

export interface Teammate {
  ws: Workspace;
  client: TeamClient;
  /** Changes one person of an account as the teammate's app would save it, then syncs. */
  edit(account: string, person: string, change: Partial<Account['people'][number]>): Promise<void>;
  close(): Promise<void>;
}

/** A teammate's laptop: their own workspace, joined to the team, synced once (what is shared with them arrives). */
export async function teammate(team: TestTeam, name: string): Promise<Teammate> {
  const dir = await mkdtemp(join(tmpdir(), `bidmap-${name}-`));
  const ws = await Workspace.open(dir);
  await TeamClient.join(ws, team.url, name, team.tokens[name]!);
  const client = (await TeamClient.open(ws))!;
  await client.sync();
  return {
    ws,
    client,
    async edit(account, person, change) {
      ws.update(account, (a) => ({ ...a, people: a.people.map((p) => (p.id === person ? { ...p, ...change } : p)) }));
      await ws.saveNow(account);
      await client.sync();
    },
    async close() {
      await client.close();
      await ws.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Settings › Team: the user types the server, their name and token, and joins; the page says connected. */
export async function joinInSettings(page: Page, locale: Locale, team: TestTeam, name: string): Promise<void> {
  const s = STRINGS[locale];
  await page.getByRole('link', { name: s.nav.settings, exact: true }).click();
  const section = page.getByTestId('team-section');
  await section.getByLabel(s.team.server).fill(team.url);
  await section.getByLabel(s.team.name).fill(name);
  await section.getByLabel(s.team.token).fill(team.tokens[name]!);
  await section.getByRole('button', { name: s.team.join }).click();
  await expect(section.getByTestId('team-connection')).toHaveClass(/team-connected/, { timeout: 15_000 });
}

/** Account header › Share with team…: shares the open account with a member at a level. */
export async function shareInDialog(page: Page, locale: Locale, member: string, level: 'map' | 'team' | 'full'): Promise<void> {
  const s = STRINGS[locale];
  const dialog = page.getByRole('dialog');
  if (!(await dialog.isVisible())) await page.getByTestId('team-share-button').click();
  const row = dialog.locator(`[data-member="${member}"]`);
  await row.getByLabel(s.team.levelFor.replace('{{name}}', member)).selectOption(level);
  await row.getByRole('button', { name: s.team.shareWith.replace('{{name}}', member) }).click();
  await expect(row.getByRole('cell').first()).toHaveText(s.briefing.levels[level]);
}
