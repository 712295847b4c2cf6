import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { REDACTION_LEVELS, type RedactionLevel } from '../../../../shared/taxonomy/keys';
import { writeFileDurable } from '../../fs/durable-write';
import { readDataFile } from './data-file';

// The team server's members and their rights, in DATA/users.json. A member's token is shown once,
// when the member is added; the file keeps only its scrypt hash (a salt per member), so a copy of
// the file does not let anyone connect.

export const USERS_FILE = 'users.json';

/** scrypt cost: N=2^14, r=8, p=1 (about 16 MiB and tens of milliseconds a check). */
const SCRYPT = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

const Level = z.enum(REDACTION_LEVELS);
const Member = z.object({
  salt: z.string().min(1),
  hash: z.string().min(1),
  addedAt: z.string(),
  /** Account id → the highest level the member may read and write. */
  grants: z.record(z.string(), Level),
});
const UsersFile = z.object({ format: z.literal(1), users: z.record(z.string(), Member) });

export type Member = z.infer<typeof Member>;
export type Users = z.infer<typeof UsersFile>;

export class UsersError extends Error {}

/** A name: letters, digits, dot, dash, underscore (it is the user part of the server address). */
const NAME = /^[\p{L}\p{N}._-]{1,64}$/u;

/** Would set the prototype of the object it is a key of rather than add a key. */
const PROTO = '__proto__';

export const usersPath = (dataDir: string) => join(dataDir, USERS_FILE);

/** The members of the server in `dataDir`; none when the file does not exist yet. A damaged file is refused, never replaced. */
export async function readUsers(dataDir: string): Promise<Users> {
  return (await readDataFile(usersPath(dataDir), UsersFile, 'users', (m) => new UsersError(m))) ?? { format: 1, users: {} };
}

const writeUsers = (dataDir: string, users: Users) => writeFileDurable(usersPath(dataDir), `${JSON.stringify(users, null, 2)}\n`);

const hashToken = (token: string, salt: Buffer) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(token, salt, KEY_LENGTH, { ...SCRYPT, maxmem: 64 * 1024 * 1024 }, (e, key) => (e ? reject(e) : resolve(key))),
  );

function member(users: Users, name: string): Member {
  const m = Object.hasOwn(users.users, name) ? users.users[name] : undefined; // never "__proto__"'s prototype
  if (!m) throw new UsersError(`No member is named "${name}" on this server (see \`bidmap team-server list\`).`);
  return m;
}

export function parseLevel(level: string): RedactionLevel {
  const parsed = Level.safeParse(level);
  if (!parsed.success) throw new UsersError(`"${level}" is not a level: use map, team or full.`);
  return parsed.data;
}

/** A new random token (32 bytes). The prefix keeps it from starting with "-", which a command line
 *  would read as an option (`--token -abc…`), and says what it is when found pasted somewhere. */
export function newToken(): string {
  return `bmt_${randomBytes(32).toString('base64url')}`;
}

/** Adds a member and returns their token: the only time it exists in clear. */
export async function addUser(dataDir: string, name: string, now = new Date()): Promise<string> {
  if (!NAME.test(name) || name === PROTO)
    throw new UsersError(`"${name}" cannot be a member's name: use 1 to 64 letters, digits, dots, dashes or underscores.`);
  const users = await readUsers(dataDir);
  if (users.users[name]) throw new UsersError(`A member named "${name}" already exists.`);
  await mkdir(dataDir, { recursive: true }); // the first member made also makes the server's folder
  const token = newToken();
  const salt = randomBytes(16);
  const hash = await hashToken(token, salt);
  users.users[name] = { salt: salt.toString('base64'), hash: hash.toString('base64'), addedAt: now.toISOString(), grants: {} };
  await writeUsers(dataDir, users);
  return token;
}

/** Gives a member a new token (their rights kept) and returns it; the old one stops working at once. */
export async function resetToken(dataDir: string, name: string): Promise<string> {
  const users = await readUsers(dataDir);
  const m = member(users, name);
  const token = newToken();
  const salt = randomBytes(16);
  m.salt = salt.toString('base64');
  m.hash = (await hashToken(token, salt)).toString('base64');
  await writeUsers(dataDir, users);
  return token;
}

export async function grant(dataDir: string, name: string, account: string, level: string): Promise<void> {
  const lvl = parseLevel(level);
  if (!account.trim() || account === PROTO) throw new UsersError(`"${account}" cannot be an account id.`);
  const users = await readUsers(dataDir);
  member(users, name).grants[account] = lvl;
  await writeUsers(dataDir, users);
}

/** Removes a member's right to an account; returns false when they had none. */
export async function revoke(dataDir: string, name: string, account: string): Promise<boolean> {
  const users = await readUsers(dataDir);
  const m = member(users, name);
  if (!(account in m.grants)) return false;
  delete m.grants[account];
  await writeUsers(dataDir, users);
  return true;
}

/** The member a name and token belong to, or null (unknown name or wrong token: the caller cannot tell which). */
export async function authenticate(users: Users, name: string, token: string): Promise<{ name: string; grants: Record<string, RedactionLevel> } | null> {
  const m = Object.hasOwn(users.users, name) ? users.users[name] : undefined;
  // An unknown name still costs a hash, so the time taken does not say which names exist.
  const salt = m ? Buffer.from(m.salt, 'base64') : randomBytes(16);
  const key = await hashToken(token, salt);
  const stored = m ? Buffer.from(m.hash, 'base64') : Buffer.alloc(KEY_LENGTH);
  if (!m || stored.length !== key.length || !timingSafeEqual(stored, key)) return null;
  return { name, grants: { ...m.grants } };
}
