import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TeamClient } from '../../electron/services/team/client/client';
import { teamDocumentId } from '../../electron/services/team/document-ids';
import { findUntil } from '../../electron/services/team/find';
import { Workspace } from '../../electron/services/store/workspace';
import { closeAll, closeLater, henan, member, teamServer } from '../support/team-members';
import { tempDir } from '../support/temp';
import { filesUnder, secretTexts, TEST_KDF, textsIn } from '../support/vault';
import { enableEncryption, vaultOf } from '../../electron/services/vault/encryption';
import { isSealed } from '../../electron/services/vault/file-codec';

// Three members of a bid team on a real server on 127.0.0.1: Ann the account manager (full),
// Ben from pre-sales (team) and Pat the partner (map), each with their own workspace folder.

afterEach(closeAll);

/** Every file of a folder as text (sealed or not), for a grep. */
async function folderText(dir: string): Promise<string> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.push((await readFile(p)).toString('latin1'), (await readFile(p)).toString('utf8'));
    }
  };
  await walk(dir);
  return out.join('\n');
}

describe('three members share the Henan account at their levels', () => {
  it('Ann shares; Ben and Pat receive it at their levels; offline edits on both sides all arrive; a field both changed is a conflict with both values', async () => {
    const { url, tokens } = await teamServer();
    const ann = await member(url, 'ann', tokens.ann, { accounts: [henan()] });
    const account = ann.ws.get('henan');
    const luo = account.people.find((p) => p.name.includes('Luo'))!;
    const withDossier = account.people.find((p) => p.dossier.hometown)!;

    await ann.client.share('henan', 'ben', 'team');
    await ann.client.share('henan', 'pat', 'map');
    await ann.client.sync();

    const ben = await member(url, 'ben', tokens.ben);
    const pat = await member(url, 'pat', tokens.pat);
    const benReport = await ben.client.sync();
    await pat.client.sync();
    expect(benReport.accounts.map((a) => [a.id, a.level])).toEqual([['henan', 'team']]);

    const benHenan = ben.ws.get('henan');
    expect(benHenan.people.map((p) => p.name).sort()).toEqual(account.people.map((p) => p.name).sort());
    expect(benHenan.people.find((p) => p.id === luo.id)!.attitude).toBe(luo.attitude); // team level
    expect(benHenan.people.find((p) => p.id === withDossier.id)!.dossier.hometown).toBe(''); // full only
    const patHenan = pat.ws.get('henan');
    expect(patHenan.people.find((p) => p.id === luo.id)!.title).toBe(luo.title);
    expect(patHenan.people.find((p) => p.id === luo.id)!.attitude).toBe('unknown');

    // Ben goes offline; each edits: Ann a title, Ben an attitude, both the same person's title.
    ben.client.socket.pause();
    const target = account.people.find((p) => p.id !== luo.id)!;
    ann.ws.update('henan', (a) => ({ ...a, people: a.people.map((p) => (p.id === luo.id ? { ...p, title: 'Deputy GM (Ann)' } : p.id === target.id ? { ...p, title: 'Title by Ann' } : p)) }));
    ben.ws.update('henan', (a) => ({ ...a, people: a.people.map((p) => (p.id === luo.id ? { ...p, attitude: 'supporter' } : p.id === target.id ? { ...p, title: 'Title by Ben' } : p)) }));
    await Promise.all([ann.ws.saveNow('henan'), ben.ws.saveNow('henan')]);
    await ben.client.reconcile('henan'); // kept in Ben's documents, not sent
    await ann.client.sync();
    ben.client.socket.resume();
    await ben.client.sync();
    await ann.client.sync();
    await pat.client.sync();

    for (const m of [ann, ben]) {
      const luoNow = m.ws.get('henan').people.find((p) => p.id === luo.id)!;
      expect(luoNow.title).toBe('Deputy GM (Ann)');
      expect(luoNow.attitude).toBe('supporter');
    }
    expect(pat.ws.get('henan').people.find((p) => p.id === luo.id)!.title).toBe('Deputy GM (Ann)');
    expect(pat.ws.get('henan').people.find((p) => p.id === luo.id)!.attitude).toBe('unknown');
    // Both laptops show the same one of the two titles, and both values wait as a conflict.
    const shown = ann.ws.get('henan').people.find((p) => p.id === target.id)!.title;
    expect(ben.ws.get('henan').people.find((p) => p.id === target.id)!.title).toBe(shown);
    const conflict = ann.client.conflicts().find((c) => c.path.join('.') === `people.${target.id}.title`);
    expect(conflict?.values.map((v) => `${v.by}:${String(v.value)}`).sort()).toEqual(['ann:Title by Ann', 'ben:Title by Ben']);

    // The partner's folder holds no byte of team or full text.
    const patText = await folderText(pat.dir);
    expect(patText).toContain('Deputy GM (Ann)'); // the grep sees what the partner does hold
    for (const secret of [withDossier.dossier.hometown, luo.motives.personal, luo.motives.organizational, 'supporter'].filter(Boolean))
      expect(patText, secret).not.toContain(secret);
    // And the server refuses the partner the team document however it is asked for.
    await expect(findUntil(pat.client.repo, teamDocumentId('henan', 'team'), AbortSignal.timeout(5000))).rejects.toThrow();
  }, 60_000);
});

describe('a member whose workspace is encrypted', () => {
  it('keeps the team file (with the token) and every document chunk sealed: no account text and no token in clear on disk', async () => {
    const { url, tokens } = await teamServer();
    const ann = await member(url, 'ann', tokens.ann, { accounts: [henan()] });
    await ann.client.share('henan', 'ben', 'team');
    await ann.client.sync();

    const dir = await tempDir();
    await (await Workspace.open(dir)).close();
    const { keyring, keys } = await enableEncryption(dir, 'correct horse battery', { idleLockMinutes: 15, cost: TEST_KDF });
    const ws = await Workspace.open(dir, vaultOf(keyring, keys));
    await TeamClient.join(ws, url, 'ben', tokens.ben);
    const client = (await TeamClient.open(ws))!;
    closeLater({ close: async () => { await client.close(); await ws.close(); } });
    await client.sync();
    expect(ws.get('henan').people.length).toBe(henan().people.length);

    const files = await filesUnder(dir);
    const teamFiles = files.filter((f) => f.file.startsWith('team'));
    expect(teamFiles.length).toBeGreaterThan(4);
    expect(teamFiles.filter((f) => !isSealed(f.bytes)).map((f) => f.file)).toEqual([]);
    const texts = [...secretTexts([ws.get('henan')]), ...henan().people.map((p) => p.name), tokens.ben];
    expect(textsIn(files, texts)).toEqual([]);
  }, 60_000);
});

describe('an account written by a newer Bidmap', () => {
  it('is refused with a sentence, and the member keeps their copy as it was', async () => {
    const { url, tokens } = await teamServer();
    const ann = await member(url, 'ann', tokens.ann, { accounts: [henan()] });
    await ann.client.share('henan', 'ben', 'team');
    await ann.client.sync();
    const ben = await member(url, 'ben', tokens.ben);
    await ben.client.sync();
    const before = ben.ws.get('henan');

    // Ann's laptop, a version ahead, writes a new account format.
    const index = ann.client.repo.handles[teamDocumentId('henan', 'index')]!;
    index.change((d: Record<string, unknown>) => {
      d.schemaVersion = 99;
      d.name = 'Renamed by a newer Bidmap';
    });
    // (Ann's own reconcile would refuse it too, so the change travels by itself.)
    await expect.poll(async () => (await ann.client.api.heads([index.documentId])).heads[index.documentId], { timeout: 10_000 }).toEqual(expect.arrayContaining(index.heads()));
    await expect(ben.client.sync()).rejects.toThrow(/written by a newer Bidmap \(account format 99, this one reads \d+\): update Bidmap to sync it; your copy stays as it is/);
    expect(ben.ws.get('henan')).toEqual(before);
  }, 60_000);
});
