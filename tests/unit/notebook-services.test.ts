import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildDemoAccounts, DEMO_STORY_DAY } from '../../electron/services/demo';
import type { Host } from '../../electron/services/host';
import { openSession, type SessionOptions } from '../../electron/services/session';
import { Workspace } from '../../electron/services/store/workspace';
import { addDays } from '../../shared/logic/dates';
import { agendaToIcs, filterAgenda } from '../../shared/logic/itinerary';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import type { Agenda } from '../../shared/model/agenda';
import { TestHost } from '../support/host';
import { tempDir } from '../support/temp';

const stamp = '2026-11-23T10:00:00.000Z';
const account = (id: string, people: Record<string, unknown>[]) =>
  Account.parse({ schemaVersion: ACCOUNT_SCHEMA_VERSION, id, name: `Account ${id}`, createdAt: stamp, updatedAt: stamp, people });

async function workspaceWith(accounts: Account[]): Promise<string> {
  const dir = await tempDir();
  const ws = await Workspace.open(dir);
  await ws.add(accounts);
  await ws.close();
  return dir;
}

const keyTraveller = account('henan', [
  { id: 'guo', name: '郭振', keyPerson: true, itinerary: [{ id: 't1', from: '2026-11-27', to: '2026-11-29', city: '北京' }] },
  { id: 'sun', name: '孙建华', itinerary: [{ id: 't2', from: '2026-11-24', city: '上海' }] },
]);

function session(dir: string, host: TestHost, day: { today: string }, extra: Partial<SessionOptions> = {}) {
  return openSession({
    workspaceDir: dir,
    host,
    appDataDir: null,
    defaultLanguage: 'en',
    seedDemoIfEmpty: false,
    checkOutputs: true,
    today: () => day.today,
    ...extra,
  });
}

describe('the agenda call', () => {
  it('answers every trip across the workspace’s accounts in the window, checked against its schema', async () => {
    const dir = await workspaceWith([
      keyTraveller,
      account('bank', [{ id: 'zhang', name: '张', itinerary: [{ id: 't3', from: '2026-11-25', city: 'Beijing' }] }]),
    ]);
    const s = await session(dir, new TestHost(), { today: '2026-11-23' });
    const reply = await s.invoke('agenda', { from: '2026-11-23', to: '2026-11-30' });
    expect(reply.ok).toBe(true);
    const agenda = (reply as { value: Agenda }).value;
    expect(agenda.trips.map((t) => [t.accountId, t.personId, t.trip.id])).toEqual([
      ['henan', 'sun', 't2'],
      ['bank', 'zhang', 't3'],
      ['henan', 'guo', 't1'],
    ]);
    // An edit shows in the next agenda: it reads the accounts the store holds.
    s.workspace().update('bank', (a) => ({ ...a, people: [] }));
    const again = (await s.invoke('agenda', { from: '2026-11-23', to: '2026-11-30' })) as { value: Agenda };
    expect(again.value.trips.map((t) => t.trip.id)).toEqual(['t2', 't1']);
    await s.close();
  });

  it('refuses a window that ends before it starts or runs past 366 days, with a clear message', async () => {
    const s = await session(await tempDir(), new TestHost(), { today: '2026-11-23' });
    expect(await s.invoke('agenda', { from: '2026-11-23', to: '2026-11-22' })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput', message: expect.stringMatching(/end date is before the start date/) },
    });
    expect(await s.invoke('agenda', { from: '2026-11-23', to: '2027-11-25' })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput', message: expect.stringMatching(/366 days/) },
    });
    expect(await s.invoke('agenda', { from: '2026-11-23', to: '2027-11-24' })).toMatchObject({ ok: true });
    expect(await s.invoke('agenda', { from: 'next week', to: '2026-11-24' })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput' },
    });
    await s.close();
  });
});

/** Records what each save dialog offered: the file name and its extensions. */
class SaveRecordingHost extends TestHost {
  readonly asked: string[] = [];
  override chooseSaveFile(options?: Parameters<Host['chooseSaveFile']>[0]): Promise<string | null> {
    if (options) this.asked.push(`${options.defaultName} ${options.filters.flatMap((f) => f.extensions).join()}`);
    return super.chooseSaveFile();
  }
}

describe('exporting the calendar', () => {
  it('writes the agenda with the same filters as the list, where the user chooses, and nothing when cancelled', async () => {
    const host = new SaveRecordingHost();
    const asked = host.asked;
    const s = await session(await workspaceWith([keyTraveller]), host, { today: '2026-11-23' });
    const window = { from: '2026-11-23', to: '2026-12-07' };
    const out = join(await tempDir(), 'notebook.ics');
    host.answerSave(out);
    expect(await s.invoke('exportCalendar', { ...window, keyOnly: true, language: 'en' })).toEqual({
      ok: true,
      value: { path: out, count: 1 },
    });
    expect(asked).toEqual(['Bidmap notebook 2026-11-23 2026-12-07.ics ics']);
    const text = await readFile(out, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['郭振 → 北京']);
    // The file is what the list shows: the same filter over the same agenda.
    const { value: agenda } = (await s.invoke('agenda', window)) as { value: Agenda };
    const shown = filterAgenda(agenda, { keyOnly: true });
    expect(text.replace(/DTSTAMP:\S+/g, '')).toBe(
      agendaToIcs(shown.trips, shown.birthdays, { language: 'en', stamp }).replace(/DTSTAMP:\S+/g, ''),
    );

    host.answerSave(out);
    expect(await s.invoke('exportCalendar', { ...window, city: '上海', language: 'zh-CN' })).toMatchObject({
      ok: true,
      value: { count: 1 },
    });
    expect(asked[1]).toBe('Bidmap 行程本 上海 2026-11-23 2026-12-07.ics ics');
    expect(await readFile(out, 'utf8')).toContain('SUMMARY:孙建华 → 上海');
    expect(await s.invoke('exportCalendar', { ...window, language: 'en' })).toEqual({
      ok: true,
      value: { path: null, count: 2 },
    });
    expect(await s.invoke('exportCalendar', { from: '2026-11-23', to: '2026-11-01', language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput' },
    });
    await s.close();
  });
});

describe('the daily notice', () => {
  it('is raised once a day at open, with key people’s trips, and not again after a restart the same day', async () => {
    const dir = await workspaceWith([keyTraveller]);
    const host = new TestHost();
    const day = { today: '2026-11-23' };
    const first = await session(dir, host, day, { dailyNotice: true });
    expect(await first.dailyNotice()).toBeNull(); // waits for the one raised at open
    expect(host.notices).toEqual([{ title: 'Bidmap: 1 thing to know this week', body: '郭振 → 北京, 27 Nov – 29 Nov' }]);
    await first.close();
    expect(JSON.parse(await readFile(join(dir, 'notices.json'), 'utf8'))).toEqual({ lastDay: '2026-11-23' });

    const restarted = await session(dir, host, day, { dailyNotice: true });
    expect(await restarted.dailyNotice()).toBeNull();
    expect(host.notices).toHaveLength(1);

    // The next day (an app left running checks hourly), in the workspace's language.
    await restarted.invoke('updateSettings', { language: 'zh-CN' });
    day.today = '2026-11-24';
    expect(await restarted.dailyNotice()).toMatchObject({ title: 'Bidmap：本周有 1 件事值得注意' });
    expect(host.notices[1]).toEqual({ title: 'Bidmap：本周有 1 件事值得注意', body: '郭振 → 北京，11月27日 – 11月29日' });
    expect(await restarted.dailyNotice()).toBeNull();
    expect(host.notices).toHaveLength(2);
    await restarted.close();
  });

  it('raises nothing when no key person travels or has a birthday, and nothing when turned off', async () => {
    const dir = await workspaceWith([
      account('quiet', [{ id: 'p', name: 'P', itinerary: [{ id: 't', from: '2026-11-24', city: 'X' }] }]),
    ]);
    const host = new TestHost();
    const s = await session(dir, host, { today: '2026-11-23' }, { dailyNotice: true });
    expect(await s.dailyNotice()).toBeNull();
    await s.close();
    const off = await session(await workspaceWith([keyTraveller]), host, { today: '2026-11-23' });
    await off.invoke('listAccounts', {});
    await off.close();
    expect(host.notices).toEqual([]);
  });

  it('is raised for a workspace switched to, and a damaged notices.json only means one more notice', async () => {
    const host = new TestHost();
    const other = await workspaceWith([keyTraveller]);
    await writeFile(join(other, 'notices.json'), '{"lastDay": 12');
    const s = await session(await tempDir(), host, { today: '2026-11-23' }, { dailyNotice: true });
    await s.dailyNotice();
    expect(host.notices).toEqual([]);
    await s.invoke('switchWorkspace', { path: other });
    await s.dailyNotice();
    expect(host.notices.map((n) => n.body)).toEqual(['郭振 → 北京, 27 Nov – 29 Nov']);
    await s.close();
  });
});

describe('the demo’s dates', () => {
  it('move with the day the demo is created, birthdays aside, so the notebook has trips ahead', () => {
    const story = buildDemoAccounts('en', `${DEMO_STORY_DAY}T09:00:00.000Z`);
    const later = buildDemoAccounts('en', `${addDays(DEMO_STORY_DAY, 100)}T09:00:00.000Z`);
    const guoStory = story[0]!.people.find((p) => p.itinerary.length)!;
    const guoLater = later[0]!.people.find((p) => p.id === guoStory.id)!;
    expect(guoLater.itinerary.map((i) => [i.from, i.to])).toEqual(
      guoStory.itinerary.map((i) => [addDays(i.from, 100), i.to && addDays(i.to, 100)]),
    );
    expect(guoLater.activities.map((a) => a.date)).toEqual(guoStory.activities.map((a) => addDays(a.date, 100)));
    expect(guoLater.relationship.history.map((h) => h.date)).toEqual(
      guoStory.relationship.history.map((h) => addDays(h.date, 100)),
    );
    expect(guoLater.dossier.birthday).toBe(guoStory.dossier.birthday);
    expect(later[0]!.opportunities.map((o) => o.decisionDate)).toEqual(
      story[0]!.opportunities.map((o) => o.decisionDate && addDays(o.decisionDate, 100)),
    );
  });
});
