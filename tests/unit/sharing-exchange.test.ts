import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoAccounts, DEMO_ACCOUNT_IDS } from '../../electron/services/demo';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { BIDMAP_FILE_VERSION } from '../../shared/model/bidmap-file';
import type { Account } from '../../shared/model/account';
import { snapshot } from '../support/cli';
import { colleagueRound, exportTo, openDesk, preview, type Desk } from '../support/sharing';
import { fixtureCopy, tempDir } from '../support/temp';

const ids = [...DEMO_ACCOUNT_IDS];

async function demoDesk(lang: 'en' | 'zh-CN' = 'zh-CN'): Promise<Desk> {
  const dir = await tempDir();
  await writeDemoWorkspace(dir, lang);
  return openDesk(dir);
}

/** Free texts a level must not carry: dossiers, trips, activities, phones, e-mails, line notes (and, for map, motives). */
function secretsOf(a: Account, level: 'map' | 'team'): string[] {
  const texts = a.people.flatMap((p) => [
    ...Object.values(p.dossier),
    p.phone,
    p.email,
    ...p.itinerary.flatMap((t) => [t.place, t.transport, t.purpose]),
    ...p.activities.map((x) => x.summary),
    ...(level === 'map' ? [p.motives.organizational, p.motives.personal, p.motives.fears, p.motives.ourOffer] : []),
  ]);
  // Texts the level shares anyway (a title, a department, a motive at team) may repeat a dossier's words.
  const shared = [
    ...a.people.flatMap((p) => [p.name, p.title, p.alternateName]),
    ...a.departments.map((d) => d.name),
    ...a.team.map((m) => m.name),
  ];
  if (level === 'team')
    shared.push(
      JSON.stringify([
        a.background,
        a.opportunities,
        a.competitors,
        a.actions,
        a.whitespace,
        a.people.map((p) => [p.motives, p.target, p.leaning, p.criteria, p.influencePlan]),
      ]),
    );
  return [...new Set(texts.filter((t) => t.trim().length >= 4 && !shared.some((k) => k.includes(t))))];
}

describe('.bidmap files between two workspaces', () => {
  it.each(['zh-CN', 'en'] as const)(
    'round trip at full: every demo account (%s) lands identical in an empty workspace',
    async (lang) => {
      const from = await demoDesk(lang);
      const file = join(await tempDir(), 'all.bidmap');
      await exportTo(from, file, ids, 'full');
      const to = await openDesk(await tempDir());
      const p = await preview(to, file);
      expect(p.accounts.map((a) => [a.id, a.status])).toEqual(ids.map((id) => [id, 'new']));
      const done = await to.call('applyImport', { stagingId: p.stagingId, choices: {} });
      expect(done.results.map((r) => r.kind)).toEqual(ids.map(() => 'added'));
      for (const id of ids) expect(await to.stored(id), id).toEqual(await from.stored(id));
      await Promise.all([from.session.close(), to.session.close()]);
    },
  );

  it.each(['team', 'map'] as const)("at %s, what the level removes is absent from the file's bytes", async (level) => {
    const from = await demoDesk();
    const file = join(await tempDir(), `all-${level}.bidmap`);
    await exportTo(from, file, ids, level);
    const bytes = await readFile(file, 'utf8');
    for (const a of buildDemoAccounts('zh-CN', new Date().toISOString())) {
      const secrets = secretsOf(a, level);
      expect(secrets.length).toBeGreaterThan(20);
      for (const s of secrets) expect(bytes.includes(JSON.stringify(s).slice(1, -1)), `${a.id}: "${s}"`).toBe(false);
      // What every level shares is there.
      expect(bytes).toContain(a.people[0]!.name);
    }
    const parsed = JSON.parse(bytes);
    expect(parsed).toMatchObject({ format: 'bidmap', schemaVersion: BIDMAP_FILE_VERSION, level });
    await from.session.close();
  });

  it("merges a colleague's changes to other fields silently, asks about the same field, and keeps a person they deleted", async () => {
    const alice = await demoDesk('en');
    const bob = await openDesk(await tempDir());
    const folder = await tempDir();
    // Alice sends Henan to Bob; Bob has it as new.
    await exportTo(alice, join(folder, 'a1.bidmap'), ['henan'], 'full');
    const first = await preview(bob, join(folder, 'a1.bidmap'));
    await bob.call('applyImport', { stagingId: first.stagingId, choices: {} });
    const henan = (await bob.call('getAccount', { id: 'henan' })) as Account;
    const [p1, p2, p3, gone] = henan.people.filter((p) => !p.placeholder);
    // Bob: a title, an attitude, and deletes someone. Alice: a hometown, the same attitude differently.
    const bobPeople = [
      { ...p1!, title: 'Chief engineer (Bob)' },
      { ...p3!, attitude: 'champion' as const },
    ];
    await bob.call('patchChart', {
      id: 'henan',
      patch: {
        people: bobPeople,
        removePeople: [gone!.id],
        removeLinks: henan.links.filter((l) => l.source === gone!.id || l.target === gone!.id).map((l) => l.id),
      },
    });
    await exportTo(bob, join(folder, 'b1.bidmap'), ['henan'], 'full');
    const before = (await alice.call('getAccount', { id: 'henan' })) as Account;
    const aliceP2 = before.people.find((p) => p.id === p2!.id)!;
    const aliceP3 = before.people.find((p) => p.id === p3!.id)!;
    await alice.call('patchChart', {
      id: 'henan',
      patch: {
        people: [
          { ...aliceP2, dossier: { ...aliceP2.dossier, hometown: 'Kaifeng (Alice)' } },
          { ...aliceP3, attitude: 'opponent' as const },
        ],
      },
    });
    const mineBefore = (await alice.call('getAccount', { id: 'henan' })) as Account;
    const backupsBefore = await readdir(join(alice.dir, 'backups', 'henan'));

    const p = await preview(alice, join(folder, 'b1.bidmap'));
    const report = p.accounts[0]!.report!;
    expect(p.accounts[0]).toMatchObject({ status: 'merge', hasBase: true });
    expect(report.conflicts.map((c) => c.key)).toEqual([`people/${p3!.id}/attitude`]);
    expect(report.conflicts[0]).toMatchObject({ mine: 'opponent', theirs: 'champion' });
    expect(report.removedTheirs.filter((r) => r.collection === 'people').map((r) => r.label)).toEqual([gone!.name]);
    expect(report.taken).toBeGreaterThan(0);

    const done = await alice.call('applyImport', {
      stagingId: p.stagingId,
      choices: { henan: { conflicts: { [`people/${p3!.id}/attitude`]: 'theirs' } } },
    });
    expect(done.results[0]!.kind).toBe('merged');
    const after = (await alice.call('getAccount', { id: 'henan' })) as Account;
    const person = (id: string) => after.people.find((x) => x.id === id)!;
    expect(person(p1!.id).title).toBe('Chief engineer (Bob)');
    expect(person(p2!.id).dossier.hometown).toBe('Kaifeng (Alice)');
    expect(person(p3!.id).attitude).toBe('champion');
    expect(person(gone!.id).name).toBe(gone!.name); // kept: never removed without the user's say
    // Nothing of Alice's is lost: every person and line is still there.
    expect(after.people.map((x) => x.id).sort()).toEqual(mineBefore.people.map((x) => x.id).sort());
    for (const l of mineBefore.links)
      expect(after.links.some((m) => m.source === l.source && m.target === l.target && m.kind === l.kind)).toBe(true);
    // A backup was taken first, and the merge is one step back.
    const backupsAfter = await readdir(join(alice.dir, 'backups', 'henan'));
    expect(backupsAfter.length).toBeGreaterThan(backupsBefore.length);
    await alice.call('patchChart', { id: 'henan', patch: done.results[0]!.undo! });
    expect(await alice.call('getAccount', { id: 'henan' })).toEqual({ ...mineBefore, updatedAt: expect.any(String) });
    // The same file again: Alice already has that version, nothing to do.
    const again = await preview(alice, join(folder, 'b1.bidmap'));
    expect(again.accounts[0]!.status).toBe('unchanged');
    await Promise.all([alice.session.close(), bob.session.close()]);
  });

  it('refuses a file from a newer Bidmap naming both versions, and writes nothing', async () => {
    const desk = await demoDesk();
    const file = join(await tempDir(), 'new.bidmap');
    await exportTo(desk, file, ['henan'], 'map');
    const doc = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...doc, schemaVersion: BIDMAP_FILE_VERSION + 1 }));
    await desk.session.flush();
    const before = await snapshot(desk.dir);
    desk.host.answerOpen(file);
    const message = await desk.refusal('previewImport', { source: { from: 'dialog' } });
    expect(message).toContain(`file version ${BIDMAP_FILE_VERSION + 1}`);
    expect(message).toContain(`up to ${BIDMAP_FILE_VERSION}`);
    expect(await snapshot(desk.dir)).toEqual(before);
    await desk.session.close();
  });

  it('migrates a prototype (v0) account file on import', async () => {
    const v0 = await fixtureCopy('v0-workspace');
    const desk = await openDesk(await tempDir());
    const p = await preview(desk, join(v0, 'accounts', 'jinan-water.json'));
    expect(p.migratedFrom).toBe(0);
    expect(p.accounts[0]!.status).toBe('new');
    await desk.call('applyImport', { stagingId: p.stagingId, choices: {} });
    const account = (await desk.call('getAccount', { id: p.accounts[0]!.id })) as Account;
    expect(account.links.some((l) => l.kind === 'reportsTo')).toBe(true);
    await desk.session.close();
  });
});

describe('choices and undo through the calls', () => {
  it('takes a per-row choice on an account-level field (its name), and after the import is undone the file is new again', async () => {
    const ours = await demoDesk('en');
    const theirsDesk = await demoDesk('en');
    const folder = await tempDir();
    await theirsDesk.call('renameAccount', { id: 'henan', name: 'Henan (theirs)' });
    await exportTo(theirsDesk, join(folder, 't.bidmap'), ['henan'], 'full');
    await ours.call('renameAccount', { id: 'henan', name: 'Henan (mine)' });
    const p = await preview(ours, join(folder, 't.bidmap'));
    expect(p.accounts[0]!.report!.conflicts.map((c) => c.key)).toContain('name');
    const done = await ours.call('applyImport', {
      stagingId: p.stagingId,
      choices: { henan: { conflicts: { name: 'theirs' } } },
    });
    const result = done.results[0]!;
    expect(ours.session.workspace().get('henan').name).toBe('Henan (theirs)');
    expect(result.snapshot).toMatch(/^[a-f0-9]{64}$/);
    // The import is undone: its version is forgotten, so the same file previews as a merge again.
    await ours.call('patchChart', { id: 'henan', patch: result.undo! });
    await ours.call('forgetSnapshot', { accountId: 'henan', snapshot: result.snapshot! });
    expect(ours.session.workspace().get('henan').name).toBe('Henan (mine)');
    expect((await preview(ours, join(folder, 't.bidmap'))).accounts[0]!.status).toBe('merge');
    await Promise.all([ours.session.close(), theirsDesk.session.close()]);
  });

  it('skips an account that is damaged here and imports the rest of the file', async () => {
    const from = await demoDesk('en');
    const file = join(await tempDir(), 'two.bidmap');
    await exportTo(from, file, ['henan', 'bank'], 'map');
    const dir = await tempDir();
    await writeDemoWorkspace(dir, 'en');
    await writeFile(join(dir, 'accounts', 'bank.json'), '{ broken');
    const desk = await openDesk(dir);
    const p = await preview(desk, file);
    expect(p.accounts.map((a) => a.status)).toEqual(['unchanged', 'damaged']); // the same demo on both sides
    const done = await desk.call('applyImport', { stagingId: p.stagingId, choices: {} });
    expect(done.results.map((r) => r.kind)).toEqual(['unchanged', 'skipped']);
    await Promise.all([from.session.close(), desk.session.close()]);
  });
});

describe('the fail-safe for large removals', () => {
  it('refuses a merge that would remove more than 20% of the people unless confirmed, writing nothing; removes them once confirmed', async () => {
    const alice = await demoDesk('en');
    const folder = await tempDir();
    await exportTo(alice, join(folder, 'a.bidmap'), ['henan'], 'full');
    const henan = alice.session.workspace().get('henan');
    const leaving = henan.people
      .filter((p) => !henan.links.some((l) => l.target === p.id))
      .slice(0, 4)
      .map((p) => p.id);
    expect(leaving.length / henan.people.length).toBeGreaterThan(0.2);
    await colleagueRound(
      await tempDir(),
      join(folder, 'a.bidmap'),
      'henan',
      (a) => ({
        removePeople: leaving,
        removeLinks: a.links.filter((l) => leaving.includes(l.source) || leaving.includes(l.target)).map((l) => l.id),
      }),
      join(folder, 'b.bidmap'),
    );
    const p = await preview(alice, join(folder, 'b.bidmap'));
    const keys = p.accounts[0]!.report!.removedTheirs.filter((r) => r.collection === 'people').map((r) => r.key);
    expect(keys).toHaveLength(4);
    expect(p.accounts[0]!.peopleHere).toBe(henan.people.length);
    await alice.session.flush();
    const before = await snapshot(alice.dir);
    const refused = await alice.refusal('applyImport', { stagingId: p.stagingId, choices: { henan: { removeTheirs: keys } } });
    expect(refused).toContain(`would remove 4 of its ${henan.people.length} people (25%): confirm that removal`);
    expect(await snapshot(alice.dir)).toEqual(before);
    await alice.call('applyImport', { stagingId: p.stagingId, choices: { henan: { removeTheirs: keys, confirmRemoval: true } } });
    expect(alice.session.workspace().get('henan').people.length).toBe(henan.people.length - 4);
    await alice.session.close();
  });
});

describe('files the OS opens with Bidmap', () => {
  it('finds the .bidmap files on a command line, relative to its folder, ignoring flags and missing files', async () => {
    const { filesIn } = await import('../../electron/services/incoming/file-args');
    const dir = await tempDir();
    await writeFile(join(dir, 'org map.bidmap'), '{}');
    await writeFile(join(dir, 'notes.txt'), '');
    expect(filesIn(['/opt/Bidmap/bidmap', '--no-sandbox', 'org map.bidmap', 'notes.txt', 'gone.bidmap'], dir)).toEqual([
      join(dir, 'org map.bidmap'),
    ]);
  });
});
