import { afterEach, describe, expect, it } from 'vitest';
import { TeamApi, TeamApiError } from '../../electron/services/team/client/api';
import { readTeamFile } from '../../electron/services/team/client/config';
import { teamDocumentId } from '../../electron/services/team/document-ids';
import { redactAccount } from '../../shared/logic/redaction';
import type { Account } from '../../shared/model/account';
import { closeAll, henan, member, teamServer } from '../support/team-members';

// An account new to a laptop is read from the server's snapshot (GET /api/snapshot: the account
// joined at the member's level, with its documents' heads) and is usable at once; the documents
// follow with their history. What the member edits before they arrive reaches the team after.

afterEach(closeAll);

/** Ann shares Henan with Ben (team) and Pat (map), and her documents reach the server. */
async function team() {
  const { url, tokens } = await teamServer();
  const ann = await member(url, 'ann', tokens.ann, { accounts: [henan()] });
  await ann.client.share('henan', 'ben', 'team');
  await ann.client.share('henan', 'pat', 'map');
  await ann.client.sync();
  return { url, tokens, ann };
}

const api = (url: string, name: string, token: string) => new TeamApi({ server: url, name, token });

/** The account without what only says when this laptop wrote it. */
const content = (a: Account) => ({ ...a, updatedAt: '' });

describe('a new member reads a shared account from the server snapshot', () => {
  it('is usable before its documents arrive; an edit made then reaches the team once they do, and nothing else moves', async () => {
    const { url, tokens, ann } = await team();
    const ben = await member(url, 'ben', tokens.ben);
    // Offline for the socket (the documents cannot come), online for the API (the snapshot can).
    ben.client.socket.pause();
    await ben.client.refresh();
    await ben.client.reconcile('henan');

    const read = ben.ws.get('henan');
    expect(content(read)).toEqual(content(redactAccount(ann.ws.get('henan'), 'team')));
    expect(ben.client.repo.handles[teamDocumentId('henan', 'team')]?.isReady() ?? false).toBe(false);
    // The snapshot's heads are the recorded base (a restart then still knows what was read).
    const file = await readTeamFile(ben.dir, ben.ws.codec);
    expect(Object.keys(file!.accounts.henan!.heads).sort()).toEqual(['index', 'map', 'team']);

    const luo = read.people.find((p) => p.name.includes('Luo'))!;
    ben.ws.update('henan', (a) => ({ ...a, people: a.people.map((p) => (p.id === luo.id ? { ...p, title: 'Deputy GM (Ben, read from the snapshot)' } : p)) }));
    await ben.ws.saveNow('henan');

    ben.client.socket.resume();
    await ben.client.sync();
    await ann.client.sync();
    const annHenan = ann.ws.get('henan');
    expect(annHenan.people.find((p) => p.id === luo.id)!.title).toBe('Deputy GM (Ben, read from the snapshot)');
    // Only that one field moved on Ann's side, and it is nobody's conflict.
    const expected = henan();
    expect(content({ ...annHenan, people: annHenan.people.map((p) => (p.id === luo.id ? { ...p, title: luo.title } : p)) })).toEqual(
      content({ ...expected, people: expected.people.map((p) => ({ ...p })) }),
    );
    expect(ann.client.conflicts('henan')).toEqual([]);
    expect(content(ben.ws.get('henan'))).toEqual(content(redactAccount(annHenan, 'team')));
  }, 60_000);

  it('closes at once while the documents are on their way, and the edit made meanwhile still reaches the team from the next session', async () => {
    const { url, tokens, ann } = await team();
    const ben = await member(url, 'ben', tokens.ben);
    ben.client.socket.pause();
    await ben.client.refresh();
    await ben.client.reconcile('henan');
    const person = ben.ws.get('henan').people[3]!;
    ben.ws.update('henan', (a) => ({ ...a, people: a.people.map((p) => (p.id === person.id ? { ...p, title: 'Edited before the documents came' } : p)) }));
    await ben.ws.saveNow('henan');

    const t = performance.now();
    await ben.client.close();
    expect(performance.now() - t).toBeLessThan(10_000); // not the two minutes a wait for documents may take
    await ben.ws.close();

    const again = await member(url, 'ben', tokens.ben, { dir: ben.dir });
    await again.client.sync();
    await ann.client.sync();
    expect(ann.ws.get('henan').people.find((p) => p.id === person.id)!.title).toBe('Edited before the documents came');
    expect(ann.client.conflicts('henan')).toEqual([]);
  }, 60_000);
});

describe('a new member whose level changes while the documents are on their way', () => {
  it('gets the documents of the new level, not those the wait began for', async () => {
    const { url, tokens, ann } = await team();
    const pat = await member(url, 'pat', tokens.pat);
    pat.client.socket.pause();
    await pat.client.refresh();
    await pat.client.reconcile('henan'); // the map level's snapshot; the reconcile after it waits for the documents
    const luo = ann.ws.get('henan').people.find((p) => p.name.includes('Luo'))!;
    expect(pat.ws.get('henan').people.find((p) => p.id === luo.id)!.attitude).toBe('unknown');

    await ann.client.share('henan', 'pat', 'team');
    await pat.client.refresh();
    pat.client.socket.resume();
    await expect
      .poll(async () => (await pat.client.sync().catch(() => null), pat.ws.get('henan').people.find((p) => p.id === luo.id)!.attitude), { timeout: 30_000 })
      .toBe(luo.attitude);
    expect(pat.client.status().accounts).toEqual([expect.objectContaining({ id: 'henan', level: 'team' })]);
    await pat.client.sync(); // and it keeps syncing without a problem
  }, 60_000);
});

describe('GET /api/snapshot', () => {
  it("answers at the member's level only, refuses an account not shared with them, and follows the documents as they change", async () => {
    const { url, tokens, ann } = await team();
    const account = ann.ws.get('henan');
    const luo = account.people.find((p) => p.name.includes('Luo'))!;
    const withDossier = account.people.find((p) => p.dossier.hometown)!;

    const pat = await api(url, 'pat', tokens.pat).snapshot('henan');
    expect(pat.level).toBe('map');
    expect(Object.keys(pat.heads).sort()).toEqual(['index', 'map']);
    const patText = JSON.stringify(pat);
    expect(patText).toContain(luo.title);
    for (const secret of [luo.motives.personal, luo.motives.organizational, withDossier.dossier.hometown].filter(Boolean)) expect(patText).not.toContain(secret);

    const ben = await api(url, 'ben', tokens.ben).snapshot('henan');
    expect(Object.keys(ben.heads).sort()).toEqual(['index', 'map', 'team']);
    expect(JSON.stringify(ben)).toContain(luo.motives.personal);
    expect(JSON.stringify(ben)).not.toContain(withDossier.dossier.hometown);

    await expect(api(url, 'ben', tokens.ben).snapshot('bank')).rejects.toThrow(new TeamApiError('account bank is not shared with ben', 403));
    await expect(api(url, 'ben', 'a-wrong-token').snapshot('henan')).rejects.toMatchObject({ status: 401 });

    // Asked again with nothing changed: the same account; after Ann's change: the change.
    expect((await api(url, 'ben', tokens.ben).snapshot('henan')).joined).toEqual(ben.joined);
    ann.ws.update('henan', (a) => ({ ...a, people: a.people.map((p) => (p.id === luo.id ? { ...p, title: 'Deputy GM, as of today' } : p)) }));
    await ann.ws.saveNow('henan');
    await ann.client.sync();
    const after = await api(url, 'ben', tokens.ben).snapshot('henan');
    expect(JSON.stringify(after.joined)).toContain('Deputy GM, as of today');
    expect(after.heads.map).not.toEqual(ben.heads.map);
  }, 60_000);
});

describe('the background round', () => {
  it('passes over an account that is as its last reconcile left it, and reconciles it again after any local or remote change', async () => {
    const { url, tokens, ann } = await team();
    const ben = await member(url, 'ben', tokens.ben);
    await ben.client.sync();
    await ann.client.sync();
    const calls: string[] = [];
    const reconcile = ann.client.reconcile.bind(ann.client);
    ann.client.reconcile = (id: string) => (calls.push(id), reconcile(id));

    // (Ben's first signature in the index may still be arriving: once Ann's client has taken it in, rounds pass over.)
    await expect.poll(async () => ((calls.length = 0), await ann.client.check(), calls.length), { timeout: 10_000 }).toBe(0);

    // Ben changes a title: Ann's client applies it (a reconcile of its own), then rests again.
    const person = ann.ws.get('henan').people[2]!;
    ben.ws.update('henan', (a) => ({ ...a, people: a.people.map((p) => (p.id === person.id ? { ...p, title: 'Title by Ben' } : p)) }));
    await ben.client.reconcile('henan');
    await expect.poll(() => ann.ws.get('henan').people.find((p) => p.id === person.id)!.title, { timeout: 10_000 }).toBe('Title by Ben');
    await expect.poll(async () => ((calls.length = 0), await ann.client.check(), calls.length), { timeout: 10_000 }).toBe(0);

    // An edit of Ann's not reconciled yet (its own timer pending) is reconciled by the round.
    ann.ws.update('henan', (a) => ({ ...a, people: a.people.map((p) => (p.id === person.id ? { ...p, title: 'Title by Ann' } : p)) }));
    calls.length = 0;
    await ann.client.check();
    expect(calls).toContain('henan');
    await ben.client.sync();
    expect(ben.ws.get('henan').people.find((p) => p.id === person.id)!.title).toBe('Title by Ann');
  }, 60_000);
});
