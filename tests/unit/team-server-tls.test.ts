import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Automerge from '@automerge/automerge';
import { afterEach, describe, expect, it } from 'vitest';
import { teamServer } from '../../electron/cli/team-server';
import { teamDocumentId } from '../../electron/services/team/document-ids';
import { SERVER_LOCK } from '../../electron/services/team/server/data-lock';
import { UNAUTHORISED } from '../../electron/services/team/server/server';
import { addUser, grant } from '../../electron/services/team/server/users';
import { cli } from '../support/cli';
import { pull, push, TeamTestBed } from '../support/team-wire';
import { tempDir } from '../support/temp';

// `bidmap team-server --tls-cert --tls-key`: the server speaks https and wss itself. The
// certificate is a self-signed one made by the openssl command for 127.0.0.1.

const noOpenssl = spawnSync('openssl', ['version']).status === 0 ? null : 'the openssl command is not installed (Debian package openssl; .ci/run installs it)';
if (noOpenssl) console.warn(`team-server TLS tests skipped: ${noOpenssl}`);

const bed = new TeamTestBed();
afterEach(() => bed.cleanUp());

const ACCOUNT = 'acct-tls';
const MAP_ID = teamDocumentId(ACCOUNT, 'map');

async function selfSigned(dir: string) {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
  return { cert, key, ca: await readFile(cert) };
}

/** Runs `bidmap team-server` in this process until the returned stop() is called. */
async function running(data: string, tlsCert: string, tlsKey: string) {
  const lines: string[] = [];
  let stop!: () => void;
  const stopped = new Promise<void>((res) => (stop = res));
  const done = teamServer([], { data, host: undefined, port: undefined, tlsCert, tlsKey }, { log: (l) => lines.push(l), error: (l) => lines.push(l) }, stopped);
  await expect.poll(() => lines[0], { timeout: 10_000 }).toMatch(/^listening on 127\.0\.0\.1:\d+ \(TLS\)$/);
  return { port: Number(lines[0]!.match(/:(\d+) /)![1]), lines, stop: async () => (stop(), await done) };
}

describe.skipIf(noOpenssl)('bidmap team-server with --tls-cert and --tls-key', () => {
  it('syncs a document over wss and refuses plain ws on the same port', async () => {
    const data = await tempDir();
    const tls = await selfSigned(await tempDir());
    const ann = await addUser(data, 'ann');
    const pat = await addUser(data, 'pat');
    await grant(data, 'ann', ACCOUNT, 'full');
    await grant(data, 'pat', ACCOUNT, 'map');
    const server = await running(data, tls.cert, tls.key);
    try {
      const base = `127.0.0.1:${server.port}`;
      // Ann writes the map document over wss, the certificate checked against its own CA.
      const annWire = await bed.wire(`wss://ann:${ann}@${base}`, { ca: tls.ca });
      push(annWire, MAP_ID, Automerge.from({ people: { p1: { name: 'Li Wei' } } }));
      // Pat reads it over wss without checking the certificate (as with rejectUnauthorized: false).
      let got: unknown = null;
      for (let i = 0; i < 20 && got === null; i++) got = await pull(await bed.wire(`wss://pat:${pat}@${base}`, { rejectUnauthorized: false }, `pat-${i}`), MAP_ID, `pat-${i}`);
      expect(got).toEqual({ people: { p1: { name: 'Li Wei' } } });

      // Authentication is the same over TLS.
      const wrong = await bed.login(`wss://pat:${ann}@${base}`, { ca: tls.ca });
      expect(wrong).toEqual({ code: UNAUTHORISED, reason: 'unknown member or wrong token' });
      // A client that does not trust the self-signed certificate stops at the handshake.
      expect(await bed.login(`wss://pat:${pat}@${base}`)).toEqual({ error: expect.stringMatching(/self[- ]signed/i) });
      // Plain ws to the TLS port never opens: the server speaks only TLS there.
      const plain = await bed.login(`ws://pat:${pat}@${base}`);
      expect(plain).not.toBe('joined');
      expect(typeof plain === 'object' && ('error' in plain || plain.code === 1006)).toBe(true);
      expect(existsSync(join(data, SERVER_LOCK))).toBe(true);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(server.lines.at(-1)).toBe('stopped; documents written to disk');
    expect(existsSync(join(data, SERVER_LOCK))).toBe(false);
  }, 60_000);

  it('refuses half the TLS options, unreadable and invalid files with a sentence, and leaves no lock', async () => {
    const data = await tempDir();
    const dir = await tempDir();
    const tls = await selfSigned(dir);
    const other = await selfSigned(await tempDir());

    for (const half of [['--tls-cert', tls.cert], ['--tls-key', tls.key]]) {
      const r = await cli('team-server', '--data', data, ...half);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^--tls-cert FILE and --tls-key FILE go together/);
    }
    const withCommand = await cli('team-server', 'list', '--data', data, '--tls-cert', tls.cert, '--tls-key', tls.key);
    expect(withCommand.code).toBe(2);
    expect(withCommand.err).toMatch(/go with running the server/);

    const missing = await cli('team-server', '--data', data, '--tls-cert', join(dir, 'nope.pem'), '--tls-key', tls.key);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`bidmap: --tls-cert ${join(dir, 'nope.pem')} cannot be read: no such file.`);

    const garbage = join(dir, 'garbage.pem');
    await writeFile(garbage, 'not a certificate\n');
    for (const [cert, key] of [
      [garbage, tls.key],
      [tls.cert, garbage],
      [tls.cert, other.key], // a key that is not the certificate's
    ]) {
      const r = await cli('team-server', '--data', data, '--tls-cert', cert!, '--tls-key', key!);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^bidmap: the TLS certificate and key cannot be used: .+\. Give a PEM certificate and its PEM private key\.$/);
      expect(r.err).not.toMatch(/\n\s+at /); // no stack
    }
    expect(existsSync(join(data, SERVER_LOCK))).toBe(false);
  }, 30_000);
});
