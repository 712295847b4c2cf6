import { afterEach, describe, expect, it } from 'vitest';
import { FAILED_LOGIN_LIMIT, FailedLogins } from '../../electron/services/team/server/login-limits';
import { startTeamServer, TOO_MANY_FAILED_LOGINS, UNAUTHORISED } from '../../electron/services/team/server/server';
import { addUser } from '../../electron/services/team/server/users';
import { TeamTestBed } from '../support/team-wire';
import { tempDir } from '../support/temp';

// Failed logins from one address: 10 within 60 s shut it out for 60 s, closed with 4429 before
// any token is hashed. Real server on 127.0.0.1, raw sockets; the limits' clock is the test's.

const bed = new TeamTestBed();
afterEach(() => bed.cleanUp());

const WRONG = { code: UNAUTHORISED, reason: 'unknown member or wrong token' };
const blockedFor = (seconds: number) => ({ code: TOO_MANY_FAILED_LOGINS, reason: `too many failed logins; try again in ${seconds} s` });

async function serverWithClock() {
  const data = await tempDir();
  const ann = await addUser(data, 'ann');
  const pat = await addUser(data, 'pat');
  let clock = 1_000_000;
  const log: string[] = [];
  const server = await startTeamServer({ data, now: () => clock, log: (l) => log.push(l) });
  bed.servers.push(server);
  const url = (name: string, token: string) => `ws://${name}:${token}@127.0.0.1:${server.port}`;
  return { server, url, ann, pat, log, tick: (ms: number) => (clock += ms) };
}

describe('team server: failed-login limits', () => {
  it('shuts an address out after 10 failed logins in 60 s, without hashing, for 60 s', async () => {
    const t = await serverWithClock();
    // Ann logs in before the guessing starts (her token is then known to the server).
    expect(await bed.login(t.url('ann', t.ann))).toBe('joined');
    const hashedBefore = t.server.hashed();

    // A burst of 40 guesses at once: the checks of one address run in turn, so only 10 are hashed.
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => bed.login(t.url('pat', `guess-${i}`))));
    expect(burst.filter((c) => typeof c === 'object' && 'code' in c && c.code === UNAUTHORISED)).toHaveLength(FAILED_LOGIN_LIMIT);
    for (const c of burst) expect([WRONG, blockedFor(60)]).toContainEqual(c);
    expect(t.server.hashed() - hashedBefore).toBe(FAILED_LOGIN_LIMIT);

    // From now on even Pat's right token is refused, unhashed; so are sockets without credentials.
    t.tick(30_000);
    expect(await bed.login(t.url('pat', t.pat))).toEqual(blockedFor(30));
    expect(await bed.login(`ws://127.0.0.1:${t.server.port}`)).toEqual(blockedFor(30));
    const flood = await Promise.all(Array.from({ length: 50 }, (_, i) => bed.login(t.url('pat', `more-${i}`))));
    expect(flood.every((c) => typeof c === 'object' && 'code' in c && c.code === TOO_MANY_FAILED_LOGINS)).toBe(true);
    expect(t.server.hashed() - hashedBefore).toBe(FAILED_LOGIN_LIMIT);
    // The log says so once, not once a connection.
    expect(t.log.filter((l) => l.includes('too many failed logins'))).toEqual([expect.stringMatching(/^too many failed logins from \S+: its connections are refused for 60 s$/)]);
    expect(t.log.filter((l) => l.includes('unknown member or wrong token'))).toHaveLength(FAILED_LOGIN_LIMIT);
    // A member the server already verified needs no hash, so guessers at the same address (a
    // shared proxy, an office's NAT) do not lock them out.
    expect(await bed.login(t.url('ann', t.ann))).toBe('joined');

    // 60 s after the block began, the address may try again.
    t.tick(29_000);
    expect(await bed.login(t.url('pat', t.pat))).toEqual(blockedFor(1));
    t.tick(1_001);
    expect(await bed.login(t.url('pat', t.pat))).toBe('joined');
  }, 30_000);

  it('counts failures within 60 s only, and a successful login resets nothing', async () => {
    const t = await serverWithClock();
    for (let i = 0; i < 9; i++) expect(await bed.login(t.url('pat', `guess-${i}`))).toEqual(WRONG);
    t.tick(61_000); // those 9 are now older than the window
    for (let i = 0; i < 9; i++) expect(await bed.login(t.url('pat', `again-${i}`))).toEqual(WRONG);
    // A right token (hashed, not yet known to the server) in between does not reset the count.
    expect(await bed.login(t.url('pat', t.pat))).toBe('joined');
    expect(await bed.login(t.url('ann', 'guess-10'))).toEqual(WRONG); // the 10th within 60 s
    expect(await bed.login(t.url('ann', t.ann))).toEqual(blockedFor(60));
  }, 30_000);

  it('remembers a bounded number of addresses, dropping expired ones first', () => {
    let clock = 0;
    const logins = new FailedLogins(() => clock, 100);
    for (let i = 0; i < FAILED_LOGIN_LIMIT; i++) logins.failed('10.0.0.1');
    expect(logins.retryAfter('10.0.0.1')).toBe(60);
    clock += 1000;
    for (let i = 0; i < 5000; i++) logins.failed(`10.1.${i >> 8}.${i & 255}`);
    expect(logins.size).toBeLessThanOrEqual(100);
    // Many addresses failing once each do not evict a blocked one while the expired can go first.
    clock += 61_000; // every single failure above has left the window; the block too
    for (let i = 0; i < FAILED_LOGIN_LIMIT; i++) logins.failed('10.0.0.2');
    for (let i = 0; i < 150; i++) logins.failed(`10.2.0.${i}`);
    expect(logins.size).toBeLessThanOrEqual(100);
    expect(logins.retryAfter('10.0.0.2')).toBe(60);
    expect(logins.retryAfter('10.0.0.1')).toBe(0);
  });
});
