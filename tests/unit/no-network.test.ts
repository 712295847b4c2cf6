import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSession } from '../../electron/services/session';
import { TestHost } from '../support/host';
import { tempDir } from '../support/temp';

// Bidmap makes no network calls: not to sync, not to check for updates, not to report
// anything. This test watches every way Node code can reach a network (a socket connect,
// which http, https, fetch and WebSocket all end in, plus the entry points themselves and DNS)
// while a realistic session runs every kind of work the services do.

type Target = Record<string, unknown>;
const attempts: string[] = [];
const restore: (() => void)[] = [];

/** Replaces `target[key]` with a wrapper that records the call, then does what the original did. */
function watch(target: Target, key: string, label: string): void {
  const original = target[key];
  if (typeof original !== 'function') return;
  const wrapped = function (this: unknown, ...args: unknown[]) {
    attempts.push(`${label}(${args.map(describeArg).join(', ').slice(0, 200)})`);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  Object.defineProperty(wrapped, 'name', { value: (original as { name: string }).name });
  target[key] = wrapped;
  restore.push(() => {
    target[key] = original;
  });
}

function describeArg(a: unknown): string {
  if (typeof a === 'string') return JSON.stringify(a);
  if (a instanceof URL) return a.href;
  if (a && typeof a === 'object') return JSON.stringify(a, (k, v: unknown) => (k === '' || typeof v !== 'object' ? v : '…'));
  return typeof a;
}

beforeEach(() => {
  attempts.length = 0;
  watch(net.Socket.prototype as unknown as Target, 'connect', 'net.Socket#connect');
  for (const [mod, name] of [
    [net, 'net'],
    [tls, 'tls'],
    [http, 'http'],
    [https, 'https'],
  ] as const) {
    for (const key of ['connect', 'createConnection', 'request', 'get']) watch(mod as unknown as Target, key, `${name}.${key}`);
  }
  for (const key of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
    watch(dns as unknown as Target, key, `dns.${key}`);
    watch(dns.promises as unknown as Target, key, `dns.promises.${key}`);
  }
  watch(globalThis as unknown as Target, 'fetch', 'fetch');
  watch(globalThis as unknown as Target, 'WebSocket', 'WebSocket');
  // `import { request } from 'node:http'` elsewhere sees the wrappers too.
  syncBuiltinESMExports();
});

afterEach(() => {
  for (const undo of restore.splice(0).reverse()) undo();
  syncBuiltinESMExports();
});

describe('the services never touch the network', () => {
  it('the watch catches an attempt (it looks)', async () => {
    // A server on this machine, so the attempts below really connect and nothing leaves it.
    const server = http.createServer((_req, res) => res.end('ok'));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/`;
    try {
      await (await fetch(url)).text();
      expect(attempts.some((a) => a.startsWith('fetch('))).toBe(true);
      expect(attempts.some((a) => a.startsWith('net.Socket#connect('))).toBe(true);
      attempts.length = 0;
      await new Promise<void>((done, fail) => http.get(url, (res) => res.resume().on('end', done)).on('error', fail));
      expect(attempts.some((a) => a.startsWith('http.get('))).toBe(true);
      expect(attempts.some((a) => a.startsWith('net.Socket#connect('))).toBe(true);
      attempts.length = 0;
      await dns.promises.lookup('localhost').catch(() => null);
      expect(attempts).toEqual(['dns.promises.lookup("localhost")']);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('through a whole working session: read, edit, search, plan, export, share, import, contacts, briefings', async () => {
    const dir = await tempDir();
    const out = await tempDir();
    const host = new TestHost();
    const s = await openSession({
      workspaceDir: dir,
      host,
      appDataDir: null,
      defaultLanguage: 'zh-CN',
      seedDemoIfEmpty: true,
      checkOutputs: true,
      dailyNotice: true,
      today: () => '2026-11-23',
    });
    const call = async (name: string, input: unknown) => {
      const answer = await s.invoke(name, input);
      if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
      return answer.value as Record<string, unknown> & Record<string, never>;
    };
    await s.dailyNotice();
    await call('getWorkspace', {});
    await call('updateSettings', { theme: 'dark', preparedBy: 'Li Na' });
    const accounts = (await call('listAccounts', {})) as unknown as { id: string; name: string }[];
    expect(accounts.length).toBeGreaterThan(0);
    const id = accounts[0]!.id;
    const account = (await call('getAccount', { id })) as unknown as {
      people: { id: string }[];
      opportunities: { id: string }[];
    };
    await call('patchChart', { id, patch: { fields: null, positions: { [account.people[0]!.id]: { x: 10, y: 20 } } } });
    await call('search', { query: '王' });
    await call('search', { query: 'wang' });
    await call('agenda', { from: '2026-11-01', to: '2026-12-31' });
    host.answerSave(join(out, 'trips.ics'));
    await call('exportCalendar', { from: '2026-11-01', to: '2026-12-31', language: 'en' });
    await call('briefingData', { accountId: id, opportunityId: null, level: 'team', language: 'en', people: 'key' });
    await call('meetingBriefData', { accountId: id, personId: account.people[0]!.id, level: 'full', language: 'zh-CN' });
    host.answerSave(join(out, 'chart.svg'));
    await call('savePicture', { name: 'chart', kind: 'svg', data: '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    const fonts = readdirSync(resolve(import.meta.dirname, '../../out/renderer/assets')).filter((f) => f.endsWith('.woff2'));
    if (fonts[0]) await call('readFont', { name: fonts[0] });

    // Sharing: export every account as a .bidmap, then import it back (merges) and as new.
    const file = join(out, 'all.bidmap');
    host.answerSave(file);
    await call('exportBidmap', { accountIds: accounts.map((a) => a.id), level: 'team' });
    host.answerOpen(file);
    const preview = (await call('previewImport', { source: { from: 'dialog' } })) as unknown as { stagingId: string };
    await call('applyImport', { stagingId: preview.stagingId, choices: {} });

    // Contacts: a CSV read from dropped bytes, previewed, imported, problems saved.
    const csv = 'Name,Title,Manager\nAnn Lee,CEO,\nBob Wu,CFO,Ann Lee\n,Ghost,Ann Lee\n';
    const read = (await call('readContacts', {
      source: { from: 'bytes', name: 'team.csv', base64: Buffer.from(csv).toString('base64') },
    })) as unknown as {
      stagingId: string;
      mapping: unknown;
    };
    await call('previewContacts', { stagingId: read.stagingId, mapping: read.mapping, accountName: 'Contoso' });
    await call('importContacts', { stagingId: read.stagingId, mapping: read.mapping, accountName: 'Contoso' });
    host.answerSave(join(out, 'problems.csv'));
    await call('saveContactProblems', {
      stagingId: read.stagingId,
      mapping: read.mapping,
      accountName: 'Contoso',
      language: 'en',
    });

    // Accounts: create, rename, delete, undo, restore a backup.
    const created = (await call('createAccount', { name: 'Fabrikam' })) as unknown as { id: string };
    await call('renameAccount', { id: created.id, name: 'Fabrikam Ltd' });
    const deleted = (await call('deleteAccount', { id: created.id })) as unknown as { trashId: string };
    await call('undoDeleteAccount', { trashId: deleted.trashId });
    await s.invoke('restoreBackup', { id }); // answers either way; only the network matters here
    await call('takeOpenedFiles', {});
    await s.flush();
    await s.close();

    expect(attempts).toEqual([]);
  });
});
